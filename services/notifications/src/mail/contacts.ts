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
}

export interface OwnerUrls {
  students: string;
  companies: string;
}

const FIELDS = { STUDENT: { url: 'students', field: '_studentContact' }, COMPANY: { url: 'companies', field: '_companyContact' } } as const;

/**
 * Asks the students or companies subgraph's internal-only contact field, with the internal key the
 * gateway's sign-in uses (`x-cb-internal`): no address ever travels in an event or is kept here.
 * `urls` is read per call because the embedded profile knows the subgraphs' ports only once they run.
 */
export function subgraphContacts(urls: () => OwnerUrls, internalKey: string): ContactDirectory {
  const directory: ContactDirectory = {
    async contactOf(owner) {
      const { url, field } = FIELDS[owner.kind];
      const response = await fetch(urls()[url], {
        method: 'POST',
        // The relay's own trace and request id: this call belongs to a mail, not to a client request.
        headers: { 'content-type': 'application/json', 'x-cb-internal': internalKey, 'x-request-id': randomUUID(), ...currentTraceHeaders() },
        body: JSON.stringify({ query: `query MailContact($id: ID!) { contact: ${field}(id: $id) { email language } }`, variables: { id: owner.id } }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await response.json()) as { data?: { contact: Contact | null }; errors?: unknown };
      if (!response.ok || body.errors) throw new Error(`the ${url} service did not answer ${field} (HTTP ${response.status})`);
      return body.data?.contact ?? null;
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
  };
  return directory;
}
