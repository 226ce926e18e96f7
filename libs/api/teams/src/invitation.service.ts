import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { AuthService, SessionService, type UserModel } from '@iep/api/auth';
import {
  DomainError, ErrorCode, assertAcceptablePassword, badInput, conflict, hashPassword, hashSecretToken, type AuthUser, type Localized,
  type RequestMeta,
} from '@iep/api/core';
import { UserRole } from '@iep/domain';
import type { AcceptInvitationInput } from './dto/accept-invitation.input';
import type { InvitationPreviewModel } from './models/invitation-preview.model';
import { TeamAccessService } from './team-access.service';
import { GUEST_ACCESS_DEFAULT_DAYS, isWellFormedToken } from './team-rules';

/** Also the `reason` extension of a refusal, so a client can explain it in the reader's language. */
type InvitationState = 'OPEN' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED' | 'ACCOUNT_INACTIVE';

interface InvitationRow {
  id: string;
  iep_id: string;
  student_id: string;
  student_first_name: string;
  inviter_name: string;
  email: string;
  display_name: string;
  role: UserRole;
  team_role: string;
  user_id: string;
  user_role: UserRole;
  user_display_name: string;
  has_password: boolean;
  expires_at: Date;
  state: InvitationState;
}

const UNKNOWN_LINK: Localized = {
  en: 'This invitation link is not valid. Check that you opened the whole link from the e-mail, or ask the person who invited you to send a new one.',
  es: 'Este enlace de invitación no es válido. Compruebe que abrió el enlace completo del correo, o pida a quien le invitó que le envíe uno nuevo.',
};

const CLOSED_MESSAGES: Record<Exclude<InvitationState, 'OPEN'>, Localized> = {
  ACCEPTED: {
    en: 'This invitation has already been accepted. Sign in with your e-mail address and password.',
    es: 'Esta invitación ya fue aceptada. Inicie sesión con su correo electrónico y su contraseña.',
  },
  REVOKED: {
    en: 'This invitation was withdrawn or replaced by a newer one. Use the link in the most recent invitation e-mail.',
    es: 'Esta invitación se retiró o se reemplazó por una más reciente. Use el enlace del correo de invitación más reciente.',
  },
  EXPIRED: {
    en: 'This invitation has expired. Ask the person who invited you to send a new one.',
    es: 'Esta invitación venció. Pida a quien le invitó que le envíe una nueva.',
  },
  ACCOUNT_INACTIVE: {
    en: 'The account this invitation is for is deactivated. Ask your school district to reactivate it.',
    es: 'La cuenta de esta invitación está desactivada. Pida a su distrito escolar que la vuelva a activar.',
  },
};

const SELECT_INVITATION = `
  SELECT inv.id, inv.iep_id, i.student_id, s.first_name AS student_first_name, inviter.display_name AS inviter_name,
         inv.email, inv.display_name, inv.role, inv.team_role, inv.user_id, u.role AS user_role,
         u.display_name AS user_display_name, (u.password_hash IS NOT NULL) AS has_password, inv.expires_at,
         CASE WHEN inv.accepted_at IS NOT NULL THEN 'ACCEPTED'
              WHEN inv.revoked_at IS NOT NULL THEN 'REVOKED'
              WHEN inv.expires_at <= now() THEN 'EXPIRED'
              WHEN NOT u.active THEN 'ACCOUNT_INACTIVE'
              ELSE 'OPEN' END AS state
    FROM invitations inv
    JOIN ieps i ON i.id = inv.iep_id
    JOIN students s ON s.id = i.student_id
    JOIN users inviter ON inviter.id = inv.invited_by_id
    JOIN users u ON u.id = inv.user_id`;

export interface AcceptedInvitation {
  iepId: string;
  user: UserModel;
  session: { token: string; expiresAt: Date };
}

/** The invitee's side: what the link shows, and accepting it (set or check the password, join, sign in). */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TeamAccessService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  async preview(token: string, caller: AuthUser | undefined, meta: RequestMeta): Promise<InvitationPreviewModel> {
    const row = await this.findOrDeny(this.dataSource.manager, token, caller, meta, 'invitation');
    if (row.state !== 'OPEN') {
      await this.audit.recordDenial(caller, meta, 'invitation', `INVITATION_${row.state}`);
      throw new DomainError(ErrorCode.NotFound, CLOSED_MESSAGES[row.state], { reason: row.state });
    }
    return {
      studentFirstName: row.student_first_name,
      inviterName: row.inviter_name,
      teamRole: row.team_role,
      role: row.role,
      email: row.email,
      displayName: row.has_password ? row.user_display_name : row.display_name,
      needsPassword: !row.has_password,
      expiresAt: row.expires_at,
    };
  }

  /**
   * Everything commits together: password, membership, the invitation's end, the audit and the new session.
   * The password is checked (or hashed) first, outside the transaction, so no row stays locked meanwhile.
   */
  async accept(input: AcceptInvitationInput, caller: AuthUser | undefined, meta: RequestMeta, locale: 'en' | 'es'): Promise<AcceptedInvitation> {
    const seen = await this.findOrDeny(this.dataSource.manager, input.token, caller, meta, 'acceptInvitation');
    if (seen.state !== 'OPEN') throw badInput(CLOSED_MESSAGES[seen.state], { reason: seen.state });
    const displayName = input.displayName?.trim() || seen.display_name;
    let newPasswordHash: string | null = null;
    if (seen.has_password) {
      await this.checkOwnPassword(seen.email, input.password, meta);
    } else {
      assertAcceptablePassword(input.password, { email: seen.email, displayName });
      newPasswordHash = await hashPassword(input.password);
    }

    return this.dataSource.transaction(async (manager) => {
      const [row]: InvitationRow[] = await manager.query(`${SELECT_INVITATION} WHERE inv.id = $1 FOR UPDATE OF inv, u`, [seen.id]);
      if (row.state !== 'OPEN') throw badInput(CLOSED_MESSAGES[row.state], { reason: row.state });
      if (row.has_password !== seen.has_password) {
        throw conflict({
          en: 'Your account changed while you were accepting. Open the invitation link again.',
          es: 'Su cuenta cambió mientras aceptaba. Vuelva a abrir el enlace de la invitación.',
        });
      }
      if (row.user_role !== row.role) {
        throw badInput({
          en: 'This invitation no longer matches your account. Ask the person who invited you to send a new one.',
          es: 'Esta invitación ya no corresponde a su cuenta. Pida a quien le invitó que le envíe una nueva.',
        });
      }
      if (newPasswordHash) {
        await manager.query(
          `UPDATE users SET password_hash = $2, display_name = $3, locale = $4, updated_at = now() WHERE id = $1`,
          [row.user_id, newPasswordHash, displayName, locale],
        );
      }
      await this.join(manager, row);
      await manager.query(`UPDATE invitations SET accepted_at = now() WHERE id = $1`, [row.id]);
      const session = await this.sessions.create(row.user_id, meta, manager);
      const actor = { actorId: row.user_id, actorRole: row.role, ip: meta.ip, userAgent: meta.userAgent };
      await this.audit.recordMany(
        [
          {
            event: AuditEvent.InvitationAccepted, ...actor, studentId: row.student_id, iepId: row.iep_id,
            data: { invitationId: row.id, role: row.role, teamRole: row.team_role, passwordSet: newPasswordHash !== null },
          },
          { event: AuditEvent.SignIn, ...actor, data: {} },
        ],
        manager,
      );
      const [user]: UserModel[] = await manager.query(
        `SELECT id, display_name AS "displayName", email, role, specialty, locale FROM users WHERE id = $1`,
        [row.user_id],
      );
      return { iepId: row.iep_id, user, session };
    });
  }

  /**
   * A guardian joins every team of the child; everyone else this one IEP's team. A family member who
   * comes in by invitation reads, comments and proposes, but holds no educational rights: only the
   * district designates who may consent or decline (34 CFR 300.30, 300.519, 300.520), with
   * setGuardianRights. An existing guardianship is left as it is.
   */
  private async join(manager: EntityManager, row: InvitationRow): Promise<void> {
    if (row.role === UserRole.Parent) {
      await manager.query(
        `INSERT INTO guardianships (student_id, user_id, relationship, rights_holder) VALUES ($1, $2, $3, false)
         ON CONFLICT (student_id, user_id) DO NOTHING`,
        [row.student_id, row.user_id, row.team_role],
      );
      return;
    }
    const expiresAt = row.role === UserRole.Guest ? await this.guestAccessEnd(manager, row) : null;
    await manager.query(
      `INSERT INTO iep_team_members (iep_id, user_id, team_role, invited_by_id, expires_at)
       SELECT inv.iep_id, inv.user_id, inv.team_role, inv.invited_by_id, $2 FROM invitations inv WHERE inv.id = $1
       ON CONFLICT (iep_id, user_id) DO UPDATE
         SET team_role = EXCLUDED.team_role, invited_by_id = EXCLUDED.invited_by_id, expires_at = EXCLUDED.expires_at`,
      [row.id, expiresAt],
    );
  }

  /** The end of access the inviter granted; the default for invitations written before the column existed. */
  private async guestAccessEnd(manager: EntityManager, row: InvitationRow): Promise<Date> {
    const [granted]: Array<{ ends_at: Date | null }> = await manager.query(
      `SELECT membership_expires_at AS ends_at FROM invitations WHERE id = $1`,
      [row.id],
    );
    const endsAt = granted?.ends_at ?? new Date(Date.now() + GUEST_ACCESS_DEFAULT_DAYS * 24 * 60 * 60 * 1000);
    if (endsAt.getTime() <= Date.now()) {
      throw badInput({
        en: 'The access this invitation offered has already ended. Ask the person who invited you to send a new one.',
        es: 'El acceso que ofrecía esta invitación ya terminó. Pida a quien le invitó que le envíe una nueva.',
      });
    }
    return endsAt;
  }

  /** Sign-in's own check, so failed attempts here count toward the same throttle as the sign-in page. */
  private async checkOwnPassword(email: string, password: string, meta: RequestMeta): Promise<void> {
    try {
      await this.auth.verifyCredentials(email, password, meta);
    } catch (error) {
      if (error instanceof DomainError && error.extensions['code'] === ErrorCode.Unauthenticated) {
        throw badInput(
          {
            en: `That is not the password of your IEP Team account (${email}). Try again.`,
            es: `Esa no es la contraseña de su cuenta de IEP Team (${email}). Inténtelo de nuevo.`,
          },
          { field: 'password' },
        );
      }
      throw error;
    }
  }

  private async findOrDeny(
    manager: EntityManager,
    token: string,
    caller: AuthUser | undefined,
    meta: RequestMeta,
    operation: string,
  ): Promise<InvitationRow> {
    const [row]: InvitationRow[] = isWellFormedToken(token)
      ? await manager.query(`${SELECT_INVITATION} WHERE inv.token_hash = $1`, [hashSecretToken(token)])
      : [];
    if (!row) {
      await this.audit.recordDenial(caller, meta, operation, 'UNKNOWN_INVITATION');
      throw new DomainError(ErrorCode.NotFound, UNKNOWN_LINK, { reason: 'UNKNOWN' });
    }
    return row;
  }
}
