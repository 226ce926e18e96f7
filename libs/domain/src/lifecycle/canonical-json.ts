export type CanonicalJsonValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalJsonValue[]
  | { readonly [key: string]: CanonicalJsonValue };

export type CanonicalJsonOutcome =
  { readonly ok: true; readonly json: string } | { readonly ok: false; readonly reason: string };

/**
 * Serializes plain JSON data with object keys sorted (by UTF-16 code units, as RFC 8785 does) and no
 * whitespace, so equal data always yields the same text and hence the same digest.
 * Throws a TypeError for anything JSON would silently drop or distort; `tryCanonicalJson` does not throw.
 */
export function canonicalJson(value: unknown): string {
  const outcome = tryCanonicalJson(value);
  if (!outcome.ok) throw new TypeError(outcome.reason);
  return outcome.json;
}

export function tryCanonicalJson(value: unknown): CanonicalJsonOutcome {
  try {
    return { ok: true, json: write(value, '$', new Set()) };
  } catch (error) {
    if (error instanceof NotCanonicalJson) return { ok: false, reason: error.message };
    throw error;
  }
}

class NotCanonicalJson extends Error {}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // JSON.stringify would turn NaN and the infinities into null: data would change without notice.
      if (!Number.isFinite(value))
        throw new NotCanonicalJson(`${path} is ${String(value)}, not a JSON number`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      return writeContainer(value, path, ancestors);
    default:
      // undefined, functions, symbols and bigints have no faithful JSON form.
      throw new NotCanonicalJson(`${path} is ${typeof value}, not JSON`);
  }
}

function writeContainer(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new NotCanonicalJson(`${path} refers back to itself`);
  if (Object.getOwnPropertySymbols(value).length > 0) throw new NotCanonicalJson(`${path} has symbol keys`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (let index = 0; index < value.length; index += 1) {
        if (!(index in value)) throw new NotCanonicalJson(`${path}[${index}] is a hole in a sparse array`);
        items.push(write(value[index], `${path}[${index}]`, ancestors));
      }
      return `[${items.join(',')}]`;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    // Dates, Maps, class instances … would serialize through toJSON or lose their contents.
    if (prototype !== Object.prototype && prototype !== null) {
      throw new NotCanonicalJson(`${path} is not a plain object`);
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`, ancestors)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}
