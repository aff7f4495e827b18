import { EventTypes } from '@cb/contracts';
import { asCompany, createWorld } from './world';

/** 12:00 in Amsterdam (CEST, UTC+2) on 1 July 2025, and its second birthday a minute apart. */
const CLOSED = '2025-07-01T10:00:00Z';
const A_MINUTE_BEFORE = '2027-07-01T09:59:00Z';
const TWO_YEARS = '2027-07-01T10:00:00Z';

describe('retention: motivations of applications closed over two years ago (Europe/Amsterdam)', () => {
  it('keeps the motivation until two years after the application closed, then blanks it once; open ones keep theirs', async () => {
    const w = createWorld('2025-06-20T10:00:00Z');
    const companyId = await w.company();
    const assignmentId = await w.assignment(companyId, { periodStart: '2025-09-01', periodEnd: '2026-01-31', publishedAt: '2025-06-01T09:00:00Z' });
    const rejected = await w.apply(await w.student(), assignmentId);
    const open = await w.apply(await w.student(), assignmentId);
    w.setNow(CLOSED);
    await w.applications.move(asCompany(companyId), rejected.id, 'REJECTED', 'Helaas, de plek is vergeven.');
    const motivation = async (id: string) => (await w.data.applications.get(id))!.motivation;

    w.setNow(A_MINUTE_BEFORE);
    expect(await w.motivationRetention.run()).toBe(0);
    expect(await motivation(rejected.id)).toBe('Ik wil graag in de Drechtsteden afstuderen.');

    w.setNow(TWO_YEARS);
    expect(await w.motivationRetention.run()).toBe(1);
    const after = (await w.data.applications.get(rejected.id))!;
    expect(after).toMatchObject({ status: 'REJECTED', motivation: '' });
    expect(after.history.map((h) => h.to)).toEqual(['SUBMITTED', 'REJECTED']);
    expect(await motivation(open.id)).toBe('Ik wil graag in de Drechtsteden afstuderen.');
    expect(await w.motivationRetention.run()).toBe(0);
  });

  it('forgets a removed organisation and its assignments (company.removed)', async () => {
    const w = createWorld();
    const removed = await w.company();
    const kept = await w.company();
    const draft = await w.assignment(removed, { status: 'DRAFT', publishedAt: null });
    const other = await w.assignment(kept);
    await w.deliver(EventTypes.companyRemoved, removed, { companyId: removed });
    expect(await w.data.companies.get(removed)).toBeUndefined();
    expect(await w.data.assignments.get(draft)).toBeUndefined();
    expect(await w.data.companies.get(kept)).toBeDefined();
    expect(await w.data.assignments.get(other)).toBeDefined();
  });
});
