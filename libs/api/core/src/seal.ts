import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Seals on the signed record (DESIGN §8): an HMAC-SHA-256 made with a key the database never holds, so
 * someone who can write to the database, but does not have the key, cannot rewrite a frozen version
 * and its digest together, or forge a signature row, without verification noticing.
 *
 * SEAL_KEYS is `id:base64,id:base64,…`: the first key seals, every key verifies. To rotate, put a new key
 * first and keep the old ones after it for as long as records sealed with them must verify.
 */
export interface SealKey {
  readonly id: string;
  readonly secret: Buffer;
}

export type SealCheck = 'VALID' | 'INVALID' | 'UNSEALED' | 'UNKNOWN_KEY';

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const MIN_KEY_BYTES = 32;

/** Parses SEAL_KEYS; the error message says what is wrong, for the one-line configuration error. */
export function parseSealKeys(value: string): SealKey[] {
  const keys = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const separator = entry.indexOf(':');
      const id = entry.slice(0, separator);
      if (separator < 1 || !KEY_ID.test(id)) throw new Error('must list keys as id:base64 (ids of letters, digits, _ or -)');
      const secret = Buffer.from(entry.slice(separator + 1), 'base64');
      if (secret.length < MIN_KEY_BYTES) throw new Error(`key ${id} must be at least ${MIN_KEY_BYTES} random bytes, base64-encoded`);
      return { id, secret };
    });
  if (keys.length === 0) throw new Error('must name at least one key');
  if (new Set(keys.map((key) => key.id)).size !== keys.length) throw new Error('must not repeat a key id');
  return keys;
}

export class Sealer {
  private readonly keys: ReadonlyMap<string, Buffer>;
  private readonly current: SealKey;

  constructor(keys: readonly SealKey[]) {
    if (keys.length === 0) throw new Error('A sealer needs at least one key');
    this.current = keys[0];
    this.keys = new Map(keys.map((key) => [key.id, key.secret]));
  }

  static fromConfig(value: string | undefined): Sealer {
    if (!value) throw new Error('SEAL_KEYS is required: the key that seals signed IEPs (see README).');
    return new Sealer(parseSealKeys(value));
  }

  /** `<key id>:<base64 HMAC>` over the subject's fields, in order. */
  seal(subject: readonly SealField[]): string {
    return `${this.current.id}:${mac(this.current.secret, subject).toString('base64')}`;
  }

  check(subject: readonly SealField[], seal: string | null): SealCheck {
    if (!seal) return 'UNSEALED';
    const separator = seal.indexOf(':');
    const secret = this.keys.get(seal.slice(0, separator));
    if (separator < 1 || !secret) return 'UNKNOWN_KEY';
    const given = Buffer.from(seal.slice(separator + 1), 'base64');
    const expected = mac(secret, subject);
    return given.length === expected.length && timingSafeEqual(given, expected) ? 'VALID' : 'INVALID';
  }
}

export type SealField = string | number | boolean | null;

function mac(secret: Buffer, subject: readonly SealField[]): Buffer {
  // A JSON array keeps the fields apart: no two different subjects share a text.
  return createHmac('sha256', secret).update(JSON.stringify(subject)).digest();
}

export const SEALER = Symbol('SEALER');
