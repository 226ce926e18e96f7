import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Named (prepared) statements for the few statements every request sends.
 *
 * node-postgres sends a plain `query(text, values)` as an unnamed statement, which PostgreSQL parses and
 * plans again on every call; for the session check, the record-access check and the IEP document that
 * planning cost as much database CPU as running them. A statement marked with `prepared(sql)` goes out
 * under a name derived from its text instead: each connection parses it once and PostgreSQL keeps its
 * plan (re-planning by itself when the schema or statistics change).
 *
 * Marking is explicit and bounded, because every prepared statement holds memory in every server
 * process for the life of the connection: only fixed statement texts belong here, never text built
 * from input. Past MAX_PREPARED distinct texts, further ones run unnamed as before.
 */
const MAX_PREPARED = 200;
const names = new Map<string, string>();

/** Marks a fixed SQL text to be sent as a named statement; returns the same text, for use where it is defined. */
export function prepared(sql: string): string {
  if (!names.has(sql) && names.size < MAX_PREPARED) {
    names.set(sql, `iep_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`);
  }
  return sql;
}

/** The pg client that every pool of the app uses (`extra.Client` in databaseOptions). */
export class PreparingClient extends pg.Client {}

// pg's query() has a dozen overloads; replacing it on the prototype keeps every one of them as it is.
const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
(PreparingClient.prototype as unknown as { query: typeof query }).query = function (this: pg.Client, ...args: unknown[]) {
  const [text, values, callback] = args;
  if (typeof text === 'string' && Array.isArray(values)) {
    const name = names.get(text);
    if (name) return query.call(this, { name, text, values }, callback);
  }
  return query.apply(this, args);
};
