import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import type { AuthUser } from '@iep/api/core';
import { UserRole } from '@iep/domain';
import type { TeamCapabilities } from './team-rules';

/**
 * Decides, for a whole list of IEPs at once, what the caller may do with each team: seeing it follows
 * RecordAccessService; managing it needs a place on that very team (case manager) or the student's
 * district (district representative); inviting a guest needs a guardianship of the student.
 */
@Injectable()
export class TeamAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: RecordAccessService,
  ) {}

  /** Only IEPs the caller may see are in the map. */
  async capabilities(user: AuthUser, iepIds: readonly string[]): Promise<Map<string, TeamCapabilities>> {
    const visible = [...(await this.records.visibleIepIds(user, iepIds))];
    if (visible.length === 0) return new Map();
    const rows: Array<{ id: string; manage: boolean; guardian: boolean }> = await this.dataSource.query(
      `SELECT i.id,
              (($2::text = '${UserRole.SpecialEducationTeacher}'
                 AND (i.case_manager_id = $3::uuid OR EXISTS (
                      SELECT 1 FROM iep_team_members m
                       WHERE m.iep_id = i.id AND m.user_id = $3::uuid AND (m.expires_at IS NULL OR m.expires_at > now()))))
               OR ($2::text = '${UserRole.DistrictRepresentative}' AND s.district_id = $4::uuid)) AS manage,
              ($2::text = '${UserRole.Parent}'
                 AND EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = s.id AND g.user_id = $3::uuid)) AS guardian
         FROM ieps i JOIN students s ON s.id = i.student_id
        WHERE i.id = ANY($1::uuid[])`,
      [visible, user.role, user.id, user.districtId],
    );
    return new Map(rows.map((row) => [row.id, { manage: row.manage, guardian: row.guardian }]));
  }

}
