import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { iepVisibilityParams, iepVisibleCondition } from '@iep/api/access';
import { prepared, type AuthUser } from '@iep/api/core';
import { IEP_SQL, type LoadedIep } from './iep-rows';

const VISIBLE_IEPS_OF_STUDENTS_SQL = prepared(`${IEP_SQL}
  WHERE i.student_id = ANY($1::uuid[]) AND s.id = ANY($1::uuid[]) AND (${iepVisibleCondition()})
  ORDER BY i.created_at DESC, i.id`);

export interface IepLoaders {
  visibleIepsByStudent: DataLoader<string, LoadedIep[]>;
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

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
      // One statement for the IEPs of every student listed, with their case managers' names: a district's page
      // of 500 students reads its 1,000 IEPs without an entity per row or a second trip for the names.
      visibleIepsByStudent: new DataLoader(async (studentIds) => {
        const rows: LoadedIep[] = await this.dataSource.query(VISIBLE_IEPS_OF_STUDENTS_SQL, [studentIds, ...iepVisibilityParams(user)]);
        const byStudent = new Map<string, LoadedIep[]>(studentIds.map((id) => [id, []]));
        for (const row of rows) byStudent.get(row.studentId)?.push(row);
        return studentIds.map((id) => byStudent.get(id) ?? []);
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
