import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { RecordAccessService } from '@iep/api/access';
import { AuditEvent, AuditService, type AuditEntry } from '@iep/api/audit';
import { APP_CONFIG, badInput, notFound, type AppConfig, type AuthUser, type RequestMeta } from '@iep/api/core';
import { DeadlinesReadService, DeadlinesService } from '@iep/api/deadlines';
import { IepLiveService } from '@iep/api/live';
import { NotificationService, OutboxService, type NewNotification, type OutgoingEmail } from '@iep/api/notifications';
import { IepAction, mayAct, StudentAction, UserRole } from '@iep/domain';
import { CASELOAD_MESSAGES, caseloadHandedOverNotice, caseloadReceivedNotice, type CaseloadNotice, type NoticeLocale } from './caseload-messages';
import { CaseloadRepository, type CaseloadStudentRow, type PersonRow } from './caseload.repository';
import type { AssignCaseloadInput, TransferCaseloadInput } from './dto/caseload.inputs';
import type { CaseloadModel, CaseloadStudentModel } from './models/caseload.model';

export const CASELOAD_NOTIFICATION = 'CASELOAD_CHANGED';
const NEXT_DEADLINES = 3;

/**
 * Caseloads: what a case manager's or specialist's day starts from, and how the district puts students on
 * a special education teacher's caseload or moves them to another. Who may do what is the domain's
 * (StudentAction.ManageCaseload, IepAction for what waits on someone).
 */
@Injectable()
export class CaseloadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CaseloadRepository,
    private readonly records: RecordAccessService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly deadlinesRead: DeadlinesReadService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxService,
    private readonly live: IepLiveService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The caller's own caseload: the students they manage and those on whose current IEP's team they are. */
  async mine(user: AuthUser, meta: RequestMeta): Promise<CaseloadModel> {
    const rows = await this.repository.students(user.id, false);
    return this.build(user, { id: user.id, displayName: user.displayName, role: user.role, districtId: user.districtId }, rows, meta);
  }

  /** A case manager's caseload as the district sees it: the students they manage that the caller may manage. */
  async of(user: AuthUser, caseManagerId: string, meta: RequestMeta): Promise<CaseloadModel> {
    const owner = await this.caseManagerOf(user, caseManagerId, meta, 'caseload');
    const rows = await this.repository.students(owner.id, true);
    const allowed = await this.records.mayActOnStudents(user, rows.map((row) => row.id), StudentAction.ManageCaseload);
    return this.build(user, owner, rows.filter((row) => allowed.has(row.id)), meta);
  }

  /** The special education teachers of the caller's district, who can be given a caseload. */
  async caseManagers(user: AuthUser): Promise<Array<{ id: string; displayName: string }>> {
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName" FROM users
        WHERE district_id = $1 AND role = $2 AND active ORDER BY display_name, id`,
      [user.districtId, UserRole.SpecialEducationTeacher],
    );
  }

  async assign(user: AuthUser, input: AssignCaseloadInput, meta: RequestMeta): Promise<CaseloadModel> {
    const to = await this.targetCaseManager(user, input.caseManagerId);
    const studentIds = [...new Set(input.studentIds)];
    await this.moveStudents(user, studentIds, to, meta, 'assignCaseload');
    return this.of(user, to.id, meta);
  }

  async transfer(user: AuthUser, input: TransferCaseloadInput, meta: RequestMeta): Promise<CaseloadModel> {
    const from = await this.caseManagerOf(user, input.fromCaseManagerId, meta, 'transferCaseload');
    const to = await this.targetCaseManager(user, input.toCaseManagerId);
    if (from.id === to.id) throw badInput(CASELOAD_MESSAGES.sameCaseManager, { field: 'toCaseManagerId' });
    const students = await this.repository.students(from.id, true);
    if (students.length === 0) throw badInput(CASELOAD_MESSAGES.emptyCaseload, { field: 'fromCaseManagerId' });
    await this.moveStudents(user, students.map((row) => row.id), to, meta, 'transferCaseload');
    return this.of(user, to.id, meta);
  }

  /**
   * One transaction: the students are locked, checked one by one against the policy (a student the caller
   * may not manage refuses the whole move), moved with their current IEPs, teams and open deadlines,
   * audited per student, and both case managers are told in the app and by e-mail.
   */
  private async moveStudents(user: AuthUser, studentIds: string[], to: PersonRow, meta: RequestMeta, operation: string): Promise<void> {
    let emailIds: string[] = [];
    const movedIepIds = await this.dataSource.transaction(async (m) => {
      const students = await this.repository.lockStudents(m, studentIds);
      const allowed = await this.records.mayActOnStudents(user, studentIds, StudentAction.ManageCaseload, m);
      if (students.length !== studentIds.length || studentIds.some((id) => !allowed.has(id))) {
        await this.audit.recordDenial(user, meta, operation, 'NO_RELATIONSHIP');
        throw notFound('That student');
      }
      const { ieps, previous } = await this.repository.move(m, studentIds, to.id, user.id);
      await this.deadlines.reassignOpen(m, studentIds, to.id);
      const entries: AuditEntry[] = studentIds.map((studentId) => ({
        event: AuditEvent.CaseloadAssigned, actorId: user.id, actorRole: user.role, studentId, ip: meta.ip, userAgent: meta.userAgent,
        data: {
          fromCaseManagerId: previous.get(studentId) ?? null, toCaseManagerId: to.id,
          iepIds: ieps.filter((iep) => iep.studentId === studentId).map((iep) => iep.id),
        },
      }));
      await this.audit.recordMany(entries, m);
      emailIds = await this.tell(m, user, to, students, previous);
      return ieps.map((iep) => iep.id);
    });
    await this.outbox.dispatch(emailIds);
    const at = new Date().toISOString();
    for (const iepId of movedIepIds) void this.live.publish({ iepId, kind: 'IEP_UPDATED', subjectId: null, actorId: user.id, at });
  }

  /** The new case manager hears which students are now theirs; each previous one, which of theirs moved (not when nothing moved). */
  private async tell(
    m: import('typeorm').EntityManager, user: AuthUser, to: PersonRow, students: Array<{ id: string; name: string }>, previous: Map<string, string | null>,
  ): Promise<string[]> {
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/caseload`;
    const batch = randomUUID();
    const messages: Array<{ person: PersonRow; texts: Record<NoticeLocale, CaseloadNotice> }> = [];
    const arriving = students.filter((student) => previous.get(student.id) !== to.id).map((student) => student.name);
    if (arriving.length) {
      const facts = { actorName: user.displayName, names: arriving, link };
      messages.push({ person: to, texts: { en: caseloadReceivedNotice(facts, 'en'), es: caseloadReceivedNotice(facts, 'es') } });
    }
    const byPrevious = new Map<string, string[]>();
    for (const student of students) {
      const from = previous.get(student.id);
      if (from && from !== to.id) byPrevious.set(from, [...(byPrevious.get(from) ?? []), student.name]);
    }
    for (const [fromId, names] of byPrevious) {
      const person = await this.repository.person(fromId, m);
      if (!person) continue;
      const facts = { actorName: user.displayName, names, toName: to.displayName, link };
      messages.push({ person, texts: { en: caseloadHandedOverNotice(facts, 'en'), es: caseloadHandedOverNotice(facts, 'es') } });
    }
    const notices: NewNotification[] = messages.map(({ person, texts }) => {
      const own = texts[person.locale === 'es' ? 'es' : 'en'];
      return {
        userId: person.id, kind: CASELOAD_NOTIFICATION, title: own.title, body: own.body, link: '/caseload', data: {},
        translations: { en: { title: texts.en.title, body: texts.en.body }, es: { title: texts.es.title, body: texts.es.body } },
      };
    });
    await this.notifications.notify(m, notices);
    const emails: OutgoingEmail[] = messages.filter(({ person }) => person.active).map(({ person, texts }) => {
      const own = texts[person.locale === 'es' ? 'es' : 'en'];
      return { dedupeKey: `caseload:${batch}:${person.id}`, to: person.email, subject: own.title, text: own.text };
    });
    return this.outbox.write(m, emails);
  }

  /** A case manager the caller may look at: a special education teacher of the caller's own district (else NOT_FOUND, audited). */
  private async caseManagerOf(user: AuthUser, id: string, meta: RequestMeta, operation: string): Promise<PersonRow> {
    const person = await this.repository.person(id);
    if (!person || person.role !== UserRole.SpecialEducationTeacher || person.districtId !== user.districtId) {
      await this.audit.recordDenial(user, meta, operation, 'NOT_IN_DISTRICT');
      throw notFound('That case manager');
    }
    return person;
  }

  /** Whom a caseload may go to: an active special education teacher of the caller's district. */
  private async targetCaseManager(user: AuthUser, id: string): Promise<PersonRow> {
    const person = await this.repository.person(id);
    if (!person || person.role !== UserRole.SpecialEducationTeacher || person.districtId !== user.districtId || !person.active) {
      throw badInput(CASELOAD_MESSAGES.notCaseManager, { field: 'caseManagerId' });
    }
    return person;
  }

  /**
   * The page: each student with their open deadlines (read as the caller may see them) and what waits on
   * the owner (by the owner's own standing on each current IEP). One audit row names every student listed.
   */
  private async build(
    user: AuthUser, owner: Pick<PersonRow, 'id' | 'displayName' | 'role' | 'districtId'>, rows: CaseloadStudentRow[], meta: RequestMeta,
  ): Promise<CaseloadModel> {
    const studentIds = rows.map((row) => row.id);
    const iepIds = rows.flatMap((row) => row.currentIepIds);
    const ownerAsCaller = { ...user, id: owner.id, role: owner.role, districtId: owner.districtId };
    const [deadlines, visibleIeps, waiting, standings] = await Promise.all([
      this.deadlinesRead.openByStudent(user, studentIds),
      this.records.visibleIepIds(user, iepIds),
      this.repository.waiting(iepIds, owner.id),
      this.records.standings(ownerAsCaller, iepIds),
    ]);
    if (studentIds.length) {
      await this.audit.record({
        event: AuditEvent.StudentsListed, actorId: user.id, actorRole: user.role, studentIds, ip: meta.ip, userAgent: meta.userAgent, data: { list: 'CASELOAD' },
      });
    }
    const students = rows.map((row): CaseloadStudentModel => {
      const open = deadlines.get(row.id) ?? [];
      const overdue = open.filter((deadline) => deadline.status === 'OVERDUE');
      const tally = { threadsAssigned: 0, proposalsToDecide: 0, noticesToSend: 0, iepId: null as string | null };
      for (const item of waiting.filter((w) => w.studentId === row.id)) {
        const standing = standings.get(item.iepId);
        if (!standing || !visibleIeps.has(item.iepId)) continue;
        const threads = mayAct(standing, IepAction.Read) ? item.threads : 0;
        const proposals = mayAct(standing, IepAction.Decide) ? item.proposals : 0;
        const notices = mayAct(standing, IepAction.ManageTeam) ? item.notices : 0;
        tally.threadsAssigned += threads;
        tally.proposalsToDecide += proposals;
        tally.noticesToSend += notices;
        if (tally.iepId === null && threads + proposals + notices > 0) tally.iepId = item.iepId;
      }
      return {
        student: row,
        caseManager: row.caseManagerId ? { id: row.caseManagerId, displayName: row.caseManagerName ?? '' } : null,
        managed: row.managed,
        currentIepId: row.currentIepIds.find((id) => visibleIeps.has(id)) ?? null,
        nextDeadlines: [...overdue, ...open.filter((deadline) => deadline.status !== 'OVERDUE')].slice(0, NEXT_DEADLINES),
        overdueCount: overdue.length,
        waiting: tally,
      };
    });
    return { owner: { id: owner.id, displayName: owner.displayName }, students };
  }
}
