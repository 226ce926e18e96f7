import { readFileSync } from 'node:fs';

type Table = { [key: string]: string | Table };

const read = (language: string): Table => 
  JSON.parse(readFileSync(new URL(`./${language}.json`, import.meta.url), 'utf8')) as Table;

/** Every text's dotted key with its text. */
function entries(table: Table, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const entry of entries(value, path)) result.set(...entry);
    else result.set(path, value);
  }
  return result;
}

/** `a` and `b` together, sections present in both merged key by key. */
function merged(a: Table, b: Table): Table {
  const result: Table = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = result[key];
    result[key] = typeof mine === 'object' && typeof value === 'object' ? merged(mine, value) : value;
  }
  return result;
}

/** The keys of `from` that `to` lacks. */
function missingKeys(from: Table, to: Table): string[] {
  const present = entries(to);
  return [...entries(from).keys()].filter((key) => !present.has(key));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

describe('the English and Spanish tables', () => {
  // English comes in two parts: the first page's texts and the other pages' (loaded with them).
  const en = merged(read('en'), read('en-pages'));
  const es = read('es');

  it('reports a key one table lacks', () => {
    expect(missingKeys({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual(['a.c']);
  });

  it('have every English key in Spanish', () => {
    expect(missingKeys(en, es)).toEqual([]);
  });

  it('have every Spanish key in English', () => {
    expect(missingKeys(es, en)).toEqual([]);
  });

  it('have a text, not an empty string or another type, for every key', () => {
    for (const [language, table] of [['en', en], ['es', es]] as const) {
      const notText = [...entries(table)].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
      expect({ language, notText }).toEqual({ language, notText: [] });
    }
  });

  it('use the same placeholders in both languages', () => {
    const spanish = entries(es);
    const differing = [...entries(en)]
      .filter(([key, text]) => JSON.stringify(placeholders(String(text))) !== JSON.stringify(placeholders(String(spanish.get(key) ?? ''))))
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});
