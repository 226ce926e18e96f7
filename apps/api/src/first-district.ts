import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { createSecretToken } from '@iep/api/core';
import { STATE_RULE_PROFILES } from '@iep/domain';

/**
 * The one-time setup of a real installation: the district, its state rule profile and its first
 * administrator. Nobody ever types or reads that person's password: they get an e-mailed link to
 * choose one, as every account created by an administrator does.
 */
export interface FirstDistrictInput {
  district: string;
  state: string;
  adminEmail: string;
  adminName: string;
  locale: 'en' | 'es';
}

export interface FirstDistrictResult {
  districtId: string;
  adminUserId: string;
  /** The set-password link, also in the outbox; printed only when the operator asks for it. */
  link: string;
  emailId: string;
}

/** A refusal the operator can act on; the command prints its message, never a stack trace. */
export class BootstrapRefused extends Error {}

/** The set-password link of the first administrator stays valid this long: mail can sit unread for a weekend. */
const FIRST_ADMIN_LINK_DAYS = 7;

const USAGE = `usage: node dist/api/setup.mjs bootstrap --district "<name>" --state <${Object.keys(STATE_RULE_PROFILES).join('|')}> --admin-email <address> [--admin-name "<name>"] [--locale en|es] [--print-link]`;

export function parseBootstrapArgs(args: string[]): FirstDistrictInput & { printLink: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        district: { type: 'string' },
        state: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
        locale: { type: 'string', default: 'en' },
        'print-link': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BootstrapRefused(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const missing = ['district', 'state', 'admin-email'].filter((name) => !values[name as keyof typeof values]);
  if (missing.length) throw new BootstrapRefused(`Missing ${missing.map((m) => `--${m}`).join(', ')}.\n${USAGE}`);
  const state = values.state!.trim().toUpperCase();
  if (!Object.hasOwn(STATE_RULE_PROFILES, state)) {
    throw new BootstrapRefused(`There is no state rule profile "${values.state}"; known profiles: ${Object.keys(STATE_RULE_PROFILES).join(', ')}.`);
  }
  const adminEmail = values['admin-email']!.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(adminEmail)) throw new BootstrapRefused(`"${values['admin-email']}" is not an e-mail address.`);
  const district = values.district!.trim();
  if (!district) throw new BootstrapRefused(`--district needs the district's name.\n${USAGE}`);
  if (values.locale !== 'en' && values.locale !== 'es') throw new BootstrapRefused(`--locale is en or es, not "${values.locale}".`);
  return {
    district,
    state,
    adminEmail,
    adminName: values['admin-name']?.trim() || 'District administrator',
    locale: values.locale,
    printLink: values['print-link']!,
  };
}

function firstAdminEmail(locale: 'en' | 'es', name: string, district: string, link: string): { subject: string; text: string } {
  if (locale === 'es') {
    return {
      subject: 'Su cuenta de administración de IEP Team',
      text: [
        `Hola, ${name}:`,
        `Se creó IEP Team para ${district}, y usted es su primera persona administradora.`,
        `Para elegir su contraseña, abra este enlace en el plazo de ${FIRST_ADMIN_LINK_DAYS} días:`,
        link,
        'El enlace funciona una sola vez. Después podrá agregar escuelas, personal y familias, o importarlos de su sistema de información estudiantil.',
        'IEP Team',
      ].join('\n\n'),
    };
  }
  return {
    subject: 'Your IEP Team administrator account',
    text: [
      `Hello ${name},`,
      `IEP Team was set up for ${district}, and you are its first administrator.`,
      `To choose your password, open this link within ${FIRST_ADMIN_LINK_DAYS} days:`,
      link,
      'The link works once. Then you can add schools, staff and families, or import them from your student information system.',
      'IEP Team',
    ].join('\n\n'),
  };
}

/**
 * Creates the district and its first administrator in one transaction, or refuses when the database
 * already has a district: a second run would make a second, empty district beside the real one.
 * The table lock makes two runs at once refuse the later one instead of both succeeding.
 */
export async function bootstrapFirstDistrict(dataSource: DataSource, input: FirstDistrictInput, publicUrl: string): Promise<FirstDistrictResult> {
  const audit = new AuditService(dataSource);
  return dataSource.transaction(async (m) => {
    await m.query(`LOCK TABLE districts IN SHARE ROW EXCLUSIVE MODE`);
    const existing: Array<{ name: string }> = await m.query(`SELECT name FROM districts ORDER BY created_at LIMIT 1`);
    if (existing.length) {
      throw new BootstrapRefused(
        `Refused: this database is already set up (district "${existing[0].name}"). The bootstrap runs once. ` +
          'To add administrators, sign in as one and use District administration; if nobody can sign in, use "Forgot your password?" with an administrator\'s address.',
      );
    }
    const [taken]: Array<{ id: string }> = await m.query(`SELECT id FROM users WHERE email = $1`, [input.adminEmail]);
    if (taken) throw new BootstrapRefused(`Refused: an account with ${input.adminEmail} already exists.`);
    const [{ id: districtId }]: [{ id: string }] = await m.query(
      `INSERT INTO districts (name, state_code) VALUES ($1, $2) RETURNING id`,
      [input.district, input.state],
    );
    const [{ id: adminUserId }]: [{ id: string }] = await m.query(
      `INSERT INTO users (district_id, email, display_name, role, locale) VALUES ($1, $2, $3, 'DISTRICT_ADMIN', $4) RETURNING id`,
      [districtId, input.adminEmail, input.adminName, input.locale],
    );
    const { token, hash } = createSecretToken();
    const [{ id: tokenId }]: [{ id: string }] = await m.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING id`,
      [adminUserId, hash, FIRST_ADMIN_LINK_DAYS],
    );
    const link = `${publicUrl.replace(/\/+$/, '')}/reset-password?token=${token}`;
    const content = firstAdminEmail(input.locale, input.adminName, input.district, link);
    // The worker's outbox sweep sends it; the API may not be running yet.
    const [{ id: emailId }]: [{ id: string }] = await m.query(
      `INSERT INTO outbound_emails (dedupe_key, to_address, subject, text_body) VALUES ($1, $2, $3, $4) RETURNING id`,
      [`first-admin:${tokenId}`, input.adminEmail, content.subject, content.text],
    );
    await audit.record(
      {
        event: AuditEvent.DistrictBootstrapped, actorId: null, actorRole: null, ip: null, userAgent: 'setup bootstrap',
        data: { districtId, name: input.district, stateCode: input.state, adminUserId, adminEmail: input.adminEmail },
      },
      m,
    );
    return { districtId, adminUserId, link, emailId };
  });
}
