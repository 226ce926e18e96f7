import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { PersonSummaryModel } from '@iep/api/ieps';
import { DraftingLoaderFactory } from './drafting.loader';
import { DraftingService } from './drafting.service';
import { AddIepPartInput, AssignIepPartInput, RemoveIepPartInput, SaveIepPartInput } from './dto/drafting.inputs';
import { capabilitiesOf } from './drafting-access.service';
import { IepPartDiffModel, IepPartModel, IepRevisionConnectionModel, IepRevisionModel } from './models/iep-part.model';

@Resolver(() => IepPartModel)
export class IepPartResolver {
  constructor(
    private readonly drafting: DraftingService,
    private readonly loaders: DraftingLoaderFactory,
  ) {}

  @Mutation(() => IepPartModel, {
    description: 'Saves a part. A baseVersion older than the current one is refused with CONFLICT and the current text; invalid content with BAD_USER_INPUT and its problems.',
  })
  @RequirePermission(Permission.EditIepDraft)
  saveIepPart(@Args('input') input: SaveIepPartInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.drafting.save(user, input, requestMeta(req));
  }

  @Mutation(() => IepPartModel, { description: 'Adds a goal or a service to a draft.' })
  @RequirePermission(Permission.EditIepDraft)
  addIepPart(@Args('input') input: AddIepPartInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.drafting.add(user, input, requestMeta(req));
  }

  @Mutation(() => IepPartModel, {
    description: "Assigns a part of a draft to a school staff member on its team, who then edits it (null: back to the case manager). The IEP's case manager or the district representative; audited.",
  })
  @RequirePermission(Permission.ManageTeam)
  assignIepPart(@Args('input') input: AssignIepPartInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.drafting.assign(user, input, requestMeta(req));
  }

  @ResolveField(() => Boolean, { description: 'The caller may edit this part now: it is a draft, and the part is assigned to them on the team, or they are its case manager or district representative.' })
  async viewerCanEdit(@Parent() part: IepPartModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    const facts = await this.loaders.forRequest(req, user).facts.load(part.iepId);
    if (!facts || part.removedAt) return false;
    return capabilitiesOf({ standing: { ...facts.standing, partAssignee: part.assignee?.id === user.id } }).canEdit;
  }

  @Mutation(() => IepPartModel, { description: 'Takes a goal or a service out of a draft; its history stays.' })
  @RequirePermission(Permission.EditIepDraft)
  removeIepPart(@Args('input') input: RemoveIepPartInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.drafting.remove(user, input, requestMeta(req));
  }

  @Query(() => IepRevisionConnectionModel, { description: 'The revisions of a part, newest first, a page at a time.' })
  @RequirePermission(Permission.ReadStudentRecords)
  iepPartRevisions(
    @Args('partId', { type: () => ID }) partId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null | undefined,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.drafting.revisions(user, partId, first, after ?? null, requestMeta(req));
  }

  @Query(() => IepPartDiffModel, { description: 'A word-level comparison of two versions of a part (fromVersion 0: before it existed).' })
  @RequirePermission(Permission.ReadStudentRecords)
  iepPartDiff(
    @Args('partId', { type: () => ID }) partId: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.drafting.diff(user, partId, fromVersion, toVersion, requestMeta(req));
  }
}

@Resolver(() => IepRevisionModel)
export class IepRevisionResolver {
  constructor(private readonly loaders: DraftingLoaderFactory) {}

  @ResolveField(() => PersonSummaryModel, { nullable: true })
  author(@Parent() revision: IepRevisionModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return revision.authorId ? this.loaders.forRequest(req, user).person.load(revision.authorId) : null;
  }
}
