import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated, requestMeta, type AuthUser } from '@iep/api/core';
import { AuditService } from '@iep/api/audit';
import { ACCESS_METADATA, requestFromContext, type AccessRule } from './decorators';
import { roleHasPermission } from './permission';

/**
 * Deny by default: an operation without @Public or @RequirePermission is refused, so forgetting
 * to declare access can never open a door. Runs after authentication has set `req.user`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const operation = `${context.getClass().name}.${context.getHandler().name}`;
    const req = requestFromContext(context);
    const user: AuthUser | undefined = req.user;
    if (!rule) {
      await this.deny(user, req, operation, 'UNDECLARED');
      throw forbidden({ en: 'This operation is not available.', es: 'Esta operación no está disponible.' });
    }
    if (rule.kind === 'public') return true;
    if (!user) throw unauthenticated();
    if (!roleHasPermission(user.role, rule.permission)) {
      await this.deny(user, req, operation, `ROLE_LACKS_${rule.permission}`);
      throw forbidden();
    }
    return true;
  }

  private deny(user: AuthUser | undefined, req: Parameters<typeof requestMeta>[0], operation: string, reason: string) {
    return this.audit.recordDenial(user, requestMeta(req), operation, reason);
  }

}
