// The only platform dependency of the lifecycle, kept in this one file so that a browser build can alias it.
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** Hex SHA-256 of `canonicalJson(value)`; throws a TypeError when the value is not plain JSON. */
export function contentDigest(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
