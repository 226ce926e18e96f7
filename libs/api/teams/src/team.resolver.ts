import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RateLimited, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { InviteToTeamInput } from './dto/invite-to-team.input';
import { IepTeamModel, TeamInvitationModel } from './models/iep-team.model';
import { TeamService } from './team.service';

@Resolver(() => IepTeamModel)
export class TeamResolver {
  constructor(private readonly teams: TeamService) {}

  @Query(() => IepTeamModel, { description: 'The team of an IEP the caller may see, with pending invitations for those who manage it.' })
  @RequirePermission(Permission.ReadStudentRecords)
  iepTeam(
    @Args('iepId', { type: () => ID }) iepId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<IepTeamModel> {
    return this.teams.team(user, iepId, requestMeta(req));
  }

  @Mutation(() => TeamInvitationModel, {
    description: 'Invites a person to an IEP team by e-mail. Case managers and district representatives invite anyone; a guardian invites a guest.',
  })
  @RequirePermission(Permission.InviteToTeam)
  @RateLimited('invitationUser')
  inviteToTeam(
    @Args('input') input: InviteToTeamInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<TeamInvitationModel> {
    return this.teams.invite(user, input, requestMeta(req));
  }

  @Mutation(() => Boolean, { description: "Takes a person off an IEP's team; their access ends at once. Not the IEP's case manager." })
  @RequirePermission(Permission.ManageTeam)
  removeTeamMember(
    @Args('iepId', { type: () => ID }) iepId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<boolean> {
    return this.teams.removeMember(user, iepId, userId, requestMeta(req));
  }

  @Mutation(() => Boolean, { description: 'Withdraws an invitation that has not been accepted; its link stops working.' })
  @RequirePermission(Permission.ManageTeam)
  revokeInvitation(
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<boolean> {
    return this.teams.revokeInvitation(user, invitationId, requestMeta(req));
  }
}
