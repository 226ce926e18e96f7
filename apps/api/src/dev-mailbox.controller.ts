import { Controller, Get, Header } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Permission, RequirePermission } from '@iep/api/access';

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The embedded default's mailbox: every message the product wrote, newest first, so a developer can
 * follow a password-reset or invitation link without a mail server. It holds live reset links, so it
 * exists only in development (`npm start`), never once SMTP is configured, and only for a signed-in
 * district administrator: anyone else on the network gets nothing from it.
 */
@Controller('dev/mail')
export class DevMailboxController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @RequirePermission(Permission.ManageDistrict)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async list(): Promise<string> {
    const rows: Array<{ to_address: string; subject: string; text_body: string; created_at: Date; sent_at: Date | null }> =
      await this.dataSource.query(
        `SELECT to_address, subject, text_body, created_at, sent_at FROM outbound_emails ORDER BY created_at DESC, id LIMIT 100`,
      );
    const items = rows
      .map(
        (row) => `<article><h2>${escape(row.subject)}</h2><p>To ${escape(row.to_address)} · ${row.created_at.toISOString()} · ${row.sent_at ? 'delivered to .data/mail' : 'queued'}</p><pre>${escape(row.text_body)}</pre></article>`,
      )
      .join('\n');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev mailbox – IEP Team</title><style>body{font:16px system-ui;max-width:50rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}</style></head><body><main><h1>Dev mailbox</h1>${items || '<p>No messages yet.</p>'}</main></body></html>`;
  }
}
