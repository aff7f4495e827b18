import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

/** The mail port: one method; it resolves only once the message is accepted (or written). */
export interface MailTransport {
  send(message: Mail.Options & { messageId: string }): Promise<void>;
  close(): void;
}

/** SMTP via nodemailer. One connection per message (no pool): a server that went away is simply reconnected next time. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    // nodemailer waits two minutes by default; a relay pass should fail fast and try again later.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

/**
 * The embedded profile without SMTP_URL: each message as an RFC 822 `.eml` file in `dir`, built by
 * nodemailer's stream transport. The file is named by the message id and written by rename, so a
 * re-sent message replaces itself instead of appearing twice, and no reader sees half a file.
 */
export function emlFileTransport(dir: string): MailTransport {
  mkdirSync(dir, { recursive: true });
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(message) {
      const info = await transporter.sendMail(message);
      const name = message.messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9._@-]/g, '_');
      const file = join(dir, `${name}.eml`);
      writeFileSync(`${file}.tmp`, info.message as Buffer);
      renameSync(`${file}.tmp`, file);
    },
    close: () => transporter.close(),
  };
}
