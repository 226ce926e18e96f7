import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import type { AuthUser } from '@iep/api/core';
import { IepEntity } from './iep.entity';

export interface IepLoaders {
  visibleIepsByStudent: DataLoader<string, IepEntity[]>;
  schoolName: DataLoader<string, string>;
  personName: DataLoader<string, { id: string; displayName: string } | null>;
  studentFirstName: DataLoader<string, string>;
}

/**
 * Request-scoped DataLoaders without request-scoped providers: the loaders live as long as the
 * request object, so a list of N students costs one statement per relation, not N.
 */
@Injectable()
export class IepLoaderFactory {
  private readonly byRequest = new WeakMap<object, IepLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RecordAccessService,
  ) {}

  forRequest(req: object, user: AuthUser): IepLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      loaders = this.create(user);
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private create(user: AuthUser): IepLoaders {
    return {
      visibleIepsByStudent: new DataLoader(async (studentIds) => {
        const idsByStudent = await this.access.visibleIepIdsByStudent(user, studentIds);
        const allIds = [...idsByStudent.values()].flat();
        const ieps = allIds.length ? await this.dataSource.getRepository(IepEntity).findBy({ id: In(allIds) }) : [];
        const byId = new Map(ieps.map((iep) => [iep.id, iep]));
        return studentIds.map((id) => (idsByStudent.get(id) ?? []).map((iepId) => byId.get(iepId)!).filter(Boolean));
      }),
      schoolName: new DataLoader(async (schoolIds) => {
        const rows: { id: string; name: string }[] = await this.dataSource.query(
          `SELECT id, name FROM schools WHERE id = ANY($1::uuid[])`, [schoolIds]);
        const byId = new Map(rows.map((row) => [row.id, row.name]));
        return schoolIds.map((id) => byId.get(id) ?? '');
      }),
      personName: new DataLoader(async (userIds) => {
        const rows: { id: string; display_name: string }[] = await this.dataSource.query(
          `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [userIds]);
        const byId = new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.display_name }]));
        return userIds.map((id) => byId.get(id) ?? null);
      }),
      studentFirstName: new DataLoader(async (studentIds) => {
        const rows: { id: string; first_name: string }[] = await this.dataSource.query(
          `SELECT id, first_name FROM students WHERE id = ANY($1::uuid[])`, [studentIds]);
        const byId = new Map(rows.map((row) => [row.id, row.first_name]));
        return studentIds.map((id) => byId.get(id) ?? '');
      }),
    };
  }
}
