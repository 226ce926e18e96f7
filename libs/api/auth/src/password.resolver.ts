import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, Public, RateLimited, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { ChangePasswordArgs, RequestPasswordResetArgs, ResetPasswordArgs } from './dto/password.args';
import { PasswordService } from './password.service';

@Resolver()
export class PasswordResolver {
  constructor(private readonly passwords: PasswordService) {}

  @Mutation(() => Boolean, {
    description:
      'E-mails a one-time reset link when the address has an active account. Always true, so the answer never reveals whether it does.',
  })
  @Public()
  @RateLimited('passwordResetRequestClient')
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() { req }: GraphQLContext): Promise<boolean> {
    await this.passwords.requestReset(email, requestMeta(req));
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token from a reset link; every session of the account is signed out.',
  })
  @Public()
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs, @Context() { req }: GraphQLContext): Promise<boolean> {
    await this.passwords.reset(token, newPassword, requestMeta(req));
    return true;
  }

  @Mutation(() => Boolean, {
    description: "Changes the signed-in person's password; their other sessions are signed out, this one stays.",
  })
  @RequirePermission(Permission.Authenticated)
  async changePassword(
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<boolean> {
    await this.passwords.change(user, currentPassword, newPassword, requestMeta(req));
    return true;
  }
}
