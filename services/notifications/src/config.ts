import { join } from 'node:path';
import { ConfigError, type Env } from '@cb/kit';
import { emlFileTransport, smtpTransport, type MailTransport } from './mail/transport';

/**
 * Where mail goes: SMTP when SMTP_URL is set; otherwise, in the embedded profile only, `.eml` files
 * under $CB_DATA_DIR/mail/. The distributed profile refuses to start without SMTP_URL: there is no
 * one data directory anyone would look in, and mail must not silently go nowhere.
 */
export function mailTransportFor(env: Env): MailTransport {
  if (env.SMTP_URL) return smtpTransport(env.SMTP_URL);
  if (env.CB_PROFILE === 'distributed') {
    throw new ConfigError(['SMTP_URL: required by the notifications service in the distributed profile, e.g. smtp://mail:587']);
  }
  return emlFileTransport(join(env.CB_DATA_DIR, 'mail'));
}
