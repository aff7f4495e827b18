import { EventTypes, erasureTombstoneKey } from '@cb/contracts';
import { StudentErasure } from '../../src/app/erasure';
import { createWorld, type World } from './world';

describe('erasing a student in placements', () => {
  let w: World;
  beforeEach(() => {
    w = createWorld();
  });
  afterEach(() => w.store.close());

  it('keeps a tombstone without the raw id, and a replayed registration does not bring the student back', async () => {
    const studentId = await w.student();
    const registered = w.studentFacts(studentId);
    await new StudentErasure(w.data).erase(studentId);

    const tombstones = await w.data.erased.find();
    expect(tombstones.map((t) => t.id)).toEqual([erasureTombstoneKey(studentId)]);
    expect(JSON.stringify(tombstones)).not.toContain(studentId);

    await w.deliver(EventTypes.studentRegistered, studentId, registered);
    expect(await w.data.students.get(studentId)).toBeUndefined();
  });
});
