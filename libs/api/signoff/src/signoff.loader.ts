import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '@iep/api/core';
import { UserRole } from '@iep/domain';
import { IepVersionsService } from './iep-versions.service';
import type { IepDecisionModel, IepSignatureModel } from './models/iep-signature.model';
import type { IepVersionModel } from './models/iep-version.model';
import type { PriorWrittenNoticeModel } from './models/prior-written-notice.model';
import { PriorWrittenNoticeService } from './prior-written-notice.service';
import { SignoffAccessService, type SignoffFacts } from './signoff-access.service';

export interface SignoffLoaders {
  facts: DataLoader<string, SignoffFacts | null>;
  versions: DataLoader<string, IepVersionModel[]>;
  decisions: DataLoader<string, IepDecisionModel[]>;
  signatures: DataLoader<string, IepSignatureModel[]>;
  signature: DataLoader<string, IepSignatureModel | null>;
  notices: DataLoader<string, PriorWrittenNoticeModel[]>;
  person: DataLoader<string, { id: string; displayName: string } | null>;
}

const STAFF = new Set<string>([
  UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative, UserRole.DistrictAdmin,
]);

/** Request-scoped loaders (kept as long as the request object), so a list of IEPs costs one statement per relation. */
@Injectable()
export class SignoffLoaderFactory {
  private readonly byRequest = new WeakMap<object, SignoffLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SignoffAccessService,
    private readonly versions: IepVersionsService,
    private readonly notices: PriorWrittenNoticeService,
  ) {}

  forRequest(req: object, user: AuthUser): SignoffLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      loaders = this.create(user);
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private create(user: AuthUser): SignoffLoaders {
    const inOrder = <T>(ids: readonly string[], map: Map<string, T>, empty: T) => ids.map((id) => map.get(id) ?? empty);
    return {
      facts: new DataLoader(async (ids) => inOrder(ids, await this.access.facts(user, ids), null)),
      versions: new DataLoader(async (ids) => inOrder(ids, await this.versions.versionsFor(ids), [])),
      decisions: new DataLoader(async (ids) => inOrder(ids, await this.versions.decisionsFor(ids), [])),
      signatures: new DataLoader(async (ids) => inOrder(ids, await this.versions.signaturesFor(ids), [])),
      signature: new DataLoader(async (ids) => inOrder(ids, await this.versions.signatureById(ids), null)),
      notices: new DataLoader(async (ids) => inOrder(ids, await this.notices.forIeps(ids, STAFF.has(user.role)), [])),
      person: new DataLoader(async (ids) => {
        const rows: Array<{ id: string; displayName: string }> = await this.dataSource.query(
          `SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])`, [ids],
        );
        return inOrder(ids, new Map(rows.map((row) => [row.id, row])), null);
      }),
    };
  }
}
