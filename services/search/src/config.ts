import { join } from 'node:path';
import type { Env } from '@cb/kit';

/**
 * Where the assignment index lives: Meilisearch when MEILI_URL names a server, otherwise the
 * embedded index in a file under the data directory. The index is a projection that is rebuilt
 * from the event log whenever it is missing, so the distributed profile without Meilisearch (as on
 * a machine without Docker) still works, on an index kept by the one search process.
 */
export type IndexConfig =
  | { engine: 'embedded'; file: string }
  | { engine: 'meilisearch'; host: string; apiKey?: string; indexUid: string };

/** The search service's settings, from the environment the kit has already validated. */
export interface SearchConfig {
  profile: Env['CB_PROFILE'];
  index: IndexConfig;
}

export const MEILISEARCH_INDEX_UID = 'assignments';

export function searchConfig(env: Env): SearchConfig {
  return {
    profile: env.CB_PROFILE,
    index: env.MEILI_URL
      ? { engine: 'meilisearch', host: env.MEILI_URL, apiKey: env.MEILI_KEY, indexUid: MEILISEARCH_INDEX_UID }
      : { engine: 'embedded', file: join(env.CB_DATA_DIR, 'search-index.json') },
  };
}
