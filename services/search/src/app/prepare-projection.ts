import type { EventBus } from '@cb/kit';
import type { SearchProjection } from './projection';

export type Preparation = 'rebuilt' | 'resumed';

/**
 * Decides, before the consumer starts, whether search can go on from where it was or must be
 * rebuilt from the event log:
 * - an empty store means nothing was taken in yet (or its file was deleted): replay everything;
 * - an empty index beside a store that has data means the index was lost: replay everything, so
 *   store and index are rebuilt together from the one source of truth;
 * - otherwise the index is checked against the store (it is written a moment later, so after a
 *   crash it can trail) and consumption resumes from the committed offsets.
 * An index that is empty because nothing is searchable yet is also rebuilt; that costs a replay of
 * a log that is small in such a young system, and saves keeping a second marker in step.
 */
export async function prepareProjection(projection: SearchProjection, bus: EventBus, groupId: string, topics: string[]): Promise<Preparation> {
  const storeEmpty = !(await projection.hasData());
  const indexEmpty = (await projection.index.count()) === 0;
  if (storeEmpty || indexEmpty) {
    await projection.reset();
    await bus.rewind(groupId, topics);
    return 'rebuilt';
  }
  await projection.reconcileIndex();
  return 'resumed';
}
