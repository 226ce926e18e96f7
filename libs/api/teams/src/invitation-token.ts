import { createHash, randomBytes } from 'node:crypto';

/** The link carries the token; the database keeps only its hash, so a leaked table opens no team. */
export function createInvitationToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: invitationTokenHash(token) };
}

export function invitationTokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
