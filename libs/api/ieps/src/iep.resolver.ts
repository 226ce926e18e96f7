import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CurrentUser, Permission, RecordAccessService, RequirePermission } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { notFound, requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { IepEntity } from './iep.entity';
import { IepLoaderFactory } from './iep.loader';
import { IepModel, PersonSummaryModel } from './models/iep.model';

@Resolver(() => IepModel)
export class IepResolver {
  constructor(
    @InjectRepository(IepEntity) private readonly ieps: Repository<IepEntity>,
    private readonly access: RecordAccessService,
    private readonly audit: AuditService,
    private readonly loaders: IepLoaderFactory,
  ) {}

  @Query(() => IepModel)
  @RequirePermission(Permission.ReadStudentRecords)
  async iep(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<IepModel> {
    const meta = requestMeta(req);
    const visible = await this.access.visibleIepIds(user, [id]);
    if (!visible.has(id)) {
      await this.audit.recordDenial(user, meta, 'iep', 'NO_RELATIONSHIP');
      throw notFound('That IEP');
    }
    const iep = await this.ieps.findOneByOrFail({ id });
    await this.audit.record({
      event: AuditEvent.IepViewed, actorId: user.id, actorRole: user.role, studentId: iep.studentId, iepId: iep.id,
      ip: meta.ip, userAgent: meta.userAgent, data: {},
    });
    return iep;
  }

  @ResolveField(() => PersonSummaryModel, { nullable: true })
  caseManager(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).personName.load(iep.caseManagerId);
  }
}
