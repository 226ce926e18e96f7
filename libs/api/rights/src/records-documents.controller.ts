import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@iep/api/access';
import { AuditService } from '@iep/api/audit';
import { DomainError, errorLanguage, ErrorCode, requestMeta, unauthenticated, type AuthUser } from '@iep/api/core';
import { RecordsRequestsService } from './records-requests.service';

/** Slices small enough that one download never holds the event loop while it is written out. */
const CHUNK = 64 * 1024;

/**
 * The records export as a ZIP: a plain GET with the session cookie so that the browser downloads it with a link.
 * The rights-holding parent's download is the delivery; every download and refusal is audited by the service.
 */
@Controller('documents/records-requests')
export class RecordsDocumentsController {
  constructor(
    private readonly requests: RecordsRequestsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':file')
  @Public()
  async download(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = (req as Request & { user?: AuthUser }).user;
    const meta = requestMeta(req);
    const language = errorLanguage(req.headers['accept-language']);
    if (!user) {
      await this.audit.recordDenial(undefined, meta, 'downloadRecordsExport', 'UNAUTHENTICATED');
      res.status(401).json({ code: ErrorCode.Unauthenticated, message: unauthenticated().messageIn(language) });
      return;
    }
    const id = /^([0-9a-f-]{36})\.zip$/i.exec(file)?.[1] ?? '';
    let zip;
    try {
      zip = await this.requests.download(user, id, meta);
    } catch (error) {
      if (error instanceof DomainError) {
        const code = error.extensions.code as ErrorCode;
        const status = code === ErrorCode.Conflict ? 409 : 404;
        res.status(status).json({ code: status === 409 ? code : ErrorCode.NotFound, message: error.messageIn(language) });
        return;
      }
      throw error;
    }
    res.status(200).set({
      'Content-Type': 'application/zip',
      'Content-Length': String(zip.content.length),
      'Content-Disposition': `attachment; filename="${zip.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // The family can check the download against the digest the district recorded.
      'Digest': `sha-256=${Buffer.from(zip.sha256, 'hex').toString('base64')}`,
    });
    for (let offset = 0; offset < zip.content.length; offset += CHUNK) {
      if (!res.write(zip.content.subarray(offset, offset + CHUNK))) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  }
}
