import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { DomainError, errorLanguage, ErrorCode, requestMeta, unauthenticated, type AuthUser } from '@iep/api/core';
import { EvaluationService } from './evaluation.service';

/**
 * An evaluator's attached report, for whoever may read the evaluation: a plain GET with the session
 * cookie, so a browser downloads it with a link. Every download and refusal is audited.
 */
@Controller('documents/evaluation-reports')
export class EvaluationDocumentsController {
  constructor(
    private readonly evaluations: EvaluationService,
    private readonly audit: AuditService,
  ) {}

  @Get(':reportId')
  @Public()
  async report(@Param('reportId') reportId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = (req as Request & { user?: AuthUser }).user;
    const meta = requestMeta(req);
    const language = errorLanguage(req.headers['accept-language']);
    if (!user) {
      await this.audit.recordDenial(undefined, meta, 'downloadEvaluationReport', 'UNAUTHENTICATED');
      res.status(401).json({ code: ErrorCode.Unauthenticated, message: unauthenticated().messageIn(language) });
      return;
    }
    try {
      const file = await this.evaluations.reportFile(user, reportId, meta);
      res.status(200).set({
        'Content-Type': file.type,
        // An ASCII name for old clients, the exact one (RFC 6266) for the rest.
        'Content-Disposition': `attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      }).send(file.content);
    } catch (error) {
      if (error instanceof DomainError && [ErrorCode.NotFound, ErrorCode.Forbidden].includes(error.extensions.code as ErrorCode)) {
        res.status(404).json({ code: ErrorCode.NotFound, message: error.messageIn(language) });
        return;
      }
      throw error;
    }
  }
}
