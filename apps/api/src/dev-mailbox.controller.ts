import { Controller, Get, Header } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import type { AuthUser } from '@iep/api/core';

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The embedded default's mailbox: every message the product wrote, newest first, so a developer can
 * follow a password-reset or invitation link without a mail server. It holds live reset links, so it
 * exists only in development (`npm start`), never once SMTP is configured, and only for a signed-in
 * district administrator, who sees the mail of their own district's accounts only.
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
  async list(@CurrentUser() admin: AuthUser): Promise<string> {
    // Every address the product writes to has an account (an invitation creates one), so the account's
    // district says whose mail it is.
    const rows: Array<{ to_address: string; subject: string; text_body: string; created_at: Date; sent_at: Date | null }> =
      await this.dataSource.query(
        `SELECT e.to_address, e.subject, e.text_body, e.created_at, e.sent_at
           FROM outbound_emails e JOIN users u ON u.email = e.to_address
          WHERE u.district_id = $1
          ORDER BY e.created_at DESC, e.id LIMIT 100`,
        [admin.districtId],
      );
    const items = rows
      .map(
        (row) => `<article><h2>${escape(row.subject)}</h2><p>To ${escape(row.to_address)} · ${row.created_at.toISOString()} · ${row.sent_at ? 'delivered to .data/mail' : 'queued'}</p><pre>${escape(row.text_body)}</pre></article>`,
      )
      .join('\n');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev mailbox – IEP Team</title><style>body{font:16px system-ui;max-width:50rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}</style></head><body><main><h1>Dev mailbox</h1>${items || '<p>No messages yet.</p>'}</main></body></html>`;
  }
}
