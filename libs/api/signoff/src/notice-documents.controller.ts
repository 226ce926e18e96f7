import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { DomainError, errorLanguage, ErrorCode, requestMeta, unauthenticated, type AuthUser, type Localized } from '@iep/api/core';
import { PriorWrittenNoticeService } from './prior-written-notice.service';

const NO_DOCUMENT: Localized = { en: 'That document was not found.', es: 'No se encontró ese documento.' };

/**
 * A prior written notice as a PDF, for those who may read the notice (the family once it is sent), in the language
 * it was written in. Plain HTTP GET with the session cookie so a link downloads it; every download is audited.
 */
@Controller('documents/prior-written-notices')
export class NoticeDocumentsController {
  constructor(
    private readonly notices: PriorWrittenNoticeService,
    private readonly audit: AuditService,
  ) {}

  @Get(':file')
  @Public()
  async notice(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = (req as Request & { user?: AuthUser }).user;
    const meta = requestMeta(req);
    const operation = 'downloadPriorWrittenNoticePdf';
    const language = errorLanguage(req.headers['accept-language']);
    if (!user) {
      await this.audit.recordDenial(undefined, meta, operation, 'UNAUTHENTICATED');
      res.status(401).json({ code: ErrorCode.Unauthenticated, message: unauthenticated().messageIn(language) });
      return;
    }
    const id = /^([0-9a-f-]{36})\.pdf$/i.exec(file)?.[1] ?? '';
    let document;
    try {
      document = await this.notices.pdf(user, id, meta, operation);
    } catch (error) {
      if (error instanceof DomainError && [ErrorCode.NotFound, ErrorCode.Forbidden].includes(error.extensions.code as ErrorCode)) {
        res.status(404).json({ code: ErrorCode.NotFound, message: NO_DOCUMENT[language] });
        return;
      }
      throw error;
    }
    await this.audit.record({
      event: AuditEvent.IepDocumentDownloaded, actorId: user.id, actorRole: user.role, studentId: document.notice.studentId, iepId: document.notice.iepId,
      ip: meta.ip, userAgent: meta.userAgent, data: { version: document.notice.version, document: 'PRIOR_WRITTEN_NOTICE', locale: document.notice.locale },
    });
    res.status(200).set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="prior-written-notice-${document.notice.id}.pdf"`,
      'Cache-Control': 'private, no-store',
    }).send(document.pdf);
  }
}
