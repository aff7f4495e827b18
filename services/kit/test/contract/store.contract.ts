import { DuplicateKeyError, StaleWriteError } from '../../src/errors';
import { newEvent } from '../../src/events/envelope';
import type { Doc, Store } from '../../src/store/port';

interface Seat extends Doc {
  assignmentId: string;
  seatNo: number | string;
  status: string;
  note?: string;
}

const SEATS = { name: 'seats', indexes: [{ fields: ['assignmentId', 'seatNo'], unique: true }, { fields: ['status'] }] };
const erased = (id: string) => newEvent('/test', 'nl.careerboost.student.erased.v1', id, { studentId: id });

/**
 * The store port's contract, written once and run against every adapter that can be had here
 * (SQLite always; MongoDB/FerretDB where the distributed suite provisions it).
 */
export function storeContract(name: string, open: () => Promise<Store>) {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      await store.clear();
    });
    afterEach(async () => {
      await store.close();
    });

    it('inserts, reads back and counts documents, with version 1', async () => {
      const seats = store.collection<Seat>(SEATS);
      await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED' });
      expect(await seats.get('p1')).toEqual({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED', version: 1 });
      expect(await seats.get('nope')).toBeUndefined();
      expect(await seats.count({ assignmentId: 'a1' })).toBe(1);
    });

    it('finds by equality, by membership and with sort and limit', async () => {
      const seats = store.collection<Seat>(SEATS);
      for (let i = 1; i <= 5; i++) await seats.insert({ id: `p${i}`, assignmentId: i % 2 ? 'odd' : 'even', seatNo: i, status: i < 3 ? 'A' : 'B' });
      expect((await seats.find({ assignmentId: 'odd' })).map((s) => s.id).sort()).toEqual(['p1', 'p3', 'p5']);
      expect((await seats.find({ status: { in: ['A'] } })).map((s) => s.id).sort()).toEqual(['p1', 'p2']);
      expect((await seats.find({ status: { in: [] } })).length).toBe(0);
      const top = await seats.find({}, { sort: { field: 'seatNo', direction: 'desc' }, limit: 2 });
      expect(top.map((s) => s.id)).toEqual(['p5', 'p4']);
    });

    it('finds many by id at once (the batched reads of a page), skipping ids it does not hold', async () => {
      const seats = store.collection<Seat>(SEATS);
      for (let i = 1; i <= 5; i++) await seats.insert({ id: `p${i}`, assignmentId: 'a1', seatNo: i, status: 'A' });
      expect((await seats.find({ id: { in: ['p4', 'p1', 'nope', 'p4'] } })).map((s) => s.id).sort()).toEqual(['p1', 'p4']);
      expect(await seats.find({ id: { in: [] } })).toEqual([]);
      expect((await seats.find({ id: { in: ['p2', 'p3'] }, seatNo: 3 })).map((s) => s.id)).toEqual(['p3']);
    });

    it('refuses a second document with the same unique key and names the index', async () => {
      const seats = store.collection<Seat>(SEATS);
      await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED' });
      await expect(seats.insert({ id: 'p2', assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED' })).rejects.toMatchObject({
        name: 'DuplicateKeyError',
        index: 'assignmentId+seatNo',
      });
      await expect(seats.insert({ id: 'p1', assignmentId: 'a9', seatNo: 9, status: 'X' })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await seats.count()).toBe(1);
    });

    it('lets exactly one of many concurrent inserts take a unique seat', async () => {
      const seats = store.collection<Seat>(SEATS);
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => seats.insert({ id: `p${i}`, assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED' })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await seats.count({ assignmentId: 'a1' })).toBe(1);
    });

    it('updates only from the version it read (optimistic concurrency)', async () => {
      const seats = store.collection<Seat>(SEATS);
      const first = await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED' });
      const second = await seats.update({ ...first, status: 'ACTIVE' });
      expect(second.version).toBe(2);
      await expect(seats.update({ ...first, status: 'CANCELLED' })).rejects.toBeInstanceOf(StaleWriteError);
      expect((await seats.get('p1'))?.status).toBe('ACTIVE');
    });

    it('lets exactly one of many concurrent updates from one version win', async () => {
      const seats = store.collection<Seat>(SEATS);
      const first = await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED' });
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => seats.update({ ...first, status: `S${i}` })));
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(won).toHaveLength(1);
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(lost).toHaveLength(9);
      for (const reason of lost) expect(reason).toBeInstanceOf(StaleWriteError);
      expect(await seats.get('p1')).toMatchObject({ status: won[0].status, version: 2 });
    });

    it('loses no event and no change while the relay works on the same document', async () => {
      const seats = store.collection<Seat>(SEATS);
      let doc = await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: '0' }, { events: [erased('e0')] });
      const relayed: string[] = [];
      let writing = true;
      const relay = (async () => {
        for (;;) {
          const batch = await store.pendingOutbox(100);
          if (batch.length === 0 && !writing) return;
          await store.markRelayed(batch);
          relayed.push(...batch.map((e) => JSON.parse(e.event).subject));
          await new Promise((r) => setTimeout(r, 1));
        }
      })();
      for (let i = 1; i <= 20; i++) doc = await seats.update({ ...doc, status: String(i) }, { events: [erased(`e${i}`)] });
      writing = false;
      await relay;
      expect(relayed).toEqual(Array.from({ length: 21 }, (_, i) => `e${i}`));
      expect(await seats.get('p1')).toMatchObject({ status: '20', version: 21 });
    });

    it('writes outbox events with the change, and none when the change fails', async () => {
      const seats = store.collection<Seat>(SEATS);
      await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED' }, { events: [erased('s1')] });
      await expect(
        seats.insert({ id: 'p2', assignmentId: 'a1', seatNo: 1, status: 'CONFIRMED' }, { events: [erased('s2')] }),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      const pending = await store.pendingOutbox(10);
      expect(pending.map((e) => JSON.parse(e.event).subject)).toEqual(['s1']);
      await store.markRelayed(pending);
      expect(await store.pendingOutbox(10)).toEqual([]);
    });

    it('counts the events waiting in the outbox (the backlog /metrics reports)', async () => {
      const seats = store.collection<Seat>(SEATS);
      await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'A' }, { events: [erased('s1'), erased('s2')] });
      await seats.insert({ id: 'p2', assignmentId: 'a1', seatNo: 2, status: 'A' }, { events: [erased('s3')] });
      expect(await store.outboxBacklog()).toBe(3);
      await store.markRelayed(await store.pendingOutbox(2));
      expect(await store.outboxBacklog()).toBe(1);
    });

    it('keeps outbox order across updates and deletes', async () => {
      const seats = store.collection<Seat>(SEATS);
      const doc = await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'A' }, { events: [erased('e1')] });
      await seats.update({ ...doc, status: 'B' }, { events: [erased('e2')] });
      expect(await seats.delete('p1', { events: [erased('e3')] })).toBe(true);
      expect(await seats.delete('p1')).toBe(false);
      const pending = await store.pendingOutbox(10);
      expect(pending.map((e) => JSON.parse(e.event).subject)).toEqual(['e1', 'e2', 'e3']);
    });

    it('deletes with events through a tombstone that no read ever returns', async () => {
      const seats = store.collection<Seat>(SEATS);
      await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'A' });
      await seats.insert({ id: 'p2', assignmentId: 'a1', seatNo: 2, status: 'A' });
      expect(await seats.delete('p1', { events: [erased('gone')] })).toBe(true);
      // The event still waits for the relay; the document is gone for every read.
      expect(await seats.get('p1')).toBeUndefined();
      expect((await seats.find()).map((s) => s.id)).toEqual(['p2']);
      expect((await seats.find({ assignmentId: 'a1' }, { sort: { field: 'seatNo', direction: 'asc' } })).map((s) => s.id)).toEqual(['p2']);
      expect((await seats.find({ status: { in: ['A'] } })).map((s) => s.id)).toEqual(['p2']);
      expect(await seats.count()).toBe(1);
      expect(await seats.count({ assignmentId: 'a1' })).toBe(1);
      expect(await seats.delete('p1')).toBe(false);
      await expect(seats.update({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'B', version: 1 })).rejects.toBeInstanceOf(StaleWriteError);
      // The freed seat can be taken at once, and the id used again.
      await seats.insert({ id: 'p3', assignmentId: 'a1', seatNo: 1, status: 'A' });
      await seats.insert({ id: 'p1', assignmentId: 'a2', seatNo: 1, status: 'A' }, { events: [erased('back')] });
      expect(await seats.get('p1')).toEqual({ id: 'p1', assignmentId: 'a2', seatNo: 1, status: 'A', version: 1 });
      const pending = await store.pendingOutbox(10);
      expect(pending.map((e) => JSON.parse(e.event).subject)).toEqual(['gone', 'back']);
      await store.markRelayed(pending);
      expect(await store.pendingOutbox(10)).toEqual([]);
      expect((await seats.find({}, { sort: { field: 'id', direction: 'asc' } })).map((s) => s.id)).toEqual(['p1', 'p2', 'p3']);
    });

    it('forgets a deleted document once its events are relayed, and keeps events a plain delete left behind', async () => {
      const seats = store.collection<Seat>(SEATS);
      await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'A' }, { events: [erased('made')] });
      expect(await seats.delete('p1')).toBe(true);
      expect(await seats.get('p1')).toBeUndefined();
      expect(await seats.count()).toBe(0);
      const pending = await store.pendingOutbox(10);
      expect(pending.map((e) => JSON.parse(e.event).subject)).toEqual(['made']);
      await store.markRelayed(pending);
      expect(await store.pendingOutbox(10)).toEqual([]);
      expect(await seats.get('p1')).toBeUndefined();
      expect(await seats.delete('p1')).toBe(false);
      expect((await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'A' })).version).toBe(1);
      expect(await store.pendingOutbox(10)).toEqual([]);
    });

    it('round-trips booleans, numbers, nulls and nested values, and drops fields a write leaves out', async () => {
      interface Thing extends Doc {
        flag: boolean;
        n: number;
        ratio: number;
        maybe: string | null;
        nested: { list: Array<number | string>; deep: { ok: boolean } };
        note?: string;
      }
      const things = store.collection<Thing>({ name: 'things', indexes: [{ fields: ['flag'] }] });
      const thing: Thing = { id: 't1', flag: false, n: 42, ratio: 0.25, maybe: null, nested: { list: [1, 'two'], deep: { ok: true } }, note: 'x' };
      await things.insert(thing);
      expect(await things.get('t1')).toEqual({ ...thing, version: 1 });
      expect((await things.find({ flag: false })).map((t) => t.id)).toEqual(['t1']);
      expect(await things.count({ flag: true })).toBe(0);
      expect(await things.count({ maybe: null })).toBe(1);
      const { note: _dropped, ...withoutNote } = thing;
      await things.update({ ...withoutNote, flag: true, version: 1 });
      const updated = await things.get('t1');
      expect(updated).toEqual({ ...withoutNote, flag: true, version: 2 });
      expect(updated && 'note' in updated).toBe(false);
      await things.put({ ...withoutNote, n: 7, note: 'y', version: 5 });
      await things.put({ ...withoutNote, n: 8, version: 6 });
      expect(await things.get('t1')).toEqual({ ...withoutNote, n: 8, version: 6 });
    });

    it('keeps events still waiting in the outbox when a document is put over', async () => {
      const seats = store.collection<Seat>(SEATS);
      await seats.insert({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'A' }, { events: [erased('e1')] });
      await seats.put({ id: 'p1', assignmentId: 'a1', seatNo: 1, status: 'B' });
      expect((await seats.get('p1'))?.status).toBe('B');
      expect((await store.pendingOutbox(10)).map((e) => JSON.parse(e.event).subject)).toEqual(['e1']);
    });

    it('puts read-model documents last-writer-wins', async () => {
      const seats = store.collection<Seat>(SEATS);
      await seats.put({ id: 'r1', assignmentId: 'a1', seatNo: 1, status: 'A' });
      await seats.put({ id: 'r1', assignmentId: 'a1', seatNo: 1, status: 'B' });
      expect((await seats.get('r1'))?.status).toBe('B');
    });

    it('remembers handled event ids (the inbox)', async () => {
      expect(await store.hasHandled('ev-1')).toBe(false);
      await store.markHandled('ev-1');
      await store.markHandled('ev-1');
      expect(await store.hasHandled('ev-1')).toBe(true);
    });

    it('clears everything but the collections it is told to keep, and forgets handled ids', async () => {
      const CHOICES = { name: 'choices' };
      const seats = store.collection<Seat>(SEATS);
      const choices = store.collection<Seat>(CHOICES);
      await seats.put({ id: 's1', assignmentId: 'a1', seatNo: 1, status: 'A' });
      await choices.put({ id: 'c1', assignmentId: 'a1', seatNo: 1, status: 'KEEP' });
      await store.markHandled('ev-1');
      await store.clear({ keep: [CHOICES] });
      expect(await seats.count()).toBe(0);
      expect(await choices.get('c1')).toMatchObject({ id: 'c1', status: 'KEEP' });
      expect(await store.hasHandled('ev-1')).toBe(false);
      await store.clear();
      expect(await choices.count()).toBe(0);
    });
  });
}
