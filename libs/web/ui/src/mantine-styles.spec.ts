import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The web client loads Mantine's styles per component (apps/web/src/mantine-styles.ts) instead of all of
 * them. A component used anywhere in the client but missing from that list would render unstyled; this
 * catches it, and checks that the list keeps the order of Mantine's own styles.css.
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const stylesDir = `${root}node_modules/@mantine/core/styles`;
const list = readFileSync(`${root}apps/web/src/mantine-styles.ts`, 'utf8');
const listed = [...list.matchAll(/^import '@mantine\/core\/styles\/([\w-]+)\.css';$/gm)].map((m) => m[1]);

function usedComponents(): Set<string> {
  const files = execFileSync('grep', ['-rlE', "from '@mantine/core'", 'libs/web', 'apps/web/src', '--include=*.ts', '--include=*.tsx'], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n');
  const used = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(`${root}${file}`, 'utf8').matchAll(/import\s*(type\s*)?\{([^}]+)\}\s*from '@mantine\/core'/g)) {
      if (match[1]) continue;
      for (const name of match[2].split(',').map((part) => part.trim().split(' ')[0])) if (/^[A-Z]/.test(name)) used.add(name);
    }
  }
  return used;
}

describe("Mantine's styles, per component", () => {
  it('lists every component the client uses that has styles of its own', () => {
    const missing = [...usedComponents()].filter((name) => existsSync(`${stylesDir}/${name}.css`) && !listed.includes(name));
    expect(missing).toEqual([]);
    expect(listed.slice(0, 3)).toEqual(['baseline', 'default-css-variables', 'global']);
  });

  it('keeps the order of styles.css, so the same rule wins as with the whole sheet', () => {
    const whole = readFileSync(`${root}node_modules/@mantine/core/styles.css`, 'utf8');
    const positions = listed.map((name) => whole.indexOf(readFileSync(`${stylesDir}/${name}.css`, 'utf8').slice(0, 200)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
