import { SqliteStore, type Collection, type Doc, type Store } from '@cb/kit';
import { STAFF, asStudent, createWorld } from './world';

/** A real SQLite store that counts every collection operation, by collection. */
function countingStore() {
  const inner = new SqliteStore(':memory:');
  const ops = new Map<string, number>();
  const store: Store = Object.create(inner) as Store;
  store.collection = <T extends Doc>(spec: { name: string }) => {
    const c = inner.collection<T>(spec);
    const counted = <K extends keyof Collection<T>>(key: K) =>
      ((...args: unknown[]) => {
        ops.set(spec.name, (ops.get(spec.name) ?? 0) + 1);
        return (c[key] as (...a: unknown[]) => unknown)(...args);
      }) as Collection<T>[K];
    return {
      get: counted('get'),
      find: counted('find'),
      count: counted('count'),
      insert: counted('insert'),
      update: counted('update'),
      put: counted('put'),
      delete: counted('delete'),
    };
  };
  const take = () => {
    const all = Object.fromEntries(ops);
    ops.clear();
    const total = Object.values(all).reduce((n, v) => n + v, 0);
    const progress = Object.entries(all).reduce((n, [name, v]) => n + (name.startsWith('progress_') ? v : 0), 0);
    return { total, progress, byCollection: all };
  };
  return { store, take };
}

/**
 * Store operations of one acceptOffer: in the request, and when its events come back over the
 * bus. Prints the figures (a measurement, not a speed goal); asserts that the dashboard shows the
 * placement right after the request and that the bus delivery leaves it as it was.
 */
describe('store operations per acceptOffer', () => {
  it('are printed for the request and the bus delivery; the dashboard counts the placement after each', async () => {
    const { store, take } = countingStore();
    const w = createWorld('2027-01-15T10:00:00Z', { store });
    const companyId = await w.company();
    const assignmentId = await w.assignment(companyId);
    const { studentId, applicationId } = await w.offered(companyId, assignmentId);
    for (const event of await w.drainOutbox()) await w.deliverEnvelope(event);
    take();

    await w.placements.acceptOffer(asStudent(studentId), applicationId);
    const request = take();
    const confirmed = async () => (await w.progress.progress(STAFF, 2027)).funnel.placements;
    expect(await confirmed()).toBe(1);
    take();

    for (const event of await w.drainOutbox()) await w.deliverEnvelope(event);
    const bus = take();
    expect(await confirmed()).toBe(1);

    console.log(
      [
        'store operations per acceptOffer',
        `  in the request:         ${request.total} (progress read model: ${request.progress})`,
        `  bus delivery of events: ${bus.total} (progress read model: ${bus.progress})`,
        `  request by collection:  ${JSON.stringify(request.byCollection)}`,
        `  bus by collection:      ${JSON.stringify(bus.byCollection)}`,
      ].join('\n'),
    );
    await w.store.close();
  });
});
