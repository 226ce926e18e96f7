import { forbidden, requestMeta, SHARED_MESSAGES, type AuthUser, type GraphQLContext, type NotFoundThing, type RequestMeta } from '@iep/api/core';
import type { DeadlineActor } from '@iep/api/deadlines';

/** An administrator acting on their own district: the only district any of these operations reach. */
export interface DistrictActor {
  user: AuthUser;
  districtId: string;
  meta: RequestMeta;
}

export function districtActor(user: AuthUser, req: GraphQLContext['req']): DistrictActor {
  if (!user.districtId) {
    throw forbidden(SHARED_MESSAGES.noDistrictToManage);
  }
  return { user, districtId: user.districtId, meta: requestMeta(req) };
}

/** The common part of every audit entry an actor writes. */
export function entryBase(actor: DistrictActor) {
  return { actorId: actor.user.id, actorRole: actor.user.role, ip: actor.meta.ip, userAgent: actor.meta.userAgent };
}

export function deadlineActor(actor: DistrictActor): DeadlineActor {
  return { userId: actor.user.id, role: actor.user.role, ip: actor.meta.ip, userAgent: actor.meta.userAgent };
}

/**
 * Thrown inside a transaction when a record is missing or belongs to another district; the two are
 * never told apart outside, so a caller learns nothing about another district's ids.
 */
export class NotInDistrict extends Error {
  constructor(readonly what: NotFoundThing) {
    super(`${what} is not in the caller's district`);
  }
}
