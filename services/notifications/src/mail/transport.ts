import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

/** The mail port: one method; it resolves only once the message is accepted (or written). */
export interface MailTransport {
  send(message: Mail.Options & { messageId: string }): Promise<void>;
  /** Erasure: drops whatever copies of these messages the transport itself keeps. */
  forget(messageIds: string[]): void;
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
    // Mail handed to an SMTP server has left the marketplace; we keep no copy.
    forget: () => undefined,
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
  const fileOf = (messageId: string) => join(dir, `${messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9._@-]/g, '_')}.eml`);
  return {
    async send(message) {
      const info = await transporter.sendMail(message);
      const file = fileOf(message.messageId);
      writeFileSync(`${file}.tmp`, info.message as Buffer);
      renameSync(`${file}.tmp`, file);
    },
    // These files are the marketplace's own copy (there is no mail server): they go with the person.
    forget: (messageIds) => messageIds.forEach((id) => rmSync(fileOf(id), { force: true })),
    close: () => transporter.close(),
  };
}
