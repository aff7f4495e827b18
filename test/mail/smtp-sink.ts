import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { readMail, type ReadMail } from './eml';

export interface ReceivedMail {
  to: string[];
  messageId: string | undefined;
  raw: string;
}

/**
 * A real SMTP server (the `smtp-server` package) that keeps what it accepts, for tests. It can be
 * stopped and started again on the same port, as a mail server outage would look to the relay.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server?: SMTPServer;
  port = 0;

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1], raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The mails sent to `address`. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address.toLowerCase()) || m.to.includes(address));
  }

  /** The mails sent to `address`, read as the tests read `.eml` files (a harness Mailbox). */
  readonly mailTo = (address: string): ReadMail[] => this.to(address).map((m) => readMail(m.raw));
}
