import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Permission, RequirePermission, roleHasPermission } from '@iep/api/access';
import { badInput, isUuid, requestMeta, SHARED_MESSAGES, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { IepModel, PersonSummaryModel } from '@iep/api/ieps';
import { CollabAccessService } from './collab-access.service';
import { CollabLoaderFactory, type PersonSummary } from './collab.loader';
import { ReportIepPresenceInput } from './dto/report-iep-presence.input';
import { IepCommentThreadModel } from './models/iep-comment-thread.model';
import { IepViewerModel } from './models/iep-viewer.model';
import { PresenceService } from './presence.service';

/** What co-drafting adds to an IEP: its comment threads, who can be mentioned, and who is viewing it now. */
@Resolver(() => IepModel)
export class IepCollabResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CollabAccessService,
    private readonly presence: PresenceService,
    private readonly loaders: CollabLoaderFactory,
  ) {}

  @ResolveField(() => [IepCommentThreadModel], {
    description: 'The comment threads of the IEP, resolved ones included, oldest first: every one, or those of one part (what a part\'s comments panel shows; IepPart.threadCount says how many there are).',
  })
  commentThreads(
    @Parent() iep: IepModel,
    @Args('partId', { type: () => ID, nullable: true, description: 'Only the threads on this part of the IEP.' }) partId: string | null | undefined,
    @Context() { req }: GraphQLContext,
  ): Promise<IepCommentThreadModel[]> {
    const loaders = this.loaders.forRequest(req);
    if (partId == null) return loaders.threadsByIep.load(iep.id);
    if (!isUuid(partId)) throw badInput(SHARED_MESSAGES.partNotInIep, { field: 'partId' });
    return loaders.threadsByPart.load(`${iep.id}/${partId}`);
  }

  @ResolveField(() => [PersonSummaryModel], {
    description: 'The people who may be mentioned on or assigned a thread of this IEP: its team, case manager, and the family once the draft is shared.',
  })
  mentionablePeople(@Parent() iep: IepModel, @Context() { req }: GraphQLContext): Promise<PersonSummary[]> {
    return this.loaders.forRequest(req).mentionableByIep.load(iep.id);
  }

  @ResolveField(() => [IepViewerModel], { description: 'Who has this IEP open right now (the caller too), and on which part.' })
  viewers(@Parent() iep: IepModel, @Context() { req }: GraphQLContext): Promise<IepViewerModel[]> {
    return this.loaders.forRequest(req).viewersByIep.load(iep.id);
  }

  @Mutation(() => Boolean, {
    description: 'Says the caller has this IEP open, and on which part. Send every ~20 seconds while it is open; presence lapses after ~45 seconds without one.',
  })
  @RequirePermission(Permission.ReadStudentRecords)
  async reportIepPresence(
    @Args('input') input: ReportIepPresenceInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<boolean> {
    const iep = await this.access.visibleIepOrDeny(user, input.iepId, requestMeta(req), 'reportIepPresence');
    const partId = input.partId ?? null;
    if (partId) {
      const [part]: unknown[] = isUuid(partId)
        ? await this.dataSource.query(`SELECT 1 FROM iep_parts WHERE id = $1 AND iep_id = $2 AND removed_at IS NULL`, [partId, iep.id])
        : [];
      if (!part) throw badInput(SHARED_MESSAGES.partNotInIep, { field: 'partId' });
    }
    // Only someone who may edit drafts shows up as editing; anyone else is reading, whatever the client says.
    const editing = input.editing && partId != null && roleHasPermission(user.role, Permission.EditIepDraft);
    await this.presence.report(iep.id, user.id, { partId, editing });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Says the caller closed this IEP, so others stop seeing them at once.' })
  @RequirePermission(Permission.ReadStudentRecords)
  async leaveIep(
    @Args('iepId', { type: () => ID }) iepId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<boolean> {
    const iep = await this.access.visibleIepOrDeny(user, iepId, requestMeta(req), 'leaveIep');
    await this.presence.leave(iep.id, user.id);
    return true;
  }
}

@Resolver(() => IepViewerModel)
export class IepViewerResolver {
  constructor(private readonly loaders: CollabLoaderFactory) {}

  @ResolveField(() => PersonSummaryModel)
  person(@Parent() viewer: IepViewerModel, @Context() { req }: GraphQLContext): Promise<PersonSummary | null> {
    return this.loaders.forRequest(req).person.load(viewer.personId);
  }
}
