import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, errorLanguage, INTERNAL_ERROR_MESSAGE, REFUSAL_HTTP_STATUS } from '@iep/api/core';

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
    const message = REFUSAL_HTTP_STATUS[code] ? error.messageIn(language) : INTERNAL_ERROR_MESSAGE[language];
    res.status(REFUSAL_HTTP_STATUS[code] ?? 500).type('text/plain; charset=utf-8').send(message);
  }
}
