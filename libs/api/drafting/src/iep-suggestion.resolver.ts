import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RateLimited, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { diffPartContent, type FieldDiff } from '@iep/domain/iep-content';
import { AcceptIepSuggestionInput, ProposeIepChangeInput, RejectIepSuggestionInput } from './dto/drafting.inputs';
import { IepPartDiffModel } from './models/iep-part.model';
import { IepSuggestionModel } from './models/iep-suggestion.model';
import { SuggestionService } from './suggestion.service';

/** Enough for every proposal open on the drafts being edited at once; the oldest is forgotten first. */
const DIFF_CACHE_SIZE = 2000;

@Resolver(() => IepSuggestionModel)
export class IepSuggestionResolver {
  /**
   * A proposal's diff never changes (its content and its base revision are never rewritten), but every
   * reload of the editor asked for it again: word diffs were a measurable share of the document's CPU.
   */
  private readonly diffs = new Map<string, FieldDiff[]>();

  constructor(private readonly suggestions: SuggestionService) {}

  @Mutation(() => IepSuggestionModel, { description: 'Proposes a change to a part, or a new goal or service, of a draft shared with the family.' })
  @RequirePermission(Permission.SuggestIepChange)
  @RateLimited('proposalUser')
  proposeIepChange(@Args('input') input: ProposeIepChangeInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.suggestions.propose(user, input, requestMeta(req));
  }

  @Mutation(() => IepSuggestionModel, {
    description: 'Applies a proposal as a new revision. If the part changed since, send the merged content and the version it was merged on.',
  })
  @RequirePermission(Permission.DecideIepSuggestion)
  acceptIepSuggestion(@Args('input') input: AcceptIepSuggestionInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.suggestions.accept(user, input, requestMeta(req));
  }

  @Mutation(() => IepSuggestionModel, { description: 'Declines a proposal with a reason the proposer reads.' })
  @RequirePermission(Permission.DecideIepSuggestion)
  rejectIepSuggestion(@Args('input') input: RejectIepSuggestionInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.suggestions.reject(user, input, requestMeta(req));
  }

  @Mutation(() => IepSuggestionModel, { description: 'The proposer takes back a proposal not yet decided.' })
  @RequirePermission(Permission.SuggestIepChange)
  withdrawIepSuggestion(@Args('suggestionId', { type: () => ID }) suggestionId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.suggestions.withdraw(user, suggestionId, requestMeta(req));
  }

  @ResolveField(() => IepPartDiffModel, {
    description: 'From the version the proposal was written against to the proposal; toVersion is the version it would become.',
  })
  diff(@Parent() suggestion: IepSuggestionModel): IepPartDiffModel {
    return {
      partId: suggestion.partId,
      kind: suggestion.partKind,
      fromVersion: suggestion.baseVersion,
      toVersion: (suggestion.baseVersion ?? 0) + 1,
      removed: false,
      fields: this.fieldDiffs(suggestion),
    };
  }

  private fieldDiffs(suggestion: IepSuggestionModel): FieldDiff[] {
    let fields = this.diffs.get(suggestion.id);
    if (!fields) {
      fields = diffPartContent(suggestion.partKind, suggestion.baseContent, suggestion.proposedContent);
      if (this.diffs.size >= DIFF_CACHE_SIZE) this.diffs.delete(this.diffs.keys().next().value!);
      this.diffs.set(suggestion.id, fields);
    }
    return fields;
  }
}
