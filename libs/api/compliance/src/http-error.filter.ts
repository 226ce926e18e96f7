import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode, errorLanguage, INTERNAL_ERROR_MESSAGE } from '@iep/api/core';

const STATUS: Record<string, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
};

/**
 * The guards and services speak GraphQL errors; a plain HTTP endpoint (a download) answers the same
 * refusals with the matching status and the same message, as text a browser shows, in the language of
 * the request's Accept-Language (as the GraphQL answers are).
 */
@Catch(DomainError)
export class HttpDomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const language = errorLanguage(http.getRequest<Request>().headers['accept-language']);
    const code = String(error.extensions.code);
    const message = STATUS[code] ? error.messageIn(language) : INTERNAL_ERROR_MESSAGE[language];
    res.status(STATUS[code] ?? 500).type('text/plain; charset=utf-8').send(message);
  }
}
