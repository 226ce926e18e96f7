import fc from 'fast-check';
import { canonicalJson, tryCanonicalJson } from './canonical-json';
import { contentDigest, sha256Hex } from './digest';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;
const leaf: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
);

function isRecord(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The same data with every object's keys inserted in the order given by `rank`. */
function reordered(value: Json, rank: (key: string) => number): Json {
  if (Array.isArray(value)) return value.map((item) => reordered(item, rank));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? 1 : -1));
  return Object.fromEntries(keys.map((key) => [key, reordered(value[key], rank)]));
}

function leafPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (isRecord(value)) return Object.keys(value).flatMap((key) => leafPaths(value[key], [...path, key]));
  return [path];
}

function leafAt(value: Json, path: Path): Json {
  return path.reduce<Json>((node, step) => (node as Record<string | number, Json>)[step], value);
}

function withLeaf(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value))
    return value.map((item, index) => (index === step ? withLeaf(item, rest, replacement) : item));
  const record = value as { [key: string]: Json };
  return Object.fromEntries(
    Object.keys(record).map((key) => [
      key,
      key === step ? withLeaf(record[key], rest, replacement) : record[key],
    ]),
  );
}

describe('canonicalJson', () => {
  it('sorts keys recursively and writes no whitespace', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: null }], a: 'x', c: { y: true, x: false } })).toBe(
      '{"a":"x","b":[3,{"a":null,"z":1}],"c":{"x":false,"y":true}}',
    );
  });

  it('keeps the order of array items', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '10': 4, '9': 5 })).toBe('{"10":4,"9":5,"Z":3,"z":2,"é":1}');
  });

  it('writes -0 as 0 and accepts objects without a prototype and shared (acyclic) references', () => {
    const shared = { n: -0 };
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { k: 'v' });
    expect(canonicalJson({ a: shared, b: shared, c: bare })).toBe('{"a":{"n":0},"b":{"n":0},"c":{"k":"v"}}');
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['undefined inside an object', { a: undefined }],
    ['undefined inside an array', [1, undefined]],
    ['a function', { f: () => 0 }],
    ['a symbol', Symbol('s')],
    ['a symbol key', { [Symbol('s')]: 1 }],
    ['a bigint', 1n],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', { a: [Number.NEGATIVE_INFINITY] }],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a class instance', new (class Goal {})()],
    ['a boxed string', Object('s')],
    ['a sparse array', new Array<number>(2)],
  ])('rejects %s', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(tryCanonicalJson(value).ok).toBe(false);
  });

  it('rejects a cycle, naming where it is', () => {
    const looped: { goals: unknown[] } = { goals: [] };
    looped.goals.push(looped);
    expect(tryCanonicalJson(looped)).toEqual({ ok: false, reason: '$.goals[0] refers back to itself' });
  });

  it('is standard JSON that parses back to the same data (property)', () => {
    fc.assert(
      fc.property(json, (value) => {
        // Through JSON.stringify on the right, so that -0 compares as the 0 that JSON makes of it.
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('does not depend on the order in which object keys were inserted (property)', () => {
    fc.assert(
      fc.property(json, fc.func<[string], number>(fc.integer()), (value, rank) => {
        expect(canonicalJson(reordered(value, rank))).toBe(canonicalJson(value));
      }),
    );
  });

  it('is a fixed point: parsing and writing again yields the same text (property)', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

describe('contentDigest', () => {
  it('is the hex SHA-256 of the canonical JSON', () => {
    expect(contentDigest({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(contentDigest({ b: true, a: [1, 'é', null] })).toBe(
      'abf8cb0768fa2e6baaa487c61a0cb9de9d5c1d9bf0a4e4357ee8f2712318cea1',
    );
    expect(sha256Hex('{}')).toBe(contentDigest({}));
  });

  it('throws a TypeError for content that is not plain JSON', () => {
    expect(() => contentDigest({ a: undefined })).toThrow(TypeError);
  });

  it('is the same whatever the key order (property)', () => {
    fc.assert(
      fc.property(json, fc.func<[string], number>(fc.integer()), (value, rank) => {
        expect(contentDigest(reordered(value, rank))).toBe(contentDigest(value));
      }),
    );
  });

  it('changes when any leaf changes (property)', () => {
    const withALeaf = json.filter((value) => leafPaths(value).length > 0);
    fc.assert(
      fc.property(withALeaf, fc.nat(), leaf, (value, pick, replacement) => {
        const paths = leafPaths(value);
        const path = paths[pick % paths.length];
        // -0 for 0 is no change in JSON; the property is about changes that JSON can see.
        fc.pre(canonicalJson(leafAt(value, path)) !== canonicalJson(replacement));
        expect(contentDigest(withLeaf(value, path, replacement))).not.toBe(contentDigest(value));
      }),
    );
  });
});
