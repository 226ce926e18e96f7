import { ROSTER_BUNDLE_MAX_BYTES } from '@iep/domain/district-records';
import type { RosterImportStatus } from '@iep/web/data-access';

export type BundleProblem = 'required' | 'notZip' | 'tooLarge';

/** What is wrong with the chosen file before it is sent, or null. */
export function rosterBundleProblem(file: { name: string; size: number } | null): BundleProblem | null {
  if (!file) return 'required';
  if (!file.name.toLowerCase().endsWith('.zip')) return 'notZip';
  if (file.size > ROSTER_BUNDLE_MAX_BYTES) return 'tooLarge';
  return null;
}

/** While the worker is on it, the page polls for progress. */
export function isRosterImportWorking(status: RosterImportStatus): boolean {
  return ['UPLOADING', 'QUEUED', 'VALIDATING', 'APPLY_QUEUED', 'APPLYING'].includes(status);
}

/**
 * Sends the bundle to POST /api/roster-imports: same origin, so the session cookie goes along, and with
 * the preflight header that the API's CSRF rule asks of every upload. The refusal's text is the API's, in
 * the page's language.
 */
export async function uploadRosterBundle(file: File, language: string): Promise<{ id: string; status: RosterImportStatus }> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch('/api/roster-imports', {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true', 'accept-language': language },
  });
  const answer = (await response.json().catch(() => ({}))) as { id?: string; status?: RosterImportStatus; error?: string };
  if (!response.ok || !answer.id) throw new Error(answer.error ?? `HTTP ${response.status}`);
  return { id: answer.id, status: answer.status! };
}
