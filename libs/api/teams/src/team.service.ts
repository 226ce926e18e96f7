import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import {
  APP_CONFIG, badInput, conflict, createSecretToken, forbidden, isUuid, notFound, type AppConfig, type AuthUser, type RequestMeta,
} from '@iep/api/core';
import { IepLiveService } from '@iep/api/live';
import { NotificationService, OutboxService, type OutgoingEmail } from '@iep/api/notifications';
import { UserRole } from '@iep/domain';
import type { InviteToTeamInput } from './dto/invite-to-team.input';
import type { IepTeamModel, TeamInvitationModel, TeamMemberModel } from './models/iep-team.model';
import { TeamAccessService } from './team-access.service';
import { emailLocale, guestInvitedNotice, invitationEmail, roleName } from './team-emails';
import {
  GUEST_ACCESS_MESSAGES, INVITATION_VALID_DAYS, invitableRoles, isEverInvitable, membershipEnd, normalizeEmail,
  type TeamCapabilities,
} from './team-rules';

export const GUEST_INVITED_NOTIFICATION = 'TEAM_GUEST_INVITED';

interface IepFacts {
  id: string;
  student_id: string;
  district_id: string;
  first_name: string;
  case_manager_id: string;
}

interface ExistingUser {
  id: string;
  role: UserRole;
  district_id: string | null;
  locale: string;
  active: boolean;
  has_password: boolean;
}

const INVITATION_COLUMNS = `inv.id, inv.email, inv.display_name AS "displayName", inv.role, inv.team_role AS "teamRole",
  inviter.display_name AS "invitedByName", inv.created_at AS "sentAt", inv.expires_at AS "expiresAt"`;

/** Why an address a guardian invited cannot join (recorded in the audit, never told to the guardian). */
type Undeliverable = 'OTHER_DISTRICT' | 'OTHER_ROLE' | 'INACTIVE' | 'ALREADY_ON_TEAM';

@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TeamAccessService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationService,
    private readonly live: IepLiveService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async team(user: AuthUser, iepId: string, meta: RequestMeta): Promise<IepTeamModel> {
    const capabilities = await this.capabilitiesOrDeny(user, iepId, meta, 'iepTeam');
    const [iep] = await this.iepFacts(this.dataSource.manager, iepId);
    const members: TeamMemberModel[] = await this.dataSource.query(
      `SELECT m.user_id AS "userId", u.display_name AS "displayName", u.role, m.team_role AS "teamRole",
              inviter.display_name AS "invitedByName", m.expires_at AS "expiresAt",
              (m.user_id = i.case_manager_id) AS "isCaseManager", false AS "isGuardian"
         FROM iep_team_members m
         JOIN ieps i ON i.id = m.iep_id
         JOIN users u ON u.id = m.user_id
         LEFT JOIN users inviter ON inviter.id = m.invited_by_id
        WHERE m.iep_id = $1 AND u.active AND (m.expires_at IS NULL OR m.expires_at > now())
       UNION ALL
       SELECT g.user_id, u.display_name, u.role, g.relationship, NULL, NULL, false, true
         FROM guardianships g
         JOIN ieps i ON i.student_id = g.student_id
         JOIN users u ON u.id = g.user_id
        WHERE i.id = $1 AND u.active
        ORDER BY "isCaseManager" DESC, "isGuardian" DESC, "displayName", "userId"`,
      [iepId],
    );
    // Managers see every pending invitation; a parent sees the ones they sent, so they know it went out.
    const pendingInvitations: TeamInvitationModel[] =
      capabilities.manage || capabilities.guardian
        ? await this.dataSource.query(
            `SELECT ${INVITATION_COLUMNS}
               FROM invitations inv JOIN users inviter ON inviter.id = inv.invited_by_id
              WHERE inv.iep_id = $1 AND inv.accepted_at IS NULL AND inv.revoked_at IS NULL AND inv.expires_at > now()
                AND ($2 OR inv.invited_by_id = $3)
              ORDER BY inv.created_at DESC, inv.id`,
            [iepId, capabilities.manage, user.id],
          )
        : [];
    await this.audit.record({
      event: AuditEvent.IepTeamViewed, actorId: user.id, actorRole: user.role, studentId: iep.student_id, iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: {},
    });
    return {
      iepId,
      studentFirstName: iep.first_name,
      members,
      pendingInvitations,
      viewerCanManage: capabilities.manage,
      invitableRoles: [...invitableRoles(user.role, capabilities)],
    };
  }

  async invite(user: AuthUser, input: InviteToTeamInput, meta: RequestMeta): Promise<TeamInvitationModel> {
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    const teamRole = input.teamRole.trim();
    if (!displayName) throw badInput({ en: "Enter the person's name.", es: 'Escriba el nombre de la persona.' }, { field: 'displayName' });
    if (!teamRole) {
      throw badInput(
        {
          en: 'Enter what the person does on this team, for example "Parent advocate".',
          es: 'Escriba qué hace la persona en este equipo, por ejemplo «defensor de la familia».',
        },
        { field: 'teamRole' },
      );
    }

    const capabilities = await this.capabilitiesOrDeny(user, input.iepId, meta, 'inviteToTeam');
    if (!isEverInvitable(input.role)) {
      throw badInput(
        {
          en: `A ${roleName(input.role, 'en')} cannot be invited to a team.`,
          es: `No se puede invitar a un equipo a una persona con el rol de ${roleName(input.role, 'es')}.`,
        },
        { field: 'role' },
      );
    }
    const allowed = invitableRoles(user.role, capabilities);
    if (!allowed.includes(input.role)) {
      await this.audit.recordDenial(user, meta, 'inviteToTeam', allowed.length ? `MAY_NOT_INVITE_${input.role}` : 'NOT_TEAM_MANAGER');
      throw forbidden(
        allowed.length
          ? {
              en: 'As a parent you can invite a guest, such as an advocate or an outside provider. The school invites its staff.',
              es: 'Como padre, madre o tutor, puede invitar a una persona, como un defensor o un proveedor externo. La escuela invita a su personal.',
            }
          : {
              en: "Only the IEP's case manager or the district representative can invite people to this team.",
              es: 'Solo el responsable del caso del IEP o el representante del distrito pueden invitar a personas a este equipo.',
            },
      );
    }
    const now = new Date();
    const end = membershipEnd(input.role, input.expiresAt, now);
    if (end.problem) throw badInput(GUEST_ACCESS_MESSAGES[end.problem], { field: 'expiresAt' });

    const { token, hash } = createSecretToken();
    let emailIds: string[] = [];
    const invitation = await this.dataSource.transaction(async (manager) => {
      const [iep] = await this.iepFacts(manager, input.iepId);
      // A guardian's invitation is answered the same whether or not the address has an account, and
      // whatever that account is: an address that cannot join still gets an invitation row (so the
      // guardian's own list reads the same) but no e-mail, so its link exists nowhere and cannot be used.
      const { invitee, created, undeliverable } = await this.inviteeAccount(manager, iep, { email, displayName, role: input.role }, !capabilities.manage);
      // A new invitation replaces any earlier one still open, so only the newest link works.
      const [replaced]: [Array<{ id: string }>, number] = await manager.query(
        `UPDATE invitations SET revoked_at = now()
          WHERE iep_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
        [iep.id, email],
      );
      const [row]: TeamInvitationModel[] = await manager.query(
        `WITH inv AS (
           INSERT INTO invitations (token_hash, iep_id, email, display_name, role, team_role, invited_by_id, user_id, expires_at,
                                    membership_expires_at)
           VALUES ($1, $2, $3, $4, $5::user_role, $6, $7, $8, now() + make_interval(days => $9), $10)
           RETURNING *)
         SELECT ${INVITATION_COLUMNS} FROM inv JOIN users inviter ON inviter.id = inv.invited_by_id`,
        [hash, iep.id, email, displayName, input.role, teamRole, user.id, invitee.id, INVITATION_VALID_DAYS, end.expiresAt ?? null],
      );
      await this.audit.record(
        {
          event: AuditEvent.TeamMemberInvited, actorId: user.id, actorRole: user.role, studentId: iep.student_id, iepId: iep.id,
          ip: meta.ip, userAgent: meta.userAgent,
          data: {
            invitationId: row.id, inviteeId: invitee.id, role: input.role, teamRole, accountCreated: created,
            ...(undeliverable ? { undeliverable } : {}),
            membershipExpiresAt: end.expiresAt?.toISOString() ?? null,
            replacedInvitationIds: replaced.map((r) => r.id),
          },
        },
        manager,
      );
      const emails: OutgoingEmail[] = undeliverable ? [] : [
        {
          dedupeKey: `team-invitation:${row.id}`,
          to: email,
          ...invitationEmail(
            {
              displayName, inviterName: user.displayName, studentFirstName: iep.first_name, teamRole, role: input.role,
              link: `${this.publicUrl()}/invitation?token=${token}`, hasPassword: invitee.has_password,
              linkExpiresAt: row.expiresAt, accessEndsAt: end.expiresAt,
            },
            emailLocale(invitee.locale),
          ),
        },
      ];
      // Only a guardian invites without managing the team, and only a guest (who always has an end date).
      if (!capabilities.manage && end.expiresAt) {
        emails.push(...(await this.tellCaseManager(manager, user, iep, { id: row.id, displayName, email, teamRole, accessEndsAt: end.expiresAt })));
      }
      emailIds = await this.outbox.write(manager, emails);
      return row;
    });
    await this.outbox.dispatch(emailIds);
    return invitation;
  }

  async removeMember(user: AuthUser, iepId: string, memberId: string, meta: RequestMeta): Promise<boolean> {
    await this.managerOrDeny(user, iepId, meta, 'removeTeamMember');
    if (!isUuid(memberId)) throw notFound('That team member');
    await this.dataSource.transaction(async (manager) => {
      const [iep] = await this.iepFacts(manager, iepId);
      if (iep.case_manager_id === memberId) {
        throw badInput(
          memberId === user.id
            ? {
                en: "You are this IEP's case manager, so you cannot leave its team. Ask the district representative to assign another case manager first.",
                es: 'Usted es el responsable del caso de este IEP, así que no puede dejar su equipo. Pida primero al representante del distrito que asigne a otro responsable del caso.',
              }
            : {
                en: "This person is the IEP's case manager and cannot be removed from its team. Assign another case manager first.",
                es: 'Esta persona es el responsable del caso de este IEP y no se puede quitar de su equipo. Asigne primero a otro responsable del caso.',
              },
        );
      }
      const [[removed]]: [Array<{ team_role: string }>, number] = await manager.query(
        `DELETE FROM iep_team_members WHERE iep_id = $1 AND user_id = $2 RETURNING team_role`,
        [iepId, memberId],
      );
      if (!removed) throw notFound('That team member');
      // Their parts go back to the case manager; a record no longer drafted keeps who drafted what.
      await manager.query(
        `UPDATE iep_parts p SET assignee_id = NULL FROM ieps i
          WHERE i.id = $1 AND i.status = 'DRAFT' AND p.iep_id = i.id AND p.assignee_id = $2`,
        [iepId, memberId],
      );
      await this.audit.record(
        {
          event: AuditEvent.TeamMemberRemoved, actorId: user.id, actorRole: user.role, studentId: iep.student_id, iepId,
          ip: meta.ip, userAgent: meta.userAgent, data: { userId: memberId, teamRole: removed.team_role },
        },
        manager,
      );
    });
    // Access follows the IEP: every open stream on it checks again now, so the removed member's ends at
    // once, whatever other IEPs of the student they are on.
    void this.live.publish({ iepId, kind: 'IEP_UPDATED', subjectId: null, actorId: user.id, at: new Date().toISOString() });
    return true;
  }

  async revokeInvitation(user: AuthUser, invitationId: string, meta: RequestMeta): Promise<boolean> {
    const [found]: Array<{ iep_id: string }> = isUuid(invitationId)
      ? await this.dataSource.query(`SELECT iep_id FROM invitations WHERE id = $1`, [invitationId])
      : [];
    if (!found) {
      await this.audit.recordDenial(user, meta, 'revokeInvitation', 'NO_SUCH_INVITATION');
      throw notFound('That invitation');
    }
    await this.managerOrDeny(user, found.iep_id, meta, 'revokeInvitation');
    await this.dataSource.transaction(async (manager) => {
      const [[revoked]]: [Array<{ user_id: string; student_id: string }>, number] = await manager.query(
        `UPDATE invitations inv SET revoked_at = now() FROM ieps i
          WHERE inv.id = $1 AND i.id = inv.iep_id AND inv.accepted_at IS NULL AND inv.revoked_at IS NULL
          RETURNING inv.user_id, i.student_id`,
        [invitationId],
      );
      if (!revoked) throw badInput({ en: 'This invitation was already accepted or withdrawn.', es: 'Esta invitación ya fue aceptada o se retiró.' });
      await this.audit.record(
        {
          event: AuditEvent.InvitationRevoked, actorId: user.id, actorRole: user.role, studentId: revoked.student_id,
          iepId: found.iep_id, ip: meta.ip, userAgent: meta.userAgent, data: { invitationId, inviteeId: revoked.user_id },
        },
        manager,
      );
    });
    return true;
  }

  private async capabilitiesOrDeny(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<TeamCapabilities> {
    const capabilities = isUuid(iepId) ? (await this.access.capabilities(user, [iepId])).get(iepId) : undefined;
    if (!capabilities) {
      await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
      throw notFound('That IEP');
    }
    return capabilities;
  }

  private async managerOrDeny(user: AuthUser, iepId: string, meta: RequestMeta, operation: string): Promise<void> {
    const capabilities = await this.capabilitiesOrDeny(user, iepId, meta, operation);
    if (!capabilities.manage) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_TEAM_MANAGER');
      throw forbidden({
        en: "Only the IEP's case manager or the district representative can change this team.",
        es: 'Solo el responsable del caso del IEP o el representante del distrito pueden cambiar este equipo.',
      });
    }
  }

  private iepFacts(manager: EntityManager, iepId: string): Promise<IepFacts[]> {
    return manager.query(
      `SELECT i.id, i.student_id, s.district_id, s.first_name, i.case_manager_id
         FROM ieps i JOIN students s ON s.id = i.student_id WHERE i.id = $1`,
      [iepId],
    );
  }

  /**
   * The invitee's account: an existing one must fit (same district, same role, active, not on the team
   * yet); a new address gets an account without a password, which accepting the invitation sets.
   */
  private async inviteeAccount(
    manager: EntityManager,
    iep: IepFacts,
    invitee: { email: string; displayName: string; role: UserRole },
    uniformAnswer: boolean,
  ): Promise<{ invitee: ExistingUser; created: boolean; undeliverable?: Undeliverable }> {
    const [inserted]: ExistingUser[] = await manager.query(
      `INSERT INTO users (district_id, email, password_hash, display_name, role, locale)
       VALUES ($1, $2, NULL, $3, $4::user_role, 'en')
       ON CONFLICT (email) DO NOTHING
       RETURNING id, role, district_id, locale, active, false AS has_password`,
      [iep.district_id, invitee.email, invitee.displayName, invitee.role],
    );
    if (inserted) return { invitee: inserted, created: true };

    const [existing]: Array<ExistingUser & { on_team: boolean }> = await manager.query(
      `SELECT u.id, u.role, u.district_id, u.locale, u.active, (u.password_hash IS NOT NULL) AS has_password,
              (EXISTS (SELECT 1 FROM iep_team_members m WHERE m.iep_id = $2 AND m.user_id = u.id
                         AND (m.expires_at IS NULL OR m.expires_at > now()))
               OR EXISTS (SELECT 1 FROM guardianships g WHERE g.student_id = $3 AND g.user_id = u.id)) AS on_team
         FROM users u WHERE u.email = $1`,
      [invitee.email, iep.id, iep.student_id],
    );
    // The row existed a moment ago (the insert conflicted); it cannot vanish, users are never deleted.
    if (!existing) {
      throw conflict({
        en: 'Someone changed this account at the same moment. Please try again.',
        es: 'Alguien cambió esta cuenta en ese mismo momento. Inténtelo de nuevo.',
      });
    }
    const misfit = (reason: Undeliverable, error: Error) => {
      if (uniformAnswer) return { invitee: existing, created: false, undeliverable: reason };
      throw error;
    };
    if (existing.district_id !== iep.district_id) {
      return misfit('OTHER_DISTRICT', badInput(
        {
          en: `${invitee.email} has an account in another school district, so it cannot join this team. Use another e-mail address.`,
          es: `${invitee.email} tiene una cuenta en otro distrito escolar, así que no puede unirse a este equipo. Use otro correo electrónico.`,
        },
        { field: 'email' },
      ));
    }
    if (existing.role !== invitee.role) {
      return misfit('OTHER_ROLE', badInput(
        {
          en: `${invitee.email} already has an account as a ${roleName(existing.role, 'en')}. Invite them as a ${roleName(existing.role, 'en')}, or use another e-mail address.`,
          es: `${invitee.email} ya tiene una cuenta con el rol de ${roleName(existing.role, 'es')}. Invítele con ese rol o use otro correo electrónico.`,
        },
        { field: 'role' },
      ));
    }
    if (!existing.active) {
      return misfit('INACTIVE', badInput(
        {
          en: `The account of ${invitee.email} is deactivated. Ask the district to reactivate it first.`,
          es: `La cuenta de ${invitee.email} está desactivada. Pida primero al distrito que la vuelva a activar.`,
        },
        { field: 'email' },
      ));
    }
    if (existing.on_team) {
      return misfit('ALREADY_ON_TEAM', badInput({ en: `${invitee.email} is already on this team.`, es: `${invitee.email} ya forma parte de este equipo.` }, { field: 'email' }));
    }
    return { invitee: existing, created: false };
  }

  /** A family's guest is announced to the case manager, in the app and by e-mail. */
  private async tellCaseManager(
    manager: EntityManager,
    parent: AuthUser,
    iep: IepFacts,
    guest: { id: string; displayName: string; email: string; teamRole: string; accessEndsAt: Date },
  ): Promise<OutgoingEmail[]> {
    const [caseManager]: Array<{ id: string; email: string; locale: string; active: boolean }> = await manager.query(
      `SELECT id, email, locale, active FROM users WHERE id = $1`,
      [iep.case_manager_id],
    );
    if (!caseManager?.active) return [];
    const path = `/ieps/${iep.id}/team`;
    const notice = guestInvitedNotice(
      {
        parentName: parent.displayName, guestName: guest.displayName, guestEmail: guest.email,
        studentFirstName: iep.first_name, teamRole: guest.teamRole, accessEndsAt: guest.accessEndsAt, link: `${this.publicUrl()}${path}`,
      },
      emailLocale(caseManager.locale),
    );
    await this.notifications.notify(manager, [
      {
        userId: caseManager.id, kind: GUEST_INVITED_NOTIFICATION, title: notice.title, body: notice.body, link: path,
        data: { iepId: iep.id, invitationId: guest.id },
      },
    ]);
    return [{ dedupeKey: `team-guest-invited:${guest.id}`, to: caseManager.email, subject: notice.subject, text: notice.text }];
  }

  private publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }
}
