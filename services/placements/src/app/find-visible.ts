import { Reasons } from '@cb/contracts';
import { forbidden, unauthenticated, type Collection, type Doc, type Viewer } from '@cb/kit';
import { maySee, type Parties } from '../domain/visibility';

/**
 * An application or placement if the viewer may see it (domain/visibility.ts: its student, its
 * organisation or staff), null if there is none; FORBIDDEN for someone else's.
 */
export async function findVisible<T extends Doc & Parties>(viewer: Viewer | undefined, records: Collection<T>, id: string, what: 'application' | 'placement'): Promise<T | null> {
  if (!viewer) throw unauthenticated(`Sign in to see ${what}s.`);
  const record = await records.get(id);
  if (!record) return null;
  if (!maySee(viewer, record)) throw forbidden(Reasons.NOT_YOURS, `You may not see this ${what}: it is not yours or your organisation's.`);
  return record;
}
