import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode } from '@iep/api/core';

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
 * refusals with the matching status and the same message, as text a browser shows.
 */
@Catch(DomainError)
export class HttpDomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const code = String(error.extensions.code);
    res.status(STATUS[code] ?? 500).type('text/plain; charset=utf-8').send(STATUS[code] ? error.message : 'Something went wrong on our side.');
  }
}
