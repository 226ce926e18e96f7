import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import type { AuthUser, GraphQLContext } from '@iep/api/core';
import { DistrictScope } from './district-scope.service';
import { UndeliveredEmailModel } from './models/undelivered-email.model';
import { UndeliveredMailService } from './undelivered-mail.service';

@Resolver(() => UndeliveredEmailModel)
export class UndeliveredMailResolver {
  constructor(
    private readonly service: UndeliveredMailService,
    private readonly scope: DistrictScope,
  ) {}

  @Query(() => [UndeliveredEmailModel], {
    description: "E-mail to people of the caller's district that could not be sent after every attempt, newest first (at most 200).",
  })
  @RequirePermission(Permission.ManageDistrict)
  undeliveredEmails(@CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<UndeliveredEmailModel[]> {
    return this.service.list(this.scope.actor(user, req));
  }

  @Mutation(() => Boolean, {
    description:
      'Sends a message from the "could not be sent" list again, with a fresh set of attempts. False when it is no longer on the list (sent, or already retried).',
  })
  @RequirePermission(Permission.ManageDistrict)
  retryEmail(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<boolean> {
    return this.service.retry(this.scope.actor(user, req), id);
  }
}
