import type { IepPartModel, PartContent } from './models/iep-part.model';

/** IEPs whose content one API process keeps; the least recently read is forgotten first. */
const MAX_IEPS = 300;

interface IepContent {
  /** Part id → that part as stored at its `version`. */
  parts: Map<string, CachedPart>;
  /** Suggestion id → what it proposes and the revision it was written against. */
  suggestions: Map<string, CachedSuggestion>;
}

/** A part as stored at one version: everything about it but what depends on the reader or on other rows. */
export type StoredPart = Omit<IepPartModel, 'updatedBy' | 'changedSinceMyLastView' | 'threadCount' | 'openThreadCount' | 'assignee'> & { createdAt: Date };
type CachedPart = StoredPart;
type CachedSuggestion = { proposedContent: PartContent; baseContent: PartContent | null };

/**
 * What the cache held for some IEPs when a read began: the arrays go to the document statement
 * ($n::uuid[], $n::int[]); the maps fill in what it then leaves out, even if another request has
 * replaced an entry meanwhile.
 */
export interface KnownContent {
  partIds: string[];
  partVersions: number[];
  suggestionIds: string[];
  parts: Map<string, CachedPart>;
  suggestions: Map<string, CachedSuggestion>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The part of an IEP document that never changes once written, kept per API process so that reading a
 * draft again sends only what changed. A part at a version is immutable (every save or removal takes a
 * new version; for content the database enforces it: iep_parts_content_takes_a_new_version), a
 * suggestion's proposal is immutable (iep_suggestions_proposal_is_immutable), and revisions are
 * append-only. The document statement is told which (part, version) and which suggestions the cache
 * holds and returns content only for the rest, in the same snapshot as everything else it reads, so a
 * cached document can never be stale: a part saved since simply comes back with its new version.
 *
 * Cached values are frozen and shared by every request that reads them.
 */
export class DocumentContentCache {
  private readonly ieps = new Map<string, IepContent>();

  /** What is held for these IEPs (and marks them recently used). */
  known(iepIds: readonly string[]): KnownContent {
    const known: KnownContent = { partIds: [], partVersions: [], suggestionIds: [], parts: new Map(), suggestions: new Map() };
    for (const iepId of iepIds) {
      const held = this.ieps.get(iepId);
      if (!held) continue;
      this.ieps.delete(iepId);
      this.ieps.set(iepId, held);
      for (const [partId, part] of held.parts) {
        known.partIds.push(partId);
        known.partVersions.push(part.version);
        known.parts.set(partId, part);
      }
      for (const [suggestionId, suggestion] of held.suggestions) {
        known.suggestionIds.push(suggestionId);
        known.suggestions.set(suggestionId, suggestion);
      }
    }
    return known;
  }

  /** Fills in `content` where the statement left it out (null), keeps what it sent. */
  /**
   * The stored parts, in the order the statement sent them: a full row for a part the cache did not hold
   * at that version (kept from now on), `[id, version]` for one it did.
   */
  parts(rows: Array<StoredPart | [string, number]>, known: KnownContent): StoredPart[] {
    return rows.map((row) => {
      if (Array.isArray(row)) {
        const [id, version] = row;
        const cached = known.parts.get(id);
        if (!cached || cached.version !== version) throw new Error(`part ${id} v${version} was not in the content cache`);
        return cached;
      }
      const stored = deepFreeze(row);
      this.entry(row.iepId).parts.set(row.id, stored);
      return stored;
    });
  }

  suggestions<T extends { id: string; iepId: string; proposedContent: PartContent | null; baseContent: PartContent | null }>(
    rows: T[],
    known: KnownContent,
  ): Array<T & { proposedContent: PartContent }> {
    for (const row of rows) {
      const held = this.entry(row.iepId).suggestions;
      if (row.proposedContent === null) {
        const cached = known.suggestions.get(row.id);
        if (!cached) throw new Error(`suggestion ${row.id} was not in the content cache`);
        row.proposedContent = cached.proposedContent;
        row.baseContent = cached.baseContent;
      } else {
        held.set(row.id, { proposedContent: deepFreeze(row.proposedContent), baseContent: deepFreeze(row.baseContent) });
      }
    }
    return rows as Array<T & { proposedContent: PartContent }>;
  }

  private entry(iepId: string): IepContent {
    let held = this.ieps.get(iepId);
    if (!held) {
      if (this.ieps.size >= MAX_IEPS) this.ieps.delete(this.ieps.keys().next().value!);
      held = { parts: new Map(), suggestions: new Map() };
      this.ieps.set(iepId, held);
    }
    return held;
  }
}
