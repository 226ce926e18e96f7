import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SchoolModel } from '@iep/api/ieps';
import type { StudentGuardianModel } from './models/district-student.model';

export interface DistrictAdminLoaders {
  school: DataLoader<string, SchoolModel | null>;
  guardians: DataLoader<string, StudentGuardianModel[]>;
}

/**
 * Request-scoped DataLoaders (kept as long as the request object lives), so a page of students costs
 * one statement per relation. They load by id only: the resolvers check the district first.
 */
@Injectable()
export class DistrictAdminLoaderFactory {
  private readonly byRequest = new WeakMap<object, DistrictAdminLoaders>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forRequest(req: object): DistrictAdminLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      loaders = this.create();
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private create(): DistrictAdminLoaders {
    return {
      school: new DataLoader(async (ids) => {
        const rows: SchoolModel[] = await this.dataSource.query(`SELECT id, name FROM schools WHERE id = ANY($1::uuid[])`, [ids]);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      guardians: new DataLoader(async (studentIds) => {
        const rows: Array<StudentGuardianModel & { studentId: string }> = await this.dataSource.query(
          `SELECT g.student_id AS "studentId", u.id AS "userId", u.display_name AS "displayName", u.email,
                  g.relationship, g.rights_holder AS "rightsHolder", u.active
             FROM guardianships g JOIN users u ON u.id = g.user_id
            WHERE g.student_id = ANY($1::uuid[])
            ORDER BY g.rights_holder DESC, lower(u.display_name), u.id`,
          [studentIds],
        );
        const byStudent = new Map<string, StudentGuardianModel[]>(studentIds.map((id) => [id, []]));
        for (const { studentId, ...guardian } of rows) byStudent.get(studentId)?.push(guardian);
        return studentIds.map((id) => byStudent.get(id) ?? []);
      }),
    };
  }
}
