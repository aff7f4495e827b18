import { randomUUID } from 'node:crypto';
import { filterExpression, meilisearchSettings, openMeilisearchIndex, segmentsOf } from '@cb/kit/src/search/search-index.meilisearch';
import { JOB_SETTINGS, searchIndexContract, type Job } from './search-index.contract';

/**
 * The Meilisearch adapter against the shared contract, when a server can be had: set MEILI_URL
 * (and MEILI_KEY if it has a master key), e.g. MEILI_URL=http://127.0.0.1:7700. Each test works in
 * an index of its own and deletes it afterwards.
 */
const MEILI_URL = process.env.MEILI_URL;
const SKIP_REASON = 'skipped: MEILI_URL is not set, and no Meilisearch server can be had on this machine (no Docker, no download)';

if (MEILI_URL) {
  searchIndexContract(`Meilisearch at ${MEILI_URL}`, () => {
    const indexUid = `contract_${randomUUID().replaceAll('-', '')}`;
    const open = () => openMeilisearchIndex<Job>({ settings: JOB_SETTINGS, host: MEILI_URL, apiKey: process.env.MEILI_KEY, indexUid });
    return {
      open,
      async reopen(index) {
        await index.close();
        return open();
      },
      async cleanup() {
        await fetch(`${MEILI_URL}/indexes/${indexUid}`, { method: 'DELETE', headers: process.env.MEILI_KEY ? { authorization: `Bearer ${process.env.MEILI_KEY}` } : {} });
      },
    };
  });
} else {
  console.info(`SearchIndex contract: Meilisearch — ${SKIP_REASON}`);
  describe.skip(`SearchIndex contract: Meilisearch — ${SKIP_REASON}`, () => {
    it('passes the shared SearchIndex contract suite', () => undefined);
  });
}

/** The adapter's translation to Meilisearch, which needs no server. */
describe('Meilisearch adapter, translation', () => {
  it('turns value lists into IN expressions, quoting strings and escaping quotes', () => {
    expect(filterExpression('sector', ['ICT', 'HEALTHCARE'])).toBe('sector IN ["ICT", "HEALTHCARE"]');
    expect(filterExpression('places', [2, 3])).toBe('places IN [2, 3]');
    expect(filterExpression('remote', [true])).toBe('remote IN [true]');
    expect(filterExpression('title', ['say "hi" \\ bye'])).toBe('title IN ["say \\"hi\\" \\\\ bye"]');
    expect(filterExpression('sector', [])).toBeUndefined();
  });

  it('turns ranges into comparisons, leaving out open ends', () => {
    expect(filterExpression('hours', { gte: 16, lte: 32 })).toBe('hours >= 16 AND hours <= 32');
    expect(filterExpression('day', { lte: 20270101 })).toBe('day <= 20270101');
    expect(filterExpression('day', {})).toBeUndefined();
  });

  it('orders searchable attributes by boost and puts sort before relevance', () => {
    const settings = meilisearchSettings(JOB_SETTINGS);
    expect(settings.searchableAttributes).toEqual(['title', 'tags', 'body']);
    expect(settings.filterableAttributes).toEqual(JOB_SETTINGS.filterable);
    expect(settings.rankingRules?.[0]).toBe('sort');
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
  });

  it('reads highlights from _formatted, list fields joined, and nothing when nothing matched', () => {
    expect(segmentsOf('\u0002Java\u0003Script and \u0002more\u0003')).toEqual([
      { text: 'Java', match: true },
      { text: 'Script and ', match: false },
      { text: 'more', match: true },
    ]);
    expect(segmentsOf(['Zorg', '\u0002Wondzorg\u0003'])).toEqual([
      { text: 'Zorg, ', match: false },
      { text: 'Wondzorg', match: true },
    ]);
    expect(segmentsOf('no match here')).toBeUndefined();
    expect(segmentsOf(null)).toBeUndefined();
  });
});
