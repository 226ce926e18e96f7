import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from '@iep/api/core';
import type { Permission } from './permission';

export const ACCESS_METADATA = 'iep:access';

export type AccessRule = { kind: 'public' } | { kind: 'permission'; permission: Permission };

/** Callable without signing in (sign-in itself, the health checks). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Callable by a signed-in person whose role holds the permission; records are still checked one by one. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_METADATA, { kind: 'permission', permission } satisfies AccessRule);

export function requestFromContext(context: ExecutionContext) {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  return requestFromContext(context).user;
});
