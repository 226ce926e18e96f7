import { badInput, isUuid, SHARED_MESSAGES } from '@iep/api/core';

/**
 * Keyset cursors: the sort key of the last row a page showed, so the next page starts after it even
 * when rows are added meanwhile. Opaque to clients.
 */
export function encodeCursor(keys: readonly string[]): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

/** The keys of a cursor made by encodeCursor with `length` keys, the last one a row id. */
export function decodeCursor(cursor: string, length: number): string[] {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    keys = null;
  }
  if (!Array.isArray(keys) || keys.length !== length || !keys.every((key) => typeof key === 'string') || !isUuid(keys[length - 1])) {
    throw badInput(
      SHARED_MESSAGES.staleListPosition,
      { field: 'after' },
    );
  }
  return keys;
}

/** A search term as a case-insensitive LIKE pattern that matches it anywhere, with wildcards taken literally. */
export function containsPattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
