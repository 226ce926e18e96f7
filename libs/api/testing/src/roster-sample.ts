import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The OneRoster 1.2 sample bundle (see oneroster-sample/README.md), zipped as a district's system exports it. */
export const ROSTER_SAMPLE_ZIP = fileURLToPath(new URL('./oneroster-sample.zip', import.meta.url));

const SAMPLE_FILES = ['manifest.csv', 'orgs.csv', 'users.csv', 'roles.csv', 'demographics.csv'] as const;

/** The sample's CSV files by name, as text, for a test to vary before zipping them with `zipFiles`. */
export function rosterSampleFiles(): Record<string, string> {
  return Object.fromEntries(SAMPLE_FILES.map((name) => [name, readFileSync(new URL(`./oneroster-sample/${name}`, import.meta.url), 'utf8')]));
}

export { zipFiles } from '../../../../tools/lib/zip.mjs';
