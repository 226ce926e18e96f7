import { Args, Context, ID, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CurrentUser, iepVisibleCondition, listVisibleStudentsSql, Permission, RecordAccessService, RequirePermission } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, isUuid, notFound, Preloadable, prepared, requestMeta, selectsField, SHARED_MESSAGES, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { IepLoaderFactory } from './iep.loader';
import { IEP_SQL, iepFromJson, type LoadedIepJson } from './iep-rows';
import { IepModel } from './models/iep.model';
import { StudentModel } from './models/student.model';
import { StudentEntity } from './student.entity';

/**
 * The page of students with each one's visible IEPs (newest first, as `Student.ieps` reads them) as a json
 * column of the same statement: what the student list shows, in one trip to the database.
 */
const STUDENTS_WITH_IEPS_SQL = prepared(listVisibleStudentsSql({
  with: `listed_ieps AS (
         SELECT x."studentId", json_agg(x ORDER BY x."createdAt" DESC, x.id) AS ieps FROM (${IEP_SQL}
          WHERE i.student_id IN (SELECT id FROM listed) AND s.id IN (SELECT id FROM listed) AND (${iepVisibleCondition()})) x
          GROUP BY x."studentId")`,
  select: `coalesce(li.ieps, '[]'::json) AS ieps`,
  join: `LEFT JOIN listed_ieps li ON li."studentId" = l.id`,
}));

/** A page of the student list: the district administrator's list is read a page at a time. */
const STUDENTS_PAGE_MAX = 500;

@Resolver(() => StudentModel)
export class StudentResolver {
  constructor(
    @InjectRepository(StudentEntity) private readonly studentRepository: Repository<StudentEntity>,
    private readonly access: RecordAccessService,
    private readonly audit: AuditService,
    private readonly loaders: IepLoaderFactory,
  ) {}

  @Query(() => [StudentModel], {
    description:
      "The students whose records the caller may see, by name: a parent's children, a teacher's caseload, a district's students " +
      '(a page of `first`, after the student `after`). One audit row names every student listed.',
  })
  @RequirePermission(Permission.ReadStudentRecords)
  async students(
    @Args('first', { type: () => Int, defaultValue: STUDENTS_PAGE_MAX }) first: number,
    @Args('after', { type: () => ID, nullable: true, description: 'The last student of the previous page.' }) after: string | null | undefined,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StudentModel[]> {
    if (first < 1 || first > STUDENTS_PAGE_MAX) {
      throw badInput({ en: `Ask for between 1 and ${STUDENTS_PAGE_MAX} students.`, es: `Pida entre 1 y ${STUDENTS_PAGE_MAX} estudiantes.` }, { field: 'first' });
    }
    if (after != null && !isUuid(after)) throw badInput(SHARED_MESSAGES.invalidCursor, { field: 'after' });
    const meta = requestMeta(req);
    const audit = this.audit.rowsJson([{
      event: AuditEvent.StudentsListed, actorId: user.id, actorRole: user.role, ip: meta.ip, userAgent: meta.userAgent, data: { list: 'STUDENTS' },
    }]);
    const page = { first, after: after ?? null, audit };
    if (!selectsField(info, 'ieps')) return this.access.listVisibleStudents(user, page);
    // Each student arrives with the IEPs the field would load, under the same policy condition, so that the
    // field reads them (see Preloadable) instead of a second statement and a resolver call per student.
    const students = await this.access.listVisibleStudents<{ ieps: LoadedIepJson[] }>(user, page, STUDENTS_WITH_IEPS_SQL);
    return students.map((student) => Object.assign(student, { ieps: student.ieps.map(iepFromJson) }));
  }

  @Query(() => StudentModel)
  @RequirePermission(Permission.ReadStudentRecords)
  async student(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<StudentModel> {
    const meta = requestMeta(req);
    const visible = await this.access.visibleStudentIds(user, [id]);
    if (!visible.has(id)) {
      await this.audit.recordDenial(user, meta, 'student', 'NO_RELATIONSHIP');
      throw notFound('That student');
    }
    const row = await this.studentRepository.findOneByOrFail({ id });
    await this.audit.record({
      event: AuditEvent.StudentViewed, actorId: user.id, actorRole: user.role, studentId: id,
      ip: meta.ip, userAgent: meta.userAgent, data: {},
    });
    return row;
  }

  @ResolveField(() => [IepModel], { description: 'IEPs of this student that the caller may see, newest first.' })
  @Preloadable()
  ieps(@Parent() student: StudentModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).visibleIepsByStudent.load(student.id);
  }

  @ResolveField(() => String)
  @Preloadable()
  schoolName(@Parent() student: StudentModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    if (student.schoolName !== undefined) return student.schoolName;
    return this.loaders.forRequest(req, user).schoolName.load(student.schoolId);
  }
}
