import { randomUUID } from 'node:crypto';
import type { Language } from '@cb/contracts';
import { currentTraceHeaders, logger } from '@cb/kit';
import type { Owner } from '../domain/notification';

/** Where a person's mail goes and the language they read, from the owning service; null when it has none. */
export interface Contact {
  email: string;
  language: Language;
}
export interface ContactDirectory {
  contactOf(owner: Owner): Promise<Contact | null>;
  /** For texts shown in the app: the owner's language, Dutch when the owner cannot be asked now. */
  languageOf(owner: Owner): Promise<Language>;
  /** An account mail's address and link, from its owner; null when the link was used or expired. */
  accountMail(owner: Owner, mailId: string): Promise<AccountMail | null>;
}

export interface AccountMail {
  email: string;
  token: string;
  purpose: 'PASSWORD_RESET' | 'VERIFY_EMAIL';
  language: Language;
}

export interface OwnerUrls {
  students: string;
  companies: string;
}

const FIELDS = {
  STUDENT: { url: 'students', field: '_studentContact', mail: '_studentAccountMail' },
  COMPANY: { url: 'companies', field: '_companyContact', mail: '_companyAccountMail' },
} as const;

/**
 * Asks the students or companies subgraph's internal-only contact field, with the internal key the
 * gateway's sign-in uses (`x-cb-internal`): no address ever travels in an event or is kept here.
 * `urls` is read per call because the embedded profile knows the subgraphs' ports only once they run.
 */
export function subgraphContacts(urls: () => OwnerUrls, internalKey: string): ContactDirectory {
  async function ask<T>(owner: Owner, field: string, query: string, variables: Record<string, string>): Promise<T | null> {
    const { url } = FIELDS[owner.kind];
    const response = await fetch(urls()[url], {
      method: 'POST',
      // The relay's own trace and request id: this call belongs to a mail, not to a client request.
      headers: { 'content-type': 'application/json', 'x-cb-internal': internalKey, 'x-request-id': randomUUID(), ...currentTraceHeaders() },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: { answer: T | null }; errors?: unknown };
    if (!response.ok || body.errors) throw new Error(`the ${url} service did not answer ${field} (HTTP ${response.status})`);
    return body.data?.answer ?? null;
  }
  const directory: ContactDirectory = {
    contactOf(owner) {
      const { field } = FIELDS[owner.kind];
      return ask<Contact>(owner, field, `query MailContact($id: ID!) { answer: ${field}(id: $id) { email language } }`, { id: owner.id });
    },
    async languageOf(owner) {
      try {
        return (await directory.contactOf(owner))?.language ?? 'NL';
      } catch (err) {
        // The inbox stays readable while the owner's service is away; only the language falls back.
        logger.warn({ owner: owner.kind, reason: err instanceof Error ? err.message : String(err) }, 'language not known; showing Dutch');
        return 'NL';
      }
    },
    accountMail(owner, mailId) {
      const { mail } = FIELDS[owner.kind];
      return ask<AccountMail>(owner, mail, `mutation AccountMail($id: ID!) { answer: ${mail}(mailId: $id) { email token purpose language } }`, { id: mailId });
    },
  };
  return directory;
}
