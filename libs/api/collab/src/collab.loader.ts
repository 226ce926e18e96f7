import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { mentionablePeople } from './mentionable-people';
import type { IepCommentThreadModel } from './models/iep-comment-thread.model';
import type { IepViewerModel } from './models/iep-viewer.model';
import { PresenceService } from './presence.service';
import { threadsOfIeps, threadsOfParts } from './thread-documents';

export interface PersonSummary {
  id: string;
  displayName: string;
}

export interface CollabLoaders {
  person: DataLoader<string, PersonSummary | null>;
  threadsByIep: DataLoader<string, IepCommentThreadModel[]>;
  /** Keyed by `${iepId}/${partId}`. */
  threadsByPart: DataLoader<string, IepCommentThreadModel[]>;
  mentionableByIep: DataLoader<string, PersonSummary[]>;
  viewersByIep: DataLoader<string, IepViewerModel[]>;
}

/**
 * Request-scoped DataLoaders for threads (with their comments, authors and mentions: one statement, see
 * thread-documents.ts), who may be mentioned, viewers and people, kept as long as the request object.
 * Every key reaching them comes from a record the request already checked access to.
 */
@Injectable()
export class CollabLoaderFactory {
  private readonly byRequest = new WeakMap<object, CollabLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly presence: PresenceService,
  ) {}

  forRequest(req: object): CollabLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      loaders = this.create();
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private create(): CollabLoaders {
    const db = this.dataSource;
    return {
      person: new DataLoader(async (ids) => {
        const rows: PersonSummary[] = await db.query(
          `SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])`, [ids]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      threadsByIep: new DataLoader(async (iepIds) => grouped(iepIds, await threadsOfIeps(db.manager, iepIds), (row) => row.iepId)),
      threadsByPart: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => {
          const [iepId, partId] = key.split('/');
          return { iepId, partId };
        });
        return grouped(keys, await threadsOfParts(db.manager, pairs), (row) => `${row.iepId}/${row.partId}`);
      }),
      mentionableByIep: new DataLoader(async (iepIds) => {
        const rows = await mentionablePeople(db.manager, iepIds);
        return grouped(iepIds, rows, (row) => row.iepId).map((people) => people.map(({ id, displayName }) => ({ id, displayName })));
      }),
      viewersByIep: new DataLoader(async (iepIds) => {
        const byIep = await this.presence.viewers(iepIds);
        return iepIds.map((id) =>
          (byIep.get(id) ?? []).map((p) => ({ personId: p.userId, partId: p.partId, editing: p.editing, since: new Date(p.since) })),
        );
      }),
    };
  }
}

/** Rows grouped under the keys they belong to, in key order, keeping the rows' own order. */
function grouped<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
