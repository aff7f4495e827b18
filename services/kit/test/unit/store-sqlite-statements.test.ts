import { SqliteStore } from '../../src/store/store.sqlite';

/** Statements are prepared once per SQL text and kept in a bounded cache (store.sqlite.ts). */
describe('the SQLite store with its statement cache', () => {
  it('answers right past the cache bound, when statements are evicted and prepared again', async () => {
    const store = new SqliteStore(':memory:');
    const seats = store.collection<{ id: string; n: number }>({ name: 'seats' });
    for (let n = 1; n <= 40; n++) await seats.insert({ id: `s${n}`, n });
    // One SQL text per list length and limit: 40 × 20 texts, more than the cache keeps.
    for (let length = 1; length <= 40; length++) {
      const ids = Array.from({ length }, (_, i) => `s${i + 1}`);
      for (let limit = 1; limit <= 20; limit++) {
        const found = await seats.find({ id: { in: ids } }, { limit, sort: { field: 'n', direction: 'asc' } });
        expect(found.map((s) => s.n)).toEqual(ids.slice(0, limit).map((_, i) => i + 1));
      }
    }
    // The statements prepared first were evicted; asked again, they still answer, also after writes.
    await seats.update({ ...(await seats.get('s1'))!, n: 100 });
    expect((await seats.find({ id: { in: ['s1'] } }, { limit: 1 }))[0]?.n).toBe(100);
    expect(await seats.count()).toBe(40);
    await store.close();
  });
});
