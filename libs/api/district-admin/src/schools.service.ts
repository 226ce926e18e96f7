import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { conflict, isUuid } from '@iep/api/core';
import type { SchoolModel } from '@iep/api/ieps';
import { DistrictScope, NotInDistrict, type Actor } from './district-scope.service';

@Injectable()
export class SchoolsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scope: DistrictScope,
  ) {}

  list(districtId: string): Promise<SchoolModel[]> {
    return this.dataSource.query(`SELECT id, name FROM schools WHERE district_id = $1 AND active ORDER BY lower(name), id`, [districtId]);
  }

  create(actor: Actor, rawName: string): Promise<SchoolModel> {
    const name = rawName.trim();
    return this.dataSource.transaction(async (m) => {
      await this.refuseDuplicateName(m, actor.districtId, name, null);
      const [school]: SchoolModel[] = await m.query(
        `INSERT INTO schools (district_id, name) VALUES ($1, $2) RETURNING id, name`, [actor.districtId, name]);
      await this.audit.record(
        { event: AuditEvent.SchoolCreated, ...this.scope.entryBase(actor), data: { schoolId: school.id, name } }, m);
      return school;
    });
  }

  rename(actor: Actor, id: string, rawName: string): Promise<SchoolModel> {
    const name = rawName.trim();
    return this.scope.guard(actor, 'renameSchool', () =>
      this.dataSource.transaction(async (m) => {
        const [current]: SchoolModel[] = isUuid(id)
          ? await m.query(`SELECT id, name FROM schools WHERE id = $1 AND district_id = $2 FOR NO KEY UPDATE`, [id, actor.districtId])
          : [];
        if (!current) throw new NotInDistrict('That school');
        if (current.name === name) return current;
        await this.refuseDuplicateName(m, actor.districtId, name, id);
        await m.query(`UPDATE schools SET name = $2 WHERE id = $1`, [id, name]);
        await this.audit.record(
          { event: AuditEvent.SchoolRenamed, ...this.scope.entryBase(actor), data: { schoolId: id, previousName: current.name, name } }, m);
        return { id, name };
      }),
    );
  }

  /**
   * Names differing only in case would confuse everyone choosing a school from a list, so they count
   * as the same. The database's unique key is case-sensitive; a per-district lock closes the gap
   * between this check and the write.
   */
  private async refuseDuplicateName(m: EntityManager, districtId: string, name: string, exceptId: string | null) {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('school-names:' || $1::text))`, [districtId]);
    const [existing] = await m.query(
      `SELECT name FROM schools WHERE district_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3::uuid`,
      [districtId, name, exceptId],
    );
    if (existing) {
      throw conflict(
        {
          en: `The district already has a school named "${existing.name}". Choose a different name.`,
          es: `El distrito ya tiene una escuela llamada «${existing.name}». Elija otro nombre.`,
        },
        { field: 'name' },
      );
    }
  }
}
