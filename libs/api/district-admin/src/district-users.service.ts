import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { SessionService } from '@iep/api/auth';
import { badInput, conflict, isUuid } from '@iep/api/core';
import { containsPattern, decodeCursor, encodeCursor } from './cursor';
import { isStaffRole } from '@iep/domain';
import { DistrictScope, NotInDistrict, type Actor } from './district-scope.service';
import type { CreateStaffUserInput, DistrictUsersArgs, UpdateUserInput } from './dto/district-user.input';
import type { DistrictUserModel, DistrictUserPageModel } from './models/district-user.model';

const COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.specialty, u.locale, u.active,
  (u.password_hash IS NOT NULL) AS "passwordSet", u.created_at AS "createdAt"`;

type UserRow = DistrictUserModel & { sortKey?: string };
type UpdatedField = 'displayName' | 'role' | 'specialty' | 'locale';

@Injectable()
export class DistrictUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly scope: DistrictScope,
  ) {}

  async list(actor: Actor, { filter, first, after }: DistrictUsersArgs): Promise<DistrictUserPageModel> {
    const params: unknown[] = [actor.districtId];
    const where = ['u.district_id = $1'];
    if (filter?.role) where.push(`u.role = $${params.push(filter.role)}::user_role`);
    if (filter?.active !== undefined && filter?.active !== null) where.push(`u.active = $${params.push(filter.active)}`);
    if (filter?.search?.trim()) {
      const n = params.push(containsPattern(filter.search));
      where.push(`(u.display_name ILIKE $${n} OR u.email ILIKE $${n})`);
    }
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM users u WHERE ${where.join(' AND ')}`, params);
    if (after) {
      const [sortKey, id] = decodeCursor(after, 2);
      where.push(`(lower(u.display_name), u.id) > ($${params.push(sortKey)}, $${params.push(id)}::uuid)`);
    }
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, lower(u.display_name) AS "sortKey" FROM users u WHERE ${where.join(' AND ')}
        ORDER BY lower(u.display_name), u.id LIMIT $${params.push(first + 1)}`,
      params,
    );
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount: count,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([last.sortKey!, last.id]) : null,
    };
  }

  create(actor: Actor, input: CreateStaffUserInput): Promise<DistrictUserModel> {
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (m) => {
      // No password: the person chooses one through "Forgot your password?", so no administrator ever knows it.
      const [created]: UserRow[] = await m.query(
        `INSERT INTO users AS u (district_id, email, display_name, role, specialty, locale)
         VALUES ($1, $2, $3, $4::user_role, $5, 'en')
         ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
        [actor.districtId, email, input.displayName.trim(), input.role, input.specialty?.trim() || null],
      );
      if (!created) throw duplicateEmail(email);
      await this.audit.record(
        { event: AuditEvent.UserCreated, ...this.scope.entryBase(actor), data: { userId: created.id, email, role: created.role } }, m);
      return created;
    });
  }

  update(actor: Actor, input: UpdateUserInput): Promise<DistrictUserModel> {
    return this.scope.guard(actor, 'updateUser', () =>
      this.dataSource.transaction(async (m) => {
        const current = await this.lockInDistrict(m, actor, input.id);
        const changes = new Map<UpdatedField, string | null>();
        const displayName = input.displayName?.trim();
        if (displayName && displayName !== current.displayName) changes.set('displayName', displayName);
        if (input.role && input.role !== current.role) {
          if (current.id === actor.user.id) {
            throw badInput(
              {
                en: 'You cannot change your own role. Ask another district administrator to do it.',
                es: 'No puede cambiar su propia función. Pida a otra persona administradora del distrito que lo haga.',
              },
              { field: 'role' },
            );
          }
          if (!isStaffRole(current.role)) {
            throw badInput(
              {
                en: 'Only staff accounts can be given a staff role; a family or guest account keeps its role.',
                es: 'Solo las cuentas del personal pueden tener una función del personal; las cuentas de familias e invitados conservan su función.',
              },
              { field: 'role' },
            );
          }
          changes.set('role', input.role);
        }
        if (input.specialty !== undefined) {
          const specialty = input.specialty?.trim() || null;
          if (specialty !== current.specialty) changes.set('specialty', specialty);
        }
        if (input.locale && input.locale !== current.locale) changes.set('locale', input.locale);
        if (changes.size === 0) return current;

        const column: Record<UpdatedField, string> = { displayName: 'display_name', role: 'role', specialty: 'specialty', locale: 'locale' };
        const params: unknown[] = [current.id];
        const sets = [...changes].map(([field, value]) => `${column[field]} = $${params.push(value)}${field === 'role' ? '::user_role' : ''}`);
        // An UPDATE answers [rows, row count].
        const [[updated]]: [UserRow[], number] = await m.query(
          `UPDATE users AS u SET ${sets.join(', ')}, updated_at = now() WHERE u.id = $1 RETURNING ${COLUMNS}`, params);
        const roleChanged = changes.has('role');
        await this.audit.record(
          {
            event: AuditEvent.UserUpdated, ...this.scope.entryBase(actor),
            data: {
              userId: current.id, fields: [...changes.keys()],
              ...(roleChanged ? { previousRole: current.role, role: updated.role } : {}),
            },
          },
          m,
        );
        return updated;
      }),
    );
  }

  /**
   * Deactivation revokes every session in the same transaction, so the person's very next request is
   * refused; sign-in already refuses inactive accounts.
   */
  setActive(actor: Actor, id: string, active: boolean): Promise<DistrictUserModel> {
    return this.scope.guard(actor, active ? 'reactivateUser' : 'deactivateUser', () =>
      this.dataSource.transaction(async (m) => {
        const current = await this.lockInDistrict(m, actor, id);
        if (!active && current.id === actor.user.id) {
          throw badInput(
            {
              en: 'You cannot deactivate your own account. Ask another district administrator to do it.',
              es: 'No puede desactivar su propia cuenta. Pida a otra persona administradora del distrito que lo haga.',
            },
            { field: 'id' },
          );
        }
        if (current.active === active) return current;
        const [[updated]]: [UserRow[], number] = await m.query(
          `UPDATE users AS u SET active = $2, updated_at = now() WHERE u.id = $1 RETURNING ${COLUMNS}`, [current.id, active]);
        const base = this.scope.entryBase(actor);
        if (active) {
          await this.audit.record({ event: AuditEvent.UserReactivated, ...base, data: { userId: current.id } }, m);
        } else {
          const sessionsRevoked = await this.sessions.revokeAllForUser(current.id, m);
          await this.audit.record({ event: AuditEvent.UserDeactivated, ...base, data: { userId: current.id, sessionsRevoked } }, m);
        }
        return updated;
      }),
    );
  }

  private async lockInDistrict(m: EntityManager, actor: Actor, id: string): Promise<UserRow> {
    const [row]: UserRow[] = isUuid(id)
      ? await m.query(`SELECT ${COLUMNS} FROM users u WHERE u.id = $1 AND u.district_id = $2 FOR NO KEY UPDATE`, [id, actor.districtId])
      : [];
    if (!row) throw new NotInDistrict('That account');
    return row;
  }
}

export function duplicateEmail(email: string) {
  return conflict(
    {
      en: `An account with the e-mail address ${email} already exists. Search for it in the list, or use another address.`,
      es: `Ya existe una cuenta con el correo electrónico ${email}. Búsquela en la lista o use otro correo.`,
    },
    { field: 'email' },
  );
}
