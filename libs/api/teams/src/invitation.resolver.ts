import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@iep/api/access';
import { setSessionCookie } from '@iep/api/auth';
import { APP_CONFIG, requestMeta, type AppConfig, type GraphQLContext } from '@iep/api/core';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InvitationService } from './invitation.service';
import { AcceptInvitationPayload, InvitationPreviewModel } from './models/invitation-preview.model';
import { localeFromAcceptLanguage } from './team-rules';

@Resolver(() => InvitationPreviewModel)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Public: the link's token is the credential, and the person may not have an account yet.
  @Query(() => InvitationPreviewModel, { description: 'What an invitation link is for; NOT_FOUND once it is used, withdrawn or expired.' })
  @Public()
  invitation(@Args('token') token: string, @Context() { req }: GraphQLContext): Promise<InvitationPreviewModel> {
    return this.invitations.preview(token, req.user, requestMeta(req));
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: 'Accepts an invitation: sets the password of a new account (or checks an existing one), joins the team and signs in.',
  })
  @Public()
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() { req, res }: GraphQLContext): Promise<AcceptInvitationPayload> {
    const language = req.headers['accept-language'];
    const accepted = await this.invitations.accept(input, req.user, requestMeta(req), localeFromAcceptLanguage(language));
    setSessionCookie(res, accepted.session, this.config.COOKIE_SECURE);
    return { iepId: accepted.iepId, user: accepted.user };
  }
}
