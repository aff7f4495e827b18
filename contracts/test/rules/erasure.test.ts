import { erasureTombstoneKey } from '../../src';

describe('an erasure tombstone key (contracts/src/rules/erasure.ts)', () => {
  const id = '5f0c3c1e-8a4b-4d2e-9f1a-2b3c4d5e6f70';

  it('recognises the same id again, so a replayed event finds the tombstone', () => {
    expect(erasureTombstoneKey(id)).toBe(erasureTombstoneKey(id));
  });

  it('holds no trace of the id: a fixed-length hex digest, without the id or a part of it', () => {
    const key = erasureTombstoneKey(id);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    for (const part of id.split('-')) expect(key).not.toContain(part);
  });

  it('tells different ids apart', () => {
    expect(erasureTombstoneKey(id)).not.toBe(erasureTombstoneKey(`${id.slice(0, -1)}1`));
  });
});
