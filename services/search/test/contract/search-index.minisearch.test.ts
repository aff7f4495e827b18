import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMiniSearchIndex } from '@cb/kit';
import { JOB_SETTINGS, searchIndexContract, type Job } from './search-index.contract';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cb-search-index-'));
}

searchIndexContract('MiniSearch (embedded, JSON file)', () => {
  const dir = tempDir();
  const file = join(dir, 'index.json');
  return {
    open: () => openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file }),
    async reopen(index) {
      await index.close();
      return openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file });
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('MiniSearch index file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir, 'nested', 'search-index.json');
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  const doc = (id: string, title: string): Job => ({
    id,
    title,
    body: '',
    tags: [],
    sector: 'ICT',
    levels: ['BACHELOR'],
    city: 'dordrecht',
    places: 1,
    publishedAt: null,
  });

  it('writes a burst of changes together, shortly after it, and leaves no temporary file', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file, persistDelayMs: 30 });
    await index.upsert([doc('a', 'Eerste')]);
    await index.upsert([doc('b', 'Tweede')]);
    expect(existsSync(file)).toBe(false);
    await new Promise((r) => setTimeout(r, 150));
    expect(JSON.parse(readFileSync(file, 'utf8')).documents.map((d: Job) => d.id)).toEqual(['a', 'b']);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['search-index.json']);
    await index.close();
  });

  it('writes what is left on close', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file, persistDelayMs: 60_000 });
    await index.upsert([doc('a', 'Eerste')]);
    await index.close();
    const again = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file });
    expect(await again.get('a')).toEqual(doc('a', 'Eerste'));
    await again.close();
  });

  it('starts empty from a missing, empty or unreadable file instead of failing', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const content of [undefined, '', '{"format": 1, "documents": [', '{"format": 99, "documents": []}']) {
      if (content !== undefined) {
        await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file }).then((i) => i.upsert([doc('x', 'X')]).then(() => i.close()));
        writeFileSync(file, content);
      }
      const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS, file });
      expect(await index.count()).toBe(0);
      await index.close();
    }
  });

  it('keeps an index without a file in memory only', async () => {
    const index = await openMiniSearchIndex<Job>({ settings: JOB_SETTINGS });
    await index.upsert([doc('a', 'Eerste')]);
    await index.persist();
    expect((await index.search({ text: 'eerste', offset: 0, limit: 10 })).total).toBe(1);
    await index.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});
