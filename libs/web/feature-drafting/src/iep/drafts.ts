import type { PartContent } from './part-fields';

/**
 * Unsaved form text, kept in this browser so that a reload, a crash or a dropped connection loses nothing.
 * The key names the person, the part and the version the text was written against: a draft written
 * against an older version is still restored, and its save then goes through the conflict view.
 */
export type DraftMode = 'edit' | 'suggest';

export type StoredDraft = {
  mode: DraftMode;
  partId: string;
  baseVersion: number;
  /** The content at baseVersion, so a later merge can tell which fields the person changed. */
  base: PartContent;
  values: PartContent;
  rationale: string;
  savedAt: string;
};

const PREFIX = 'iep-team.draft.v1';

function keyPrefix(userId: string, mode: DraftMode, partId: string) {
  return `${PREFIX}.${userId}.${mode}.${partId}.`;
}

function draftKey(userId: string, draft: Pick<StoredDraft, 'mode' | 'partId' | 'baseVersion'>) {
  return `${keyPrefix(userId, draft.mode, draft.partId)}${draft.baseVersion}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Blocked storage (private mode, strict settings): the form still works, it just cannot keep a copy.
    return null;
  }
}

function keysWithPrefix(store: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** The newest unsaved draft of a part by this person, if one was left behind. */
export function loadDraft(userId: string, mode: DraftMode, partId: string): StoredDraft | null {
  const store = storage();
  if (!store) return null;
  let newest: StoredDraft | null = null;
  for (const key of keysWithPrefix(store, keyPrefix(userId, mode, partId))) {
    try {
      const draft = JSON.parse(store.getItem(key) ?? '') as StoredDraft;
      if (!newest || draft.baseVersion > newest.baseVersion) newest = draft;
    } catch {
      store.removeItem(key);
    }
  }
  return newest;
}

/** Keeps exactly one draft per person, mode and part: the one written against `draft.baseVersion`. */
export function storeDraft(userId: string, draft: StoredDraft): void {
  const store = storage();
  if (!store) return;
  const current = draftKey(userId, draft);
  for (const key of keysWithPrefix(store, keyPrefix(userId, draft.mode, draft.partId))) {
    if (key !== current) store.removeItem(key);
  }
  try {
    store.setItem(current, JSON.stringify(draft));
  } catch {
    // Storage full: the text is still in the form.
  }
}

export function clearDraft(userId: string, mode: DraftMode, partId: string): void {
  const store = storage();
  if (!store) return;
  for (const key of keysWithPrefix(store, keyPrefix(userId, mode, partId))) store.removeItem(key);
}

/** Proposals of a new goal or service have no part yet; they are kept under a stand-in id per kind. */
export function newPartDraftId(iepId: string, kind: string): string {
  return `new-${iepId}-${kind}`;
}
