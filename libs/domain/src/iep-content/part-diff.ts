import { diffWordsWithSpace } from 'diff';
import { emptyPartContent } from './content';
import type { IepPartKind } from './part-kinds';

export type DiffSegmentKind = 'ADDED' | 'REMOVED' | 'UNCHANGED';

export interface DiffSegment {
  readonly kind: DiffSegmentKind;
  readonly text: string;
}

export interface FieldDiff {
  /** A content path, e.g. "baseline" or "objectives.0.text"; the client labels it. */
  readonly field: string;
  readonly segments: DiffSegment[];
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * Flattens part content into readable text per field. Arrays of objects become one field per item
 * property (`objectives.0.text`); their `id` is identity, not something a reader compares. Arrays of
 * plain values (a service's goal ids) read as one field, one value per line.
 */
function flatten(value: Json | undefined, path: string, into: Map<string, string>): void {
  if (value === undefined) return;
  if (value === null) {
    into.set(path, '');
  } else if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      into.set(path, value.map((item) => (item === null ? '' : String(item))).join('\n'));
    } else {
      value.forEach((item, index) => {
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
          for (const [key, inner] of Object.entries(item as { readonly [key: string]: Json })) {
            if (key !== 'id') flatten(inner, `${path}.${index}.${key}`, into);
          }
        } else {
          flatten(item, `${path}.${index}`, into);
        }
      });
    }
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, path ? `${path}.${key}` : key, into);
  } else {
    into.set(path, String(value));
  }
}

function fieldsOf(content: unknown): Map<string, string> {
  const fields = new Map<string, string>();
  if (content !== null && typeof content === 'object') flatten(content as Json, '', fields);
  return fields;
}

/** Word-level segments from `before` to `after`; adjacent segments of one kind are merged. */
export function diffText(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    if (change.value === '') continue;
    const kind: DiffSegmentKind = change.added ? 'ADDED' : change.removed ? 'REMOVED' : 'UNCHANGED';
    const last = segments[segments.length - 1];
    if (last?.kind === kind) segments[segments.length - 1] = { kind, text: last.text + change.value };
    else segments.push({ kind, text: change.value });
  }
  return segments;
}

/**
 * The fields that differ between two versions of a part's content, each as a word-level diff, in
 * the order of the part's form. `before` null means the part did not exist yet.
 */
export function diffPartContent(kind: IepPartKind, before: unknown, after: unknown): FieldDiff[] {
  const from = fieldsOf(before);
  const to = fieldsOf(after);
  const formOrder = Object.keys(emptyPartContent(kind));
  const rank = (field: string) => {
    const index = formOrder.indexOf(field.split('.')[0]);
    return index === -1 ? formOrder.length : index;
  };
  const fields = [...new Set([...from.keys(), ...to.keys()])];
  // Stable: the form's order first, then item order as it appears in the content.
  const ordered = fields.map((field, index) => ({ field, index })).sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index);
  const result: FieldDiff[] = [];
  for (const { field } of ordered) {
    const a = from.get(field) ?? '';
    const b = to.get(field) ?? '';
    if (a === b) continue;
    result.push({ field, segments: diffText(a, b) });
  }
  return result;
}
