import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '@iep/api/core';

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments: Array<{ filename: string; contentType: string; content: string; encoding?: 'base64' }>;
}

export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/**
 * SMTP when SMTP_URL is set (`noop://` discards every message). Without it (the embedded default) every message is written as an .eml
 * file under MAIL_DIR — and stays readable at /dev/mail — so nothing is silently dropped.
 */
export function createMailTransport(config: AppConfig): MailTransport {
  // noop:// discards every message: for load tests that measure everything up to the mail server.
  if (config.SMTP_URL === NOOP_SMTP_URL) return { send: async () => undefined };
  // Each stage of the SMTP conversation is bounded too, so an abandoned send closes its socket.
  const timeout = config.MAIL_SEND_TIMEOUT_MS;
  const transporter: Transporter = config.SMTP_URL
    ? nodemailer.createTransport({ url: config.SMTP_URL, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transporter.sendMail({
        from: config.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: message.attachments.map(({ filename, contentType, content, encoding }) => ({ filename, contentType, content, encoding })),
        messageId: `<${message.id}@iep-team.local>`,
      });
      if (!config.SMTP_URL) {
        await mkdir(config.MAIL_DIR, { recursive: true });
        await writeFile(join(config.MAIL_DIR, `${Date.now()}-${message.id}.eml`), info.message as Buffer);
      }
    },
  };
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
export const NOOP_SMTP_URL = 'noop://';
