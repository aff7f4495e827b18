import type { Collection } from '@cb/kit';
import { isNewer, type View } from '../domain/read-models';

/**
 * How every facts event updates its view: the view built from the event replaces the stored one,
 * unless the stored one came from a later event (events of one aggregate may arrive out of order or again).
 */
export async function putIfNewer<V extends View>(views: Collection<V>, view: V): Promise<void> {
  if (!isNewer(await views.get(view.id), view.asOf)) return;
  await views.put(view);
}
