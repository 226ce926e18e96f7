import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { iepVisibilityParams, RecordAccessService } from '@iep/api/access';
import { prepared, type AuthUser } from '@iep/api/core';
import { mayActOnStudent, StudentAction } from '@iep/domain';
import { diffPartContent, emptyPartContent, type IepPartKind } from '@iep/domain/iep-content';
import { FACTS_SQL, type IepFacts } from './drafting-access.service';
import type { IepChangesSinceLastViewModel, IepPartDiffModel, IepPartModel, PartContent } from './models/iep-part.model';
import type { IepSuggestionModel } from './models/iep-suggestion.model';
import { inDocumentOrder, STORED_PART_JSON } from './part-rows';
import { suggestionColumns } from './suggestion.service';
import { DocumentContentCache, type KnownContent, type StoredPart } from './document-content-cache';
import { PartKinds } from './part-kinds';

export interface StudentIepState {
  activeIepId: string | null;
  canStartIep: boolean;
}

/** The part of a DataLoader the resolvers use. */
type Loader<V> = Pick<DataLoader<string, V>, 'load' | 'loadMany'>;

export interface DraftingLoaders {
  facts: Loader<IepFacts | null>;
  parts: Loader<IepPartModel[]>;
  suggestions: Loader<IepSuggestionModel[]>;
  changes: DataLoader<string, IepChangesSinceLastViewModel>;
  person: DataLoader<string, { id: string; displayName: string } | null>;
  studentState: DataLoader<string, StudentIepState>;
}

/**
 * Request-scoped DataLoaders (kept on the request object, like IepLoaderFactory): a document with any
 * number of parts, suggestions and people costs one statement per relation. Field resolvers only read
 * what the parent's own access check already let through.
 */
@Injectable()
export class DraftingLoaderFactory {
  private readonly byRequest = new WeakMap<object, DraftingLoaders>();
  private readonly contents = new DocumentContentCache();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: RecordAccessService,
    private readonly kinds: PartKinds,
  ) {}

  forRequest(req: object, user: AuthUser): DraftingLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      loaders = this.create(user);
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private create(user: AuthUser): DraftingLoaders {
    const db = this.dataSource;
    const loaders: DraftingLoaders = {
      // Facts, parts and suggestions are asked for by sibling fields of one IEP in the same tick: one
      // batch, one statement (see documentPieces), so the editor's document costs one round trip for all three.
      ...documentPieces(db, user, this.contents, this.kinds),
      changes: new DataLoader(async (iepIds) => {
        // Parts others changed after the newest revision the reader had seen, each with its content then and now.
        const rows: Array<{
          iepId: string; partId: string; kind: IepPartKind; version: number; content: PartContent; removedAt: Date | null;
          fromVersion: number | null; fromContent: PartContent | null;
        }> = await db.query(
          `WITH changed AS (
             SELECT r.part_id, v.seen_revision_id FROM iep_part_revisions r
               JOIN iep_views v ON v.iep_id = r.iep_id AND v.user_id = $2
              WHERE r.iep_id = ANY($1::uuid[]) AND r.id > v.seen_revision_id AND r.author_id IS DISTINCT FROM $2
              GROUP BY r.part_id, v.seen_revision_id)
           SELECT p.iep_id AS "iepId", p.id AS "partId", p.kind, p.version, p.content, p.removed_at AS "removedAt",
                  b.version AS "fromVersion", b.content AS "fromContent"
             FROM changed c JOIN iep_parts p ON p.id = c.part_id
             LEFT JOIN LATERAL (SELECT r2.version, r2.content FROM iep_part_revisions r2
                                 WHERE r2.part_id = c.part_id AND r2.id <= c.seen_revision_id
                                 ORDER BY r2.version DESC LIMIT 1) b ON true
            ORDER BY p.position, p.id`,
          [iepIds, user.id],
        );
        const facts = await loaders.facts.loadMany(iepIds);
        return iepIds.map((id, index) => {
          const diffs: IepPartDiffModel[] = inDocumentOrder(
            rows.filter((row) => row.iepId === id).map((row) => ({ ...row, position: 0 })),
          ).map((row) => ({
            partId: row.partId, kind: row.kind, fromVersion: row.fromVersion, toVersion: row.version, removed: row.removedAt !== null,
            fields: diffPartContent(row.kind, row.fromContent, row.removedAt ? emptyPartContent(row.kind) : row.content),
          }));
          const fact = facts[index];
          return { lastViewedAt: fact && !(fact instanceof Error) ? fact.lastViewedAt : null, parts: diffs };
        });
      }),
      person: new DataLoader(async (userIds) => {
        const rows: { id: string; display_name: string }[] = await db.query(
          `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [userIds]);
        const byId = new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.display_name }]));
        return userIds.map((id) => byId.get(id) ?? null);
      }),
      studentState: new DataLoader(async (studentIds) => {
        const rows: Array<{ id: string; active_id: string | null; has_open: boolean }> = await db.query(
          `SELECT s.id,
                  (SELECT i.id FROM ieps i WHERE i.student_id = s.id AND i.status = 'ACTIVE' ORDER BY i.created_at DESC LIMIT 1) AS active_id,
                  EXISTS (SELECT 1 FROM ieps i WHERE i.student_id = s.id AND i.status IN ('DRAFT', 'PROPOSED')) AS has_open
             FROM students s WHERE s.id = ANY($1::uuid[])`,
          [studentIds],
        );
        const standings = await this.records.studentStandings(user, studentIds);
        const activeIds = rows.map((row) => row.active_id).filter((id): id is string => id !== null);
        const visible = await this.records.visibleIepIds(user, activeIds);
        const byId = new Map(rows.map((row) => {
          const standing = standings.get(row.id);
          const mayStart = standing !== undefined && mayActOnStudent(standing, StudentAction.StartIep);
          return [row.id, {
            activeIepId: row.active_id && visible.has(row.active_id) ? row.active_id : null,
            canStartIep: mayStart && !row.has_open,
          }];
        }));
        return studentIds.map((id) => byId.get(id) ?? { activeIepId: null, canStartIep: false });
      }),
    };
    return loaders;
  }
}

type Piece = 'facts' | 'parts' | 'suggestions';

/** Timestamps arrive as JSON text; the DateTime scalar and the domain expect Dates. */
function dates<T>(row: T, keys: ReadonlyArray<keyof T>): T {
  for (const key of keys) if (row[key] != null) row[key] = new Date(row[key] as string) as T[keyof T];
  return row;
}

type DocumentParam = 'user' | 'role' | 'districtId' | 'districtRoles' | 'partIds' | 'partVersions' | 'suggestionIds';

/** FACTS_SQL's parameters $2–$5 (iepVisibilityParams), by name. */
const FACTS_PARAMS: Readonly<Record<string, DocumentParam>> = { 2: 'user', 3: 'role', 4: 'districtId', 5: 'districtRoles' };

interface DocumentStatement {
  sql: string;
  params: (iep: string | string[], user: AuthUser, known: KnownContent) => unknown[];
}

const documentStatements = new Map<string, DocumentStatement>();

/**
 * The statement for the pieces asked for, as a named statement (one text per combination and arity).
 * One IEP — the editor's case — is matched with `= $1::uuid`: PostgreSQL then settles on a generic plan and
 * stops planning the statement on every call, which it keeps doing for `= ANY($1::uuid[])`. Content the
 * process already holds (KnownContent) is left out of the result: see DocumentContentCache.
 */
function documentStatement(wanted: ReadonlySet<Piece>, single: boolean): DocumentStatement {
  const key = `${[...wanted].sort().join(',')}:${single}`;
  const existing = documentStatements.get(key);
  if (existing) return existing;
  const names: DocumentParam[] = [];
  const $ = (name: DocumentParam) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 2}`;
  };
  const iep = single ? '= $1::uuid' : '= ANY($1::uuid[])';
  const facts = wanted.has('facts')
    ? `(SELECT coalesce(json_agg(f), '[]'::json) FROM (${FACTS_SQL.replace(/\$([2-5])\b/g, (_all, n: string) => $(FACTS_PARAMS[n]))} WHERE i.id ${iep}) f)`
    : 'NULL';
  // The parts as [id, version] where the process holds that version (DocumentContentCache), else in full;
  // then what depends on the reader or on other rows: threads per part, parts changed since the
  // reader last looked, and the names of the last editors.
  const parts = wanted.has('parts')
    ? `json_build_object(
         'rows', (SELECT coalesce(json_agg(CASE WHEN known.id IS NULL THEN ${STORED_PART_JSON('p')}
                  ELSE json_build_array(p.id, p.version) END ORDER BY p.iep_id, p.position, p.created_at, p.id), '[]'::json)
                    FROM iep_parts p
                    LEFT JOIN unnest(${$('partIds')}::uuid[], ${$('partVersions')}::int[]) known(id, version) ON known.id = p.id AND known.version = p.version
                   WHERE p.iep_id ${iep} AND p.removed_at IS NULL),
         'threads', (SELECT json_agg(json_build_array(t.part_id, t.threads, t.open)) FROM (
                       SELECT t.part_id, count(*) AS threads, count(*) FILTER (WHERE t.resolved_at IS NULL) AS open
                         FROM iep_comment_threads t WHERE t.iep_id ${iep} AND t.part_id IS NOT NULL GROUP BY t.part_id) t),
         'changed', (SELECT json_agg(p.id) FROM iep_parts p JOIN iep_views v ON v.iep_id = p.iep_id AND v.user_id = ${$('user')}
                      WHERE p.iep_id ${iep} AND p.removed_at IS NULL
                        AND EXISTS (SELECT 1 FROM iep_part_revisions r
                                     WHERE r.part_id = p.id AND r.id > v.seen_revision_id AND r.author_id IS DISTINCT FROM ${$('user')})),
         'editors', (SELECT json_agg(json_build_array(u.id, u.display_name)) FROM users u
                      WHERE u.id IN (SELECT p.updated_by_id FROM iep_parts p WHERE p.iep_id ${iep} AND p.removed_at IS NULL)),
         -- Assignments change without a new version of the content, so they are read apart from it.
         'assignees', (SELECT json_agg(json_build_array(p.id, u.id, u.display_name)) FROM iep_parts p JOIN users u ON u.id = p.assignee_id
                        WHERE p.iep_id ${iep} AND p.removed_at IS NULL))`
    : 'NULL';
  const suggestions = wanted.has('suggestions')
    ? `(SELECT coalesce(json_agg(x ORDER BY x."createdAt", x.id), '[]'::json) FROM (
         SELECT ${suggestionColumns(
           'CASE WHEN known.id IS NULL THEN s.proposed_content END',
           // A sub-select inside CASE runs only for a suggestion the process does not hold; as a LATERAL join
           // with the same condition, PostgreSQL probed the revisions' index for every suggestion first.
           `CASE WHEN known.id IS NULL THEN (SELECT r.content FROM iep_part_revisions r
                                              WHERE r.part_id = s.part_id AND r.version = s.base_version) END`,
         )}
           FROM iep_suggestions s
           LEFT JOIN unnest(${$('suggestionIds')}::uuid[]) known(id) ON known.id = s.id
          WHERE s.iep_id ${iep}) x)`
    : 'NULL';
  const statement: DocumentStatement = {
    sql: prepared(`SELECT ${facts} AS facts, ${parts} AS parts, ${suggestions} AS suggestions`),
    params: (iepArg, user, known) => {
      const [userId, role, districtId, districtRoles] = iepVisibilityParams(user);
      const byName = { user: userId, role, districtId, districtRoles, ...known };
      return [iepArg, ...names.map((name) => byName[name])];
    },
  };
  documentStatements.set(key, statement);
  return statement;
}

interface DocumentParts {
  rows: Array<StoredPart | [string, number]>;
  threads: Array<[string, number, number]> | null;
  changed: string[] | null;
  editors: Array<[string, string]> | null;
  assignees: Array<[string, string, string]> | null;
}

/** The parts as this reader sees them: the stored rows, with their threads, "changed since I looked" and editors. */
function readerParts(parts: DocumentParts, known: KnownContent, contents: DocumentContentCache): IepPartModel[] {
  const threads = new Map((parts.threads ?? []).map(([partId, all, open]) => [partId, { all, open }]));
  const changed = new Set(parts.changed ?? []);
  const editors = new Map((parts.editors ?? []).map(([id, displayName]) => [id, { id, displayName }]));
  const assignees = new Map((parts.assignees ?? []).map(([partId, id, displayName]) => [partId, { id, displayName }]));
  const rows = parts.rows.map((row) => (Array.isArray(row) ? row : dates(row, ['updatedAt', 'removedAt', 'createdAt'])));
  return contents.parts(rows, known).map((part) => ({
    ...part,
    updatedBy: (part.updatedById && editors.get(part.updatedById)) || null,
    changedSinceMyLastView: changed.has(part.id),
    threadCount: threads.get(part.id)?.all ?? 0,
    openThreadCount: threads.get(part.id)?.open ?? 0,
    assignee: assignees.get(part.id) ?? null,
  }));
}

/**
 * The drafting facts (the caller's relationship to the IEP), the parts (with "changed since my last view":
 * a revision by someone else after the newest one the reader had seen, one index range of the part's
 * revisions each; and the comment-thread counts, one aggregate over the IEP's threads) and the
 * suggestions (with their base content and people) of the IEPs asked for, as one statement returning
 * one JSON array per piece. Each round trip to PostgreSQL costs the API more than the rows it carries.
 */
function documentPieces(db: DataSource, user: AuthUser, contents: DocumentContentCache, kinds: PartKinds): Pick<DraftingLoaders, Piece> {
  const document = new DataLoader<string, unknown>(async (keys) => {
    const wanted = new Set(keys.map((key) => key.slice(0, key.indexOf(':')) as Piece));
    const iepIds = [...new Set(keys.map((key) => key.slice(key.indexOf(':') + 1)))];
    const statement = documentStatement(wanted, iepIds.length === 1);
    const known = contents.known(iepIds);
    const [row]: Array<{ facts: IepFacts[] | null; parts: DocumentParts | null; suggestions: IepSuggestionModel[] | null }> = await db.query(
      statement.sql,
      statement.params(iepIds.length === 1 ? iepIds[0] : iepIds, user, known),
    );
    const facts = new Map((row.facts ?? []).map((fact) => [fact.id, dates(fact, ['sharedWithFamilyAt', 'lastViewedAt'])]));
    const parts = row.parts ? readerParts(row.parts, known, contents) : [];
    // The editor saves what it has just read: its saves can then be checked before their one statement.
    for (const part of parts) kinds.remember(part.id, part.kind);
    const suggestions = contents.suggestions((row.suggestions ?? []).map((suggestion) => dates(suggestion, ['createdAt', 'decidedAt'])), known);
    return keys.map((key) => {
      const iepId = key.slice(key.indexOf(':') + 1);
      if (key.startsWith('facts:')) return facts.get(iepId) ?? null;
      if (key.startsWith('parts:')) return inDocumentOrder(parts.filter((part) => part.iepId === iepId));
      return suggestions.filter((suggestion) => suggestion.iepId === iepId);
    });
  });
  const piece = <V>(kind: Piece): Loader<V> => ({
    load: (iepId) => document.load(`${kind}:${iepId}`) as Promise<V>,
    loadMany: (iepIds) => document.loadMany(Array.from(iepIds, (iepId) => `${kind}:${iepId}`)) as Promise<Array<V | Error>>,
  });
  return { facts: piece('facts'), parts: piece('parts'), suggestions: piece('suggestions') };
}
