import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import {
  ONEROSTER_ROLES, ORG_TYPES, PROCESSING_MODES, REQUIRED_HEADERS, RosterProblem, ROSTER_FILES,
  type OneRosterRole, type ProcessingMode, type RosterFile,
} from '@iep/domain';

/** A problem at a place in the bundle: line 0 is the bundle itself, line 1 a file's header row. */
export interface BundleProblem {
  file: string;
  line: number;
  column: string | null;
  problem: RosterProblem;
  value?: string;
}

export interface OrgRecord { line: number; sourcedId: string; status: string; name: string; type: string }
export interface UserRecord {
  line: number; sourcedId: string; status: string; enabled: boolean; givenName: string; familyName: string;
  email: string; agents: string[]; grades: string; primaryOrg: string;
}
export interface RoleRecord { line: number; userSourcedId: string; role: OneRosterRole; orgSourcedId: string; primary: boolean; status: string }
export interface DemographicRecord { line: number; sourcedId: string; birthDate: string; status: string }

/** Everything an import reads from a bundle, keyed by sourcedId, and every problem found on the way. */
export interface RosterBundle {
  modes: Partial<Record<RosterFile, ProcessingMode>>;
  orgs: Map<string, OrgRecord>;
  users: Map<string, UserRecord>;
  /** Each person's primary role (or, without one, the first listed). */
  roles: Map<string, RoleRecord>;
  demographics: Map<string, DemographicRecord>;
  problems: BundleProblem[];
  /** Data rows read, all files together. */
  rows: number;
}

/** At most this many problems are kept: a bundle in the wrong format would otherwise list every row. */
export const MAX_PROBLEMS = 1000;

const STATUSES = ['', 'active', 'tobedeleted'];
const BOOLEANS = ['true', 'false'];

/**
 * Reads the bundle at `path` (a ZIP on disk: its directory is at the end, so it cannot be read as it
 * arrives), streaming each CSV row by row. `onProgress` gets the share of uncompressed bytes read.
 */
export async function readRosterBundle(path: string, onProgress: (share: number) => void = () => undefined): Promise<RosterBundle> {
  const bundle: RosterBundle = { modes: {}, orgs: new Map(), users: new Map(), roles: new Map(), demographics: new Map(), problems: [], rows: 0 };
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch {
    bundle.problems.push({ file: '', line: 0, column: null, problem: RosterProblem.NotAZip });
    return bundle;
  }
  try {
    const entries = await zipEntries(zip);
    const total = [...entries.values()].reduce((sum, entry) => sum + entry.uncompressedSize, 0) || 1;
    let done = 0;
    const read = async (file: RosterFile, onRow: (row: Record<string, string>, line: number) => void) => {
      const entry = entries.get(file)!;
      const stream = await openEntry(zip, entry);
      stream.on('data', (chunk: Buffer) => {
        done += chunk.length;
        onProgress(done / total);
      });
      await readCsv(bundle, file, stream, onRow);
    };

    if (!entries.has('manifest.csv')) {
      bundle.problems.push({ file: 'manifest.csv', line: 0, column: null, problem: RosterProblem.MissingFile, value: 'manifest.csv' });
      return bundle;
    }
    await read('manifest.csv', (row, line) => readManifestRow(bundle, row, line));
    if (bundle.problems.length) return bundle;
    for (const file of ROSTER_FILES) {
      if (file === 'manifest.csv') continue;
      const mode = bundle.modes[file] ?? 'absent';
      if (mode !== 'absent' && !entries.has(file)) {
        bundle.problems.push({ file, line: 0, column: null, problem: RosterProblem.MissingFile, value: file });
      }
    }
    // A person's role is in roles.csv (OneRoster 1.2): users without roles cannot be placed.
    if ((bundle.modes['users.csv'] ?? 'absent') !== 'absent' && (bundle.modes['roles.csv'] ?? 'absent') === 'absent') {
      bundle.problems.push({ file: 'manifest.csv', line: 0, column: 'file.roles', problem: RosterProblem.MissingFile, value: 'roles.csv' });
    }
    if (bundle.problems.length) return bundle;

    const present = (file: RosterFile) => (bundle.modes[file] ?? 'absent') !== 'absent';
    if (present('orgs.csv')) await read('orgs.csv', (row, line) => readOrg(bundle, row, line));
    if (present('users.csv')) await read('users.csv', (row, line) => readUser(bundle, row, line));
    if (present('roles.csv')) await read('roles.csv', (row, line) => readRole(bundle, row, line));
    if (present('demographics.csv')) await read('demographics.csv', (row, line) => readDemographic(bundle, row, line));
    onProgress(1);
    return bundle;
  } finally {
    zip.close();
  }
}

export function addProblem(bundle: Pick<RosterBundle, 'problems'>, problem: BundleProblem): void {
  if (bundle.problems.length < MAX_PROBLEMS) bundle.problems.push(problem);
}

function readCsv(bundle: RosterBundle, file: RosterFile, stream: Readable, onRow: (row: Record<string, string>, line: number) => void): Promise<void> {
  let header: string[] | null = null;
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  // Events rather than `for await`: one promise per row cost more than the row's own work on large files.
  return new Promise((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      if (!header) addProblem(bundle, { file, line: 1, column: null, problem: RosterProblem.MissingHeader, value: REQUIRED_HEADERS[file][0] });
      resolve();
    };
    parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
      if (!header) {
        header = record.map((name) => name.trim());
        const missing = REQUIRED_HEADERS[file].filter((name) => !header!.includes(name));
        for (const name of missing) addProblem(bundle, { file, line: info.lines, column: name, problem: RosterProblem.MissingHeader, value: name });
        if (missing.length) {
          stream.unpipe(parser);
          stream.destroy();
          parser.destroy();
          done();
        }
        return;
      }
      const row: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) row[header[i]] = (record[i] ?? '').trim();
      if (file !== 'manifest.csv') bundle.rows++;
      onRow(row, info.lines);
    });
    parser.once('end', done);
    parser.once('error', (error: Error & { lines?: number; code?: string }) => {
      addProblem(bundle, { file, line: error.lines ?? 0, column: null, problem: RosterProblem.BadCsv, value: error.code });
      stream.unpipe(parser);
      stream.destroy();
      done();
    });
    stream.once('error', () => {
      addProblem(bundle, { file, line: 0, column: null, problem: RosterProblem.BadCsv });
      parser.destroy();
      done();
    });
    stream.pipe(parser);
  });
}

function readManifestRow(bundle: RosterBundle, row: Record<string, string>, line: number) {
  const name = row['propertyName'];
  const value = row['value'];
  if (name === 'oneroster.version' && value !== '1.2') {
    addProblem(bundle, { file: 'manifest.csv', line, column: 'value', problem: RosterProblem.UnsupportedVersion, value });
  }
  const file = /^file\.(.+)$/.exec(name)?.[1];
  if (!file) return;
  if (!(PROCESSING_MODES as readonly string[]).includes(value)) {
    addProblem(bundle, { file: 'manifest.csv', line, column: 'value', problem: RosterProblem.BadMode, value });
    return;
  }
  const csv = `${file}.csv` as RosterFile;
  if ((ROSTER_FILES as readonly string[]).includes(csv)) bundle.modes[csv] = value as ProcessingMode;
}

/** Checks the columns every data file shares; answers false when the row cannot be used. */
function common(bundle: RosterBundle, file: RosterFile, row: Record<string, string>, line: number, seen: Map<string, unknown>, key = 'sourcedId'): boolean {
  let ok = true;
  const id = row[key];
  if (!id) {
    addProblem(bundle, { file, line, column: key, problem: RosterProblem.Required });
    ok = false;
  } else if (seen.has(id) && key === 'sourcedId') {
    addProblem(bundle, { file, line, column: key, problem: RosterProblem.Duplicate, value: id });
    ok = false;
  }
  if (!STATUSES.includes(row['status'])) {
    addProblem(bundle, { file, line, column: 'status', problem: RosterProblem.BadValue, value: row['status'] });
    ok = false;
  }
  return ok;
}

function required(bundle: RosterBundle, file: RosterFile, row: Record<string, string>, line: number, columns: string[]): boolean {
  let ok = true;
  for (const column of columns) {
    if (!row[column]) {
      addProblem(bundle, { file, line, column, problem: RosterProblem.Required });
      ok = false;
    }
  }
  return ok;
}

function readOrg(bundle: RosterBundle, row: Record<string, string>, line: number) {
  const file = 'orgs.csv';
  let ok = common(bundle, file, row, line, bundle.orgs);
  ok = required(bundle, file, row, line, ['name', 'type']) && ok;
  if (row['type'] && !(ORG_TYPES as readonly string[]).includes(row['type'])) {
    addProblem(bundle, { file, line, column: 'type', problem: RosterProblem.BadValue, value: row['type'] });
    ok = false;
  }
  if (row['name'] && row['name'].length > 200) {
    addProblem(bundle, { file, line, column: 'name', problem: RosterProblem.TooLong, value: row['name'] });
    ok = false;
  }
  if (ok) bundle.orgs.set(row['sourcedId'], { line, sourcedId: row['sourcedId'], status: row['status'], name: row['name'], type: row['type'] });
}

function readUser(bundle: RosterBundle, row: Record<string, string>, line: number) {
  const file = 'users.csv';
  let ok = common(bundle, file, row, line, bundle.users);
  ok = required(bundle, file, row, line, ['givenName', 'familyName', 'enabledUser']) && ok;
  if (row['enabledUser'] && !BOOLEANS.includes(row['enabledUser'].toLowerCase())) {
    addProblem(bundle, { file, line, column: 'enabledUser', problem: RosterProblem.BadValue, value: row['enabledUser'] });
    ok = false;
  }
  for (const column of ['givenName', 'familyName']) {
    if (row[column] && row[column].length > 100) {
      addProblem(bundle, { file, line, column, problem: RosterProblem.TooLong, value: row[column] });
      ok = false;
    }
  }
  if (!ok) return;
  const username = row['username'] ?? '';
  bundle.users.set(row['sourcedId'], {
    line,
    sourcedId: row['sourcedId'],
    status: row['status'],
    enabled: row['enabledUser'].toLowerCase() === 'true',
    givenName: row['preferredGivenName'] || row['givenName'],
    familyName: row['preferredFamilyName'] || row['familyName'],
    // Some systems leave `email` empty and sign people in with an e-mail address as their username.
    email: (row['email'] || (username.includes('@') ? username : '')).toLowerCase(),
    agents: splitList(row['agentSourcedIds']),
    grades: row['grades'] ?? '',
    primaryOrg: row['primaryOrgSourcedId'] ?? '',
  });
}

function readRole(bundle: RosterBundle, row: Record<string, string>, line: number) {
  const file = 'roles.csv';
  let ok = common(bundle, file, row, line, new Map(), 'userSourcedId');
  ok = required(bundle, file, row, line, ['role', 'roleType', 'orgSourcedId']) && ok;
  if (row['role'] && !(ONEROSTER_ROLES as readonly string[]).includes(row['role'])) {
    addProblem(bundle, { file, line, column: 'role', problem: RosterProblem.BadValue, value: row['role'] });
    ok = false;
  }
  if (row['roleType'] && !['primary', 'secondary'].includes(row['roleType'])) {
    addProblem(bundle, { file, line, column: 'roleType', problem: RosterProblem.BadValue, value: row['roleType'] });
    ok = false;
  }
  if (!ok || row['status'] === 'tobedeleted') return;
  const primary = row['roleType'] === 'primary';
  const current = bundle.roles.get(row['userSourcedId']);
  if (current && (current.primary || !primary)) return;
  bundle.roles.set(row['userSourcedId'], {
    line, userSourcedId: row['userSourcedId'], role: row['role'] as OneRosterRole, orgSourcedId: row['orgSourcedId'], primary, status: row['status'],
  });
}

function readDemographic(bundle: RosterBundle, row: Record<string, string>, line: number) {
  const file = 'demographics.csv';
  if (!common(bundle, file, row, line, bundle.demographics)) return;
  bundle.demographics.set(row['sourcedId'], { line, sourcedId: row['sourcedId'], birthDate: row['birthDate'] ?? '', status: row['status'] });
}

/** A OneRoster list column: comma-separated, each item trimmed. */
function splitList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => (error || !zip ? reject(error) : resolve(zip))),
  );
}

/** The bundle's entries by file name; a bundle zipped from inside a folder keeps its files one level down. */
function zipEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      const name = entry.fileName.split('/').pop() ?? '';
      if (!entry.fileName.endsWith('/') && !entries.has(name) && (ROSTER_FILES as readonly string[]).includes(name)) entries.set(name, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error) : resolve(stream))));
}
