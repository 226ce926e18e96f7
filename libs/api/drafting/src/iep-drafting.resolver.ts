import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { Preloadable, requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { IepModel } from '@iep/api/ieps';
import { checkIepQuality } from '@iep/domain/iep-content';
import { asAssignee, capabilitiesOf, type DraftingCapabilities } from './drafting-access.service';
import { DraftingLoaderFactory } from './drafting.loader';
import { DraftingService } from './drafting.service';
import { StartIepInput } from './dto/drafting.inputs';
import { IepChangesSinceLastViewModel, IepPartModel, IepQualityIssueModel } from './models/iep-part.model';
import { IepSuggestionModel, IepSuggestionStatus } from './models/iep-suggestion.model';
import { qualityContext } from './part-rows';

type IepParent = IepModel & { derivedFromIepId?: string | null; sharedWithFamilyAt?: Date | null };

const NO_CAPABILITIES: DraftingCapabilities = {
  mayEditRecord: false, mayManageRecord: false, canEdit: false, canSuggest: false, canDecideSuggestions: false, canComment: false,
};

/** The document side of an IEP: its parts, checks, suggestions and what the reader may do with it. */
@Resolver(() => IepModel)
export class IepDraftingResolver {
  constructor(
    private readonly drafting: DraftingService,
    private readonly loaders: DraftingLoaderFactory,
  ) {}

  @Mutation(() => IepModel, {
    description: 'Starts an IEP for a student: INITIAL, or ANNUAL/AMENDMENT copied from the active IEP. The caller becomes its case manager.',
  })
  @RequirePermission(Permission.StartIep)
  startIep(@Args('input') input: StartIepInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.drafting.start(user, input, requestMeta(req));
  }

  @Mutation(() => IepModel, { description: 'Lets the family read the draft (and propose changes) before the meeting; notifies the guardians.' })
  @RequirePermission(Permission.ShareIepWithFamily)
  shareIepWithFamily(@Args('iepId', { type: () => ID }) iepId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.drafting.share(user, iepId, requestMeta(req));
  }

  @Mutation(() => IepModel, { description: 'Records that the caller has now seen every revision of this IEP ("what changed since I last looked").' })
  @RequirePermission(Permission.ReadStudentRecords)
  markIepViewed(@Args('iepId', { type: () => ID }) iepId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.drafting.markViewed(user, iepId, requestMeta(req));
  }

  @ResolveField(() => [IepPartModel], { description: 'The parts in document order (removed goals and services left out).' })
  parts(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<IepPartModel[]> {
    return this.loaders.forRequest(req, user).parts.load(iep.id);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The active IEP an annual review or amendment was copied from.' })
  @Preloadable()
  derivedFromIepId(@Parent() iep: IepParent): string | null {
    return iep.derivedFromIepId ?? null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the draft was shared with the family; a parent sees a draft only from then on.' })
  @Preloadable()
  sharedWithFamilyAt(@Parent() iep: IepParent): Date | null {
    return iep.sharedWithFamilyAt ?? null;
  }

  @ResolveField(() => [IepQualityIssueModel], { description: 'Breaks in the chain present levels → goals → services; ERRORs block finalizing.' })
  async qualityChecks(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    const loaders = this.loaders.forRequest(req, user);
    const [parts, facts] = await Promise.all([loaders.parts.load(iep.id), loaders.facts.load(iep.id)]);
    if (!facts) return [];
    return checkIepQuality({ parts }, qualityContext(facts));
  }

  @ResolveField(() => [IepSuggestionModel], { description: 'Proposed changes, oldest first.' })
  async suggestions(
    @Parent() iep: IepParent,
    @Args('status', { type: () => IepSuggestionStatus, nullable: true }) status: IepSuggestionStatus | null | undefined,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    const all = await this.loaders.forRequest(req, user).suggestions.load(iep.id);
    return status ? all.filter((s) => s.status === status) : all;
  }

  @ResolveField(() => IepChangesSinceLastViewModel, { description: 'What others changed since the caller last marked this IEP viewed.' })
  changesSinceMyLastView(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).changes.load(iep.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller edits every part of this draft: its case manager or the district representative of its district. A team member edits only the parts assigned to them (IepPart.viewerCanEdit); being on the team alone grants reading, commenting and proposing.' })
  async canEdit(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return (await this.capabilities(iep, user, req)).canEdit;
  }

  @ResolveField(() => Boolean, {
    description: 'The caller may add goals and services to this draft: its case manager and the district representative, and school staff on its team (a goal or service they add is assigned to them).',
  })
  async canAddParts(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    const facts = await this.loaders.forRequest(req, user).facts.load(iep.id);
    return facts ? capabilitiesOf(asAssignee(facts)).canEdit : false;
  }

  @ResolveField(() => Boolean, { description: 'The caller may propose changes on this draft: the family, the student and their guests once it is shared with the family; school staff on its team at any time.' })
  async canSuggest(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return (await this.capabilities(iep, user, req)).canSuggest;
  }

  @ResolveField(() => Boolean, { description: 'The caller may accept or reject proposals and share the draft: its case manager or the district representative of its district.' })
  async canDecideSuggestions(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return (await this.capabilities(iep, user, req)).canDecideSuggestions;
  }

  @ResolveField(() => Boolean, { description: 'The caller may comment: everyone who reads the IEP except district administrators, while it is a draft or proposed.' })
  async canComment(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return (await this.capabilities(iep, user, req)).canComment;
  }

  private async capabilities(iep: IepParent, user: AuthUser, req: object): Promise<DraftingCapabilities> {
    const facts = await this.loaders.forRequest(req, user).facts.load(iep.id);
    return facts ? capabilitiesOf(facts) : NO_CAPABILITIES;
  }
}
