import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '@iep/api/access';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { DomainError, errorLanguage, ErrorCode, notFound, requestMeta, unauthenticated, type AuthUser, type Localized } from '@iep/api/core';
import { signoffLocale, type SignoffLocale } from './esign-texts';
import { IepVersionsService, type VersionDocumentKind as DocumentKind } from './iep-versions.service';


/** Said for a document the reader may not see as for one that does not exist. */
const NO_DOCUMENT: Localized = { en: 'That document was not found.', es: 'No se encontró ese documento.' };

/**
 * The frozen IEP and its signature certificate as PDFs, for anyone who may see the IEP. Plain HTTP GET
 * with the session cookie, so that a browser can download them with a link; every download is audited.
 */
@Controller('documents/ieps')
export class DocumentsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: IepVersionsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':iepId/versions/:file')
  @Public()
  async version(@Param('iepId') iepId: string, @Param('file') file: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = /^(\d{1,6})\.pdf$/.exec(file);
    await this.send(req, res, iepId, match ? Number(match[1]) : null, 'IEP', lang);
  }

  @Get(':iepId/versions/:number/certificate.pdf')
  @Public()
  async certificate(@Param('iepId') iepId: string, @Param('number') number: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.send(req, res, iepId, /^\d{1,6}$/.test(number) ? Number(number) : null, 'CERTIFICATE', lang);
  }

  private async send(req: Request, res: Response, iepId: string, number: number | null, kind: DocumentKind, lang: string | undefined): Promise<void> {
    const user = (req as Request & { user?: AuthUser }).user;
    const meta = requestMeta(req);
    const operation = kind === 'IEP' ? 'downloadIepPdf' : 'downloadIepCertificatePdf';
    const language = errorLanguage(req.headers['accept-language']);
    if (!user) {
      await this.audit.recordDenial(undefined, meta, operation, 'UNAUTHENTICATED');
      res.status(401).json({ code: ErrorCode.Unauthenticated, message: unauthenticated().messageIn(language) });
      return;
    }
    let version;
    try {
      if (number === null) throw notFound('That version');
      version = await this.versions.visibleVersion(user, iepId, number, meta, operation);
    } catch (error) {
      if (error instanceof DomainError && [ErrorCode.NotFound, ErrorCode.Forbidden].includes(error.extensions.code as ErrorCode)) {
        res.status(404).json({ code: ErrorCode.NotFound, message: NO_DOCUMENT[language] });
        return;
      }
      throw error;
    }
    const locale: SignoffLocale = lang === 'en' || lang === 'es' ? lang : signoffLocale(user.locale);
    const pdf = await this.versions.renderDocument(version, kind, locale);
    const [{ studentId }]: Array<{ studentId: string }> = await this.dataSource.query(`SELECT student_id AS "studentId" FROM ieps WHERE id = $1`, [iepId]);
    await this.audit.record({
      event: AuditEvent.IepDocumentDownloaded, actorId: user.id, actorRole: user.role, studentId, iepId, ip: meta.ip, userAgent: meta.userAgent,
      data: { version: version.number, document: kind, locale },
    });
    const name = kind === 'IEP' ? `iep-${iepId}-v${version.number}.pdf` : `iep-${iepId}-v${version.number}-certificate.pdf`;
    res.status(200).set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    }).send(pdf);
  }
}
