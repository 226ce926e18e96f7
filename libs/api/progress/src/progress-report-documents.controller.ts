import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { DomainError, errorLanguage, ErrorCode, requestMeta, unauthenticated, type AuthUser, type Localized } from '@iep/api/core';
import { ProgressReportDocumentsService } from './progress-report-documents.service';

const NO_DOCUMENT: Localized = { en: 'That document was not found.', es: 'No se encontró ese documento.' };

/**
 * A sent progress report as a PDF, for whoever may read it (the family, the team, the district), in the language asked
 * (`?lang=en|es`, else the reader's own). Plain HTTP GET with the session cookie so that a link downloads it; every
 * download and refusal is audited by the service.
 */
@Controller('documents/progress-reports')
export class ProgressReportDocumentsController {
  constructor(
    private readonly documents: ProgressReportDocumentsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':file')
  @Public()
  async report(@Param('file') file: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = (req as Request & { user?: AuthUser }).user;
    const meta = requestMeta(req);
    const language = errorLanguage(req.headers['accept-language']);
    if (!user) {
      await this.audit.recordDenial(undefined, meta, 'downloadProgressReportPdf', 'UNAUTHENTICATED');
      res.status(401).json({ code: ErrorCode.Unauthenticated, message: unauthenticated().messageIn(language) });
      return;
    }
    const id = /^([0-9a-f-]{36})\.pdf$/i.exec(file)?.[1] ?? '';
    let document;
    try {
      document = await this.documents.pdf(user, id, lang === 'en' || lang === 'es' ? lang : null, meta);
    } catch (error) {
      if (error instanceof DomainError) {
        const code = error.extensions.code as ErrorCode;
        if (code === ErrorCode.Conflict) {
          res.status(409).json({ code, message: error.messageIn(language) });
          return;
        }
        if (code === ErrorCode.NotFound || code === ErrorCode.Forbidden) {
          res.status(404).json({ code: ErrorCode.NotFound, message: NO_DOCUMENT[language] });
          return;
        }
      }
      throw error;
    }
    res.status(200).set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${document.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    }).send(document.pdf);
  }
}
