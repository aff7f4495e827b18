import { join } from 'node:path';
import type { Env } from '@cb/kit';

/** The search service's settings, from the environment the kit has already validated. */
export interface SearchConfig {
  profile: Env['CB_PROFILE'];
  /** Embedded profile: where the assignment index is kept. */
  indexFile: string;
}

export function searchConfig(env: Env): SearchConfig {
  return { profile: env.CB_PROFILE, indexFile: join(env.CB_DATA_DIR, 'search-index.json') };
}
