import type { UserRole } from '@iep/domain';

/** The signed-in person as every resolver sees them: resolved from the session on each request. */
export interface AuthUser {
  id: string;
  role: UserRole;
  districtId: string | null;
  displayName: string;
  email: string;
  /** What a specialist does (speech-language pathologist…); null for everyone else. */
  specialty: string | null;
  locale: string;
  sessionId: string;
}

/** What every audited change needs to know about where a request came from. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface GraphQLContext {
  req: import('express').Request & { user?: AuthUser; id?: string };
  res: import('express').Response;
}

export function requestMeta(req: { ip?: string; headers: Record<string, unknown>; id?: unknown }): RequestMeta {
  const ua = req.headers['user-agent'];
  return {
    ip: req.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 512) : null,
    requestId: typeof req.id === 'string' ? req.id : null,
  };
}
