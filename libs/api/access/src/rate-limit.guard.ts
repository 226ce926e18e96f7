import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RateLimitService, type AuthUser, type RateLimitName } from '@iep/api/core';
import { requestFromContext } from './decorators';

const RATE_LIMIT_METADATA = 'iep:rate-limit';

/**
 * Counts each call of an operation against a limit (RATE_LIMITS) per signed-in person, or per client
 * address for an operation anyone may call; past it the call is refused with TOO_MANY_REQUESTS and the
 * seconds to wait, before the resolver runs.
 */
export const RateLimited = (limit: RateLimitName) => SetMetadata(RATE_LIMIT_METADATA, limit);

/** Runs after AccessGuard, so a call refused for access never spends anyone's allowance. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.reflector.get<RateLimitName | undefined>(RATE_LIMIT_METADATA, context.getHandler());
    if (!limit) return true;
    const req = requestFromContext(context);
    const user: AuthUser | undefined = req.user;
    await this.limits.consume(limit, user ? `user:${user.id}` : `client:${req.ip ?? 'unknown'}`);
    return true;
  }
}
