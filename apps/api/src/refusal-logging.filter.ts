import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter, type AbstractHttpAdapter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, ErrorCode, errorLanguage, REFUSAL_HTTP_STATUS } from '@iep/api/core';

/**
 * Every exception a resolver, guard or controller throws passes here. A refusal the API means to give
 * (NOT_FOUND, FORBIDDEN, CONFLICT, BAD_USER_INPUT, UNAUTHENTICATED, a rate limit) is logged at info, a
 * rate limit at warn: they are the product working. Nest's default logged each at error, so real
 * failures drowned. Anything else is left to the error log (formatError for GraphQL, Nest for HTTP).
 */
@Catch()
export class RefusalLoggingFilter extends BaseExceptionFilter {
  constructor(
    private readonly logger: Logger,
    httpAdapter: AbstractHttpAdapter,
  ) {
    super(httpAdapter);
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const code = expectedCode(exception);
    if (code) {
      const level = code === ErrorCode.TooManyRequests ? 'warn' : 'info';
      this.logger[level]({ code, reason: (exception as Error).message }, 'Request refused');
    }
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    if (code && exception instanceof DomainError) {
      const response = host.switchToHttp().getResponse<import('express').Response>();
      const retryAfter = exception.extensions['retryAfterSeconds'];
      if (typeof retryAfter === 'number') response.setHeader('retry-after', String(retryAfter));
      // In the reader's language, as GraphQL answers (the web client sends the language its pages are in).
      const language = errorLanguage(host.switchToHttp().getRequest<import('express').Request>().headers['accept-language']);
      response.status(REFUSAL_HTTP_STATUS[code] ?? 400).json({ error: exception.messageIn(language), code });
      return;
    }
    return super.catch(exception, host);
  }
}

function expectedCode(exception: unknown): string | null {
  if (exception instanceof GraphQLError) {
    const code = String(exception.extensions['code'] ?? '');
    return code in REFUSAL_HTTP_STATUS ? code : null;
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) return `HTTP_${exception.getStatus()}`;
  return null;
}
