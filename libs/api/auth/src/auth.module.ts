import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard, RateLimitGuard } from '@iep/api/access';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionAuthGuard } from './guards';
import { SessionService } from './session.service';
import { PasswordStrategy, SessionCookieStrategy } from './strategies';
import { UserEntity } from './user.entity';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([UserEntity])],
  providers: [
    AuthService,
    SessionService,
    PasswordStrategy,
    SessionCookieStrategy,
    AuthResolver,
    // Order matters: who is calling is settled before what they may call.
    { provide: APP_GUARD, useClass: SessionAuthGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [SessionService, AuthService],
})
export class AuthModule {}
