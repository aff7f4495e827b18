import { seed } from '@cb/gateway';
import { Topics } from '@cb/contracts';
import { STAFF, eventually, startTestMarketplace, type TestMarketplace } from './harness';

const PROGRESS = `query($y: Int, $p: PeriodKind) { placementProgress(year: $y, period: $p) {
  count bySector { key count } byMunicipality { key count } byInstitution { key count } byType { key count } } }`;
const AUDIT = `query($y: Int, $p: PeriodKind, $page: Int) { progressAudit(year: $y, period: $p) {
  total counted rows(page: $page, pageSize: 100) { sector type municipality institutionId countsTowardGoal } } }`;

type Row = { sector: string; type: string; municipality: string; institutionId: string; countsTowardGoal: boolean };
type Breakdown = Array<{ key: string; count: number }>;

/**
 * The number the city reports, checked against the list behind it on the demo data that
 * `npm start` seeds (this year and last year, with starts in both): for every period kind and year,
 * the counted rows of progressAudit make placementProgress.count and each of its breakdowns.
 */
describe('the audit list on the demo data', () => {
  let m: TestMarketplace;
  let staff: string;
  beforeAll(async () => {
    m = await startTestMarketplace();
    await seed(m.marketplace);
    // Every seeded event handled by placements, so that the count and the list read one state.
    for (const service of Object.values(m.marketplace.services)) await service.flushOutbox();
    await eventually(async () => (await m.marketplace.runtime.bus.lag('placements', Object.values(Topics))) === 0, 'placements to handle the seeded events', 60_000);
    staff = await m.signIn(STAFF.email, STAFF.password);
  }, 180_000);
  afterAll(async () => {
    await m?.stop();
  });

  const thisYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));
  const cases = ['CALENDAR', 'ACADEMIC'].flatMap((period) => [thisYear - 2, thisYear - 1, thisYear].map((year) => [period, year] as const));

  it.each(cases)('%s %i: the counted rows make the count and every breakdown', async (period, year) => {
    const rows: Row[] = [];
    let total = 0;
    for (let page = 1; page === 1 || rows.length < total; page++) {
      const { progressAudit } = await m.ok<{ progressAudit: { total: number; rows: Row[] } }>(AUDIT, { y: year, p: period, page }, staff);
      total = progressAudit.total;
      if (progressAudit.rows.length === 0) break;
      rows.push(...progressAudit.rows);
    }
    expect(rows).toHaveLength(total);
    const { placementProgress: p } = await m.ok<{ placementProgress: Record<string, Breakdown> & { count: number } }>(PROGRESS, { y: year, p: period }, staff);
    const counted = rows.filter((r) => r.countsTowardGoal);
    console.log(`audit ${period} ${year}: ${rows.length} placements started, ${counted.length} counted, count ${p.count}`);
    expect(counted).toHaveLength(p.count);
    const tally = (key: keyof Row) => Object.entries(counted.reduce<Record<string, number>>((c, r) => ({ ...c, [String(r[key])]: (c[String(r[key])] ?? 0) + 1 }), {})).sort();
    const nonZero = (list: Breakdown) => list.filter((b) => b.count > 0).map((b) => [b.key, b.count]).sort();
    expect(tally('sector')).toEqual(nonZero(p.bySector));
    expect(tally('municipality')).toEqual(nonZero(p.byMunicipality));
    expect(tally('institutionId')).toEqual(nonZero(p.byInstitution));
    expect(tally('type')).toEqual(nonZero(p.byType));
  });

  it('has placements that count in the demo data, so the sums above are not trivially zero', async () => {
    const { placementProgress: p } = await m.ok<{ placementProgress: { count: number } }>(PROGRESS, { y: thisYear, p: 'CALENDAR' }, staff);
    expect(p.count).toBeGreaterThan(0);
  });
});
