import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An RFC 822 message as the tests read it: its headers with folded lines joined, and its text decoded. */
export interface ReadMail {
  to: string;
  subject: string;
  messageId: string;
  /** The plain-text part, quoted-printable undone, so links can be read from it. */
  text: string;
}

const header = (headers: string, name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';

export function readMail(raw: string): ReadMail {
  const [head] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const decoded = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return { to: header(headers, 'To'), subject: header(headers, 'Subject'), messageId: header(headers, 'Message-ID'), text: decoded };
}

/** Every `.eml` file of the embedded profile's mail directory. */
export function mailIn(dir: string): ReadMail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readMail(readFileSync(join(dir, f), 'utf8')));
}

/** Password-reset and verification mails carry the owner's mail id (`acm_…`) as their Message-ID. */
export const isAccountMail = (mail: { messageId?: string }) => Boolean(mail.messageId?.startsWith('<acm_'));

/** The token of the one link to `page` in the mail (`/reset-password` or `/verify-email`). */
export function tokenIn(mail: ReadMail, page: '/reset-password' | '/verify-email'): string {
  const match = new RegExp(`${page}\\?token=([A-Za-z0-9_.%-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${page} link in the mail "${mail.subject}"`);
  return decodeURIComponent(match[1]);
}
