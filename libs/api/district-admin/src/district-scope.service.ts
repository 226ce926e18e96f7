import { Injectable } from '@nestjs/common';
import { AuditService } from '@iep/api/audit';
import { forbidden, notFound, requestMeta, SHARED_MESSAGES, type AuthUser, type GraphQLContext, type NotFoundThing, type RequestMeta } from '@iep/api/core';

/**
 * Thrown inside a unit of work when a record is missing or belongs to another district. The two are
 * told apart nowhere outside this file: a caller learns nothing about another district's ids.
 */
export class NotInDistrict extends Error {
  constructor(readonly what: NotFoundThing) {
    super(`${what} is not in the caller's district`);
  }
}

/** Who is acting, for audit entries written inside a unit of work. */
export interface Actor {
  user: AuthUser;
  districtId: string;
  meta: RequestMeta;
}

/** Keeps every district administration operation inside the caller's own district. */
@Injectable()
export class DistrictScope {
  constructor(private readonly audit: AuditService) {}

  actor(user: AuthUser, req: GraphQLContext['req']): Actor {
    if (!user.districtId) {
      throw forbidden(SHARED_MESSAGES.noDistrictToManage);
    }
    return { user, districtId: user.districtId, meta: requestMeta(req) };
  }

  /**
   * Runs `work` (typically a transaction). When it throws NotInDistrict, the transaction has already
   * rolled back; the denial is then recorded on its own, so it survives, and the caller gets NOT_FOUND.
   */
  async guard<T>(actor: Actor, operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof NotInDistrict)) throw error;
      await this.audit.recordDenial(actor.user, actor.meta, operation, 'NOT_IN_DISTRICT');
      throw notFound(error.what);
    }
  }

  /** The common part of every audit entry an actor writes. */
  entryBase(actor: Actor) {
    return { actorId: actor.user.id, actorRole: actor.user.role, ip: actor.meta.ip, userAgent: actor.meta.userAgent };
  }
}
