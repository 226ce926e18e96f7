import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, badInput, requestMeta, type AppConfig, type GraphQLContext } from '@iep/api/core';
import { CurrentUser, Permission, Public, RequirePermission } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import type { AuthUser } from '@iep/api/core';
import { SignInInput } from './dto/sign-in.input';
import { PasswordAuthGuard } from './guards';
import { SignInPayload, UserModel } from './models/user.model';
import { SESSION_COOKIE, SessionService, setSessionCookie } from './session.service';
import { UserEntity } from './user.entity';
import type { VerifiedUser } from './auth.service';

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in person, or null.' })
  @Public()
  me(@Context() { req }: GraphQLContext): UserModel | null {
    // The session check read this person's row in this request already (SessionService.resolve): every
    // page asks for `me` when it opens, and reading the row a second time cost more than the rest.
    const user = req.user;
    if (!user) return null;
    return { id: user.id, displayName: user.displayName, email: user.email, role: user.role, specialty: user.specialty, locale: user.locale };
  }

  @Mutation(() => SignInPayload)
  @Public()
  @UseGuards(PasswordAuthGuard)
  async signIn(@Args('input') _input: SignInInput, @Context() { req, res }: GraphQLContext): Promise<SignInPayload> {
    const verified = req.user as unknown as VerifiedUser;
    const meta = requestMeta(req);
    const { token, expiresAt } = await this.sessions.create(verified.id, meta);
    await this.audit.record({
      event: AuditEvent.SignIn, actorId: verified.id, actorRole: verified.role, ip: meta.ip, userAgent: meta.userAgent, data: {},
    });
    setSessionCookie(res, { token, expiresAt }, this.config.COOKIE_SECURE);
    const user = await this.users.findOneByOrFail({ id: verified.id });
    return { user };
  }

  @Mutation(() => UserModel, {
    description: "Sets the caller's own profile language (en or es): e-mail and new notifications are written in it.",
  })
  @RequirePermission(Permission.Authenticated)
  async setMyLanguage(
    @Args('language') language: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<UserModel> {
    if (language !== 'en' && language !== 'es') {
      throw badInput({ en: 'Choose English (en) or Spanish (es).', es: 'Elija inglés (en) o español (es).' }, { field: 'language' });
    }
    const meta = requestMeta(req);
    if (user.locale !== language) {
      await this.users.manager.transaction(async (m) => {
        await m.query(`UPDATE users SET locale = $2, updated_at = now() WHERE id = $1`, [user.id, language]);
        await this.audit.record(
          { event: AuditEvent.UserUpdated, actorId: user.id, actorRole: user.role, ip: meta.ip, userAgent: meta.userAgent, data: { userId: user.id, fields: ['locale'] } },
          m,
        );
      });
    }
    return { id: user.id, displayName: user.displayName, email: user.email, role: user.role, specialty: user.specialty, locale: language };
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere at once; the cookie is cleared.' })
  @RequirePermission(Permission.Authenticated)
  async signOut(@CurrentUser() user: AuthUser, @Context() { req, res }: GraphQLContext): Promise<boolean> {
    const meta = requestMeta(req);
    await this.sessions.revoke(user.sessionId);
    await this.audit.record({
      event: AuditEvent.SignOut, actorId: user.id, actorRole: user.role, ip: meta.ip, userAgent: meta.userAgent, data: {},
    });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
