import type { IncomingMessage } from 'node:http';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import proxyaddr from 'proxy-addr';
import { findUncleanString, uncleanInputError } from '@iep/api/core';

type WsExtra = { request: IncomingMessage };
type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * graphql-ws on the API's own HTTP server at /graphql. Each subscription gets a request-like context
 * built from the WebSocket upgrade request, so the usual guards resolve the session from its
 * `iep_session` cookie and check the operation exactly as over HTTP. Errors go through the same
 * formatter as HTTP ones, so no internal message reaches a client over either transport.
 */
export function liveSubscriptionOptions(options: { publicUrl: string; formatError: FormatError; trustProxy: number | string[] | false }) {
  const { formatError } = options;
  const trust = trustFunction(options.trustProxy);
  const allowedOrigin = new URL(options.publicUrl).origin;
  const upgrade = (ctx: Context<Record<string, unknown> | undefined, unknown>) => (ctx.extra as WsExtra).request;
  const config: Partial<ServerOptions> = {
    // A browser sends cookies with a WebSocket from any page; only our own pages may use them here.
    onConnect: (ctx) => sameOrigin(upgrade(ctx), allowedOrigin),
    context: (ctx) => ({ req: requestFromUpgrade(upgrade(ctx), trust) }),
    // The same refusal as over HTTP (the API's request hygiene plugin) for what a subscription carries.
    onSubscribe: (_ctx, _id, payload) => {
      const path = findUncleanString(payload.variables ?? {}) ?? findUncleanString(payload.query, ['query']);
      return path ? [uncleanInputError(path)] : undefined;
    },
    onNext: (_ctx, _id, _payload, _args, result): FormattedExecutionResult | void => {
      if (!result.errors?.length) return undefined;
      return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
    },
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
  };
  return config;
}

function sameOrigin(request: IncomingMessage, allowedOrigin: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser: it holds the cookie itself
  try {
    const url = new URL(origin);
    return url.origin === allowedOrigin || url.host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * TRUST_PROXY as Express reads it for HTTP requests (`trust proxy`): a hop count, or the addresses and
 * CIDRs whose X-Forwarded-For is believed; none otherwise.
 */
function trustFunction(trustProxy: number | string[] | false): (address: string, hop: number) => boolean {
  if (trustProxy === false) return () => false;
  if (typeof trustProxy === 'number') return (_address, hop) => hop < trustProxy;
  return proxyaddr.compile(trustProxy);
}

/**
 * A fresh request per operation, so that every subscription resolves the session anew. Its `ip` is the
 * client's as over HTTP: X-Forwarded-For is believed only from the proxies TRUST_PROXY names.
 */
function requestFromUpgrade(request: IncomingMessage, trust: (address: string, hop: number) => boolean): object {
  return Object.assign(Object.create(request) as object, {
    cookies: parseCookies(request.headers.cookie),
    ip: proxyaddr(request, trust),
    user: undefined,
  });
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies = Object.create(null) as Record<string, string>;
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (name in cookies) continue;
    try {
      cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // A malformed cookie is no session.
    }
  }
  return cookies;
}
