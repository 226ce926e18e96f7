import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CurrentUser, Permission, RecordAccessService, RequirePermission } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { notFound, requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { IepLoaderFactory } from './iep.loader';
import { IepModel } from './models/iep.model';
import { StudentModel } from './models/student.model';
import { StudentEntity } from './student.entity';

@Resolver(() => StudentModel)
export class StudentResolver {
  constructor(
    @InjectRepository(StudentEntity) private readonly studentRepository: Repository<StudentEntity>,
    private readonly access: RecordAccessService,
    private readonly audit: AuditService,
    private readonly loaders: IepLoaderFactory,
  ) {}

  @Query(() => [StudentModel], { description: "The students whose records the caller may see: a parent's children, a teacher's caseload, a district's students." })
  @RequirePermission(Permission.ReadStudentRecords)
  async students(@CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<StudentModel[]> {
    const ids = await this.access.visibleStudentIdsAll(user);
    if (ids.length === 0) return [];
    const rows = await this.studentRepository.findBy({ id: In(ids) });
    const order = new Map(ids.map((id, index) => [id, index]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const meta = requestMeta(req);
    await this.audit.recordMany(
      rows.map((row) => ({
        event: AuditEvent.StudentListed, actorId: user.id, actorRole: user.role, studentId: row.id,
        ip: meta.ip, userAgent: meta.userAgent, data: {},
      })),
    );
    return rows;
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
  ieps(@Parent() student: StudentModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).visibleIepsByStudent.load(student.id);
  }

  @ResolveField(() => String)
  schoolName(@Parent() student: StudentModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).schoolName.load(student.schoolId);
  }
}
