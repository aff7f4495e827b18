import { EventTypes, type AssignmentType, type StudyLevel } from '@cb/contracts';
import { DomainError, seededRandom, type EventEnvelope } from '@cb/kit';
import type { Application } from '../../src/domain/application';
import { amsterdamDate, lastDayToApply } from '@cb/contracts';
import { countTowardGoal } from '../../src/domain/counting';
import type { Placement } from '../../src/domain/placement';
import { EARLY_START_TOLERANCE_DAYS } from '../../src/domain/placement';
import { PERIOD_KINDS, addDays, closedPeriodsOf, type GoalPeriod } from '../../src/domain/periods';
import { summarizePeriod, wasOffered, type PeriodFigures } from '../../src/progress/domain/progress';
import { goalFactsOf } from '../../src/progress/app/projection';
import { STAFF, asCompany, asStudent, createWorld, type World } from './world';

/** A small seeded generator (mulberry32), so a failing history can be run again by its seed. */
const generator = seededRandom;

const MUNICIPALITIES = ['dordrecht', 'zwijndrecht', 'papendrecht', 'sliedrecht', 'rotterdam', 'breda'];
const SECTORS = ['ICT', 'ENGINEERING', 'HEALTHCARE', 'LOGISTICS'];
const TYPES: AssignmentType[] = ['PROJECT', 'INTERNSHIP', 'GRADUATION'];
const INSTITUTIONS = ['hogeschool-rotterdam', 'avans-hogeschool', 'tu-delft'];
/** Start dates that sit on the edges of calendar and academic years, and some ordinary ones. */
const EDGE_DAYS = ['12-31', '01-01', '08-31', '09-01', '03-15', '06-30', '11-02'];

/** The figures recounted from the stored placements and applications: the source of truth. */
async function recount(w: World, period: GoalPeriod): Promise<PeriodFigures> {
  const applications = await w.data.applications.find();
  const submitted = new Map(applications.map((a) => [a.id, amsterdamDate(new Date(a.submittedAt))]));
  const placements = (await w.data.placements.find()).map((p) => goalFactsOf(p, submitted.get(p.applicationId) ?? null));
  const funnel = applications.map((a) => ({ id: a.id, submittedOn: submitted.get(a.id)!, offered: wasOffered(a.history) }));
  return summarizePeriod(period, placements, funnel);
}

/**
 * A random history of the marketplace through the use cases. The progress read model hears of it
 * only through the service's own events (no read-your-writes shortcut), delivered the way an
 * at-least-once bus may: late, in any order, twice, and all over again in a replay.
 */
async function randomHistory(seed: number) {
  const random = generator(seed);
  const w = createWorld('2026-01-05T09:00:00Z', { readYourWrites: false });
  let now = Date.parse('2026-01-05T09:00:00Z');
  const everything: EventEnvelope[] = [];
  const waiting: EventEnvelope[] = [];

  const companies: string[] = [];
  for (let i = 0; i < 4; i++) companies.push(await w.company({ municipality: random.pick(MUNICIPALITIES) }));
  const assignments: Array<{ id: string; companyId: string }> = [];
  for (let i = 0; i < 8; i++) {
    const companyId = random.pick(companies);
    const start = `${random.int(2026, 2028)}-${random.pick(['02-01', '09-01', '01-01', '08-31'])}`;
    const id = await w.assignment(companyId, {
      municipality: random.pick(MUNICIPALITIES),
      remote: random.chance(0.2),
      sector: random.pick(SECTORS),
      type: random.pick(TYPES),
      levels: ['AD', 'BACHELOR'],
      places: random.int(1, 3),
      periodStart: start,
      periodEnd: '2029-12-31',
    });
    assignments.push({ id, companyId });
  }
  const students: string[] = [];
  for (let i = 0; i < 10; i++) {
    students.push(
      await w.student({
        level: random.pick<StudyLevel>(['AD', 'BACHELOR', 'BACHELOR', 'BACHELOR']),
        studyYear: random.int(1, 5),
        institutionId: random.pick(INSTITUTIONS),
      }),
    );
  }

  const applications = () => w.data.applications.find();
  const placements = () => w.data.placements.find();
  const companyOf = (a: Application | Placement) => asCompany(a.companyId);
  // A history runs 160 steps of up to 12 days: with the start-date rules (a date between the confirmation and today),
  // applications only before the period starts and offers that lapse, longer steps left too few placements;
  // 70 steps too seldom reached a start that was later cancelled.
  const startOne = async () => {
    const p = random.pick((await placements()).filter((x) => x.status === 'CONFIRMED'));
    if (!p) return;
    // A start date the rules allow (on an edge day where possible), or now and then one they refuse.
    const today = amsterdamDate(new Date(now));
    const periodStart = (await w.data.assignments.get(p.assignmentId))!.periodStart;
    const earliest = [amsterdamDate(new Date(p.confirmedAt)), addDays(periodStart, -EARLY_START_TOLERANCE_DAYS)].sort().at(-1)!;
    const allowed = [2026, 2027, 2028].flatMap((y) => EDGE_DAYS.map((d) => `${y}-${d}`)).filter((d) => d >= earliest && d <= today);
    const date = random.chance(0.2) ? null : random.chance(0.1) ? `${random.int(2026, 2028)}-${random.pick(EDGE_DAYS)}` : (random.pick(allowed) ?? today);
    // A start in a closed period is a staff correction.
    if (date && closedPeriodsOf(date, today).length > 0) await w.placements.start(STAFF, p.id, date, 'Correctie: te laat doorgegeven.');
    else await w.placements.start(companyOf(p), p.id, date);
  };
  const ops: Array<() => Promise<unknown>> = [
    async () => w.apply(random.pick(students), random.pick(assignments).id),
    async () => w.apply(random.pick(students), random.pick(assignments).id),
    async () => {
      const a = random.pick(await applications());
      if (!a) return;
      // Offers give the student until the last day to apply (the longest allowed); an offer made
      // after the close must be answered the same day, so half the offers are accepted at once:
      // in steps of up to 20 days most would lapse first, and few placements would be made.
      const lastDay = lastDayToApply((await w.data.assignments.get(a.assignmentId))!);
      const answerBy = lastDay >= amsterdamDate(w.now()) ? lastDay : undefined;
      const moved = await w.applications.move(companyOf(a), a.id, random.pick(['IN_REVIEW', 'INTERVIEW', 'OFFERED', 'OFFERED', 'REJECTED']), 'Bedankt.', answerBy);
      if (moved.status === 'OFFERED' && random.chance(0.5)) await w.placements.acceptOffer(asStudent(a.studentId), a.id);
    },
    async () => {
      const a = random.pick((await applications()).filter((x) => x.status === 'OFFERED'));
      if (a) await w.placements.acceptOffer(asStudent(a.studentId), a.id);
    },
    async () => {
      const a = random.pick(await applications());
      if (a) await w.applications.move(asStudent(a.studentId), a.id, random.pick(['WITHDRAWN', 'DECLINED']), null);
    },
    startOne,
    async () => {
      const p = random.pick((await placements()).filter((x) => x.status === 'ACTIVE'));
      if (p) await w.placements.complete(STAFF, p.id, null); // today: a completion is never in the future
    },
    async () => {
      const p = random.pick(await placements());
      if (p) await w.placements.cancel(STAFF, p.id, 'Geannuleerd.');
    },
    async () => {
      const id = random.pick(students);
      await w.deliver(EventTypes.studentProfileUpdated, id, w.studentFacts(id, { studyYear: random.int(1, 5), level: random.pick<StudyLevel>(['AD', 'BACHELOR']) }));
    },
    async () => {
      if (random.chance(0.3)) {
        const id = random.pick(students);
        await w.deliver(EventTypes.studentErased, id, { studentId: id });
      }
    },
  ];

  const deliver = async (events: EventEnvelope[]) => {
    for (const e of events) await w.deliverEnvelope(e);
  };

  for (let step = 0; step < 160; step++) {
    now += random.int(0, 12) * 86_400_000 + random.int(0, 86_399) * 1000;
    w.setNow(new Date(now).toISOString());
    try {
      await random.pick(ops)();
    } catch (err) {
      if (!(err instanceof DomainError)) throw err; // a refused move is part of a random history
    }
    const produced = await w.drainOutbox();
    everything.push(...produced);
    waiting.push(...produced);
    if (random.chance(0.4)) {
      // Some of what waits arrives, in any order; some of it twice.
      random.shuffle(waiting);
      const arriving = waiting.splice(0, random.int(0, waiting.length));
      await deliver(arriving.flatMap((e) => (random.chance(0.2) ? [e, e] : [e])));
    }
    if (random.chance(0.2) && everything.length > 0) await deliver([random.pick(everything)]); // a late redelivery
    if (random.chance(0.15)) await w.projection.figures({ kind: random.pick(PERIOD_KINDS), year: random.int(2025, 2029) });
  }
  await deliver(random.shuffle(waiting));
  return { w, everything, random, deliver };
}

const PERIODS: GoalPeriod[] = PERIOD_KINDS.flatMap((kind) => [2025, 2026, 2027, 2028, 2029].map((year) => ({ kind, year })));

async function expectReadModelEqualsRecount(w: World) {
  const stored = await w.data.placements.find();
  for (const period of PERIODS) {
    const figures = await w.projection.figures(period);
    expect({ period, figures }).toEqual({ period, figures: await recount(w, period) });
    // And the count itself straight from the rule, without the read model's entries.
    expect(figures.count).toBe(countTowardGoal(stored, period).count);
    for (const counts of [figures.bySector, figures.byMunicipality, figures.byInstitution, figures.byType, figures.byLevel]) {
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(figures.count);
    }
    await expectAuditAddsUp(w, period, figures);
  }
}

/** The staff audit list of a period: its counted rows are the count, and tallied per breakdown they are each breakdown. */
async function expectAuditAddsUp(w: World, period: GoalPeriod, figures: PeriodFigures) {
  const audit = await w.audit.audit(STAFF, { year: period.year, period: period.kind });
  const counted = audit.rows.filter((r) => r.countsTowardGoal);
  const tally = (key: 'sector' | 'municipality' | 'institutionId' | 'type') =>
    counted.reduce<Record<string, number>>((counts, r) => ({ ...counts, [r[key]]: (counts[r[key]] ?? 0) + 1 }), {});
  expect({ period, counted: counted.length, total: audit.counted }).toEqual({ period, counted: figures.count, total: figures.count });
  expect({ period, bySector: tally('sector'), byMunicipality: tally('municipality'), byInstitution: tally('institutionId'), byType: tally('type') }).toEqual({
    period,
    bySector: figures.bySector,
    byMunicipality: figures.byMunicipality,
    byInstitution: figures.byInstitution,
    byType: figures.byType,
  });
  // Every row that does not count says why; a later placement of a counted student names the one it was attributed to.
  const countedIds = new Set(counted.map((r) => r.placementId));
  for (const r of audit.rows.filter((row) => !row.countsTowardGoal)) expect(r.notCountedReason).not.toBeNull();
  for (const r of audit.rows.filter((row) => row.notCountedReason === 'ALREADY_COUNTED')) expect(countedIds.has(r.attributedTo!)).toBe(true);
}

describe('the progress read model, kept by events, equals a recount from the stored placements', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => 1000 + i * 7919);

  it.each(seeds)('after a random history delivered out of order with duplicates (seed %i)', async (seed) => {
    const { w } = await randomHistory(seed);
    try {
      await expectReadModelEqualsRecount(w);
    } finally {
      await w.store.close();
    }
  });

  it.each(seeds.slice(0, 8))('and after the whole log is replayed, in order and then shuffled (seed %i)', async (seed) => {
    const { w, everything, random, deliver } = await randomHistory(seed);
    try {
      await deliver(everything);
      await expectReadModelEqualsRecount(w);
      await deliver(random.shuffle([...everything]));
      await expectReadModelEqualsRecount(w);
    } finally {
      await w.store.close();
    }
  });

  it('is the same when rebuilt from the stored placements instead of the events', async () => {
    const { w } = await randomHistory(42);
    try {
      const before = await Promise.all(PERIODS.map((p) => w.projection.figures(p)));
      for (const e of await w.progressData.goalEntries.find()) await w.progressData.goalEntries.delete(e.id);
      for (const e of await w.progressData.funnelEntries.find()) await w.progressData.funnelEntries.delete(e.id);
      expect(await w.projection.rebuildIfEmpty()).toBe(true);
      expect(await Promise.all(PERIODS.map((p) => w.projection.figures(p)))).toEqual(before);
      expect(await w.projection.rebuildIfEmpty()).toBe(false);
    } finally {
      await w.store.close();
    }
  });

  it('finishes a delivery that failed half-way (entry written, periods not marked) when the event comes again', async () => {
    const w = createWorld('2027-01-15T10:00:00Z', { readYourWrites: false });
    try {
      const companyId = await w.company();
      const studentId = await w.student();
      const application = await w.apply(studentId, await w.assignment(companyId));
      await w.applications.move(asCompany(companyId), application.id, 'OFFERED', null);
      const placement = await w.placements.acceptOffer(asStudent(studentId), application.id);
      for (const e of await w.drainOutbox()) await w.deliverEnvelope(e);
      const period = { kind: 'CALENDAR', year: 2027 } as const;
      expect((await w.projection.figures(period)).count).toBe(0);

      await w.startOn(asCompany(companyId), placement.id, '2027-02-01');
      const [started] = await w.drainOutbox();
      const figures = w.progressData.periodFigures as { update: typeof w.progressData.periodFigures.update };
      const update = figures.update;
      figures.update = async () => {
        throw new Error('disk I/O error');
      };
      await expect(w.deliverEnvelope(started)).rejects.toThrow('disk I/O error');
      figures.update = update;
      expect((await w.progressData.goalEntries.get(placement.id))!.startDate).toBe('2027-02-01'); // the entry got written…
      expect((await w.projection.figures(period)).count).toBe(0); // …but its period was not marked

      await w.deliverEnvelope(started); // the bus delivers it again: it did not commit the offset
      expect((await w.projection.figures(period)).count).toBe(1);
      expect(await w.projection.figures(period)).toEqual(await recount(w, period));
    } finally {
      await w.store.close();
    }
  });

  it('keeps what the request applied when the bus brings the events back, and adds the funnel (read-your-writes on)', async () => {
    const w = createWorld('2027-01-15T10:00:00Z');
    try {
      const companyId = await w.company();
      for (let i = 0; i < 3; i++) {
        const studentId = await w.student();
        const application = await w.apply(studentId, await w.assignment(companyId));
        await w.applications.move(asCompany(companyId), application.id, 'OFFERED', null);
        const placement = await w.placements.acceptOffer(asStudent(studentId), application.id);
        if (i > 0) await w.startOn(asCompany(companyId), placement.id, `2027-0${i + 1}-01`);
      }
      const period = { kind: 'CALENDAR', year: 2027 } as const;
      // In the request: the placement events (the count); the funnel's applications wait for the bus.
      const before = await w.projection.figures(period);
      expect(before).toMatchObject({ count: 2, pending: 1, funnel: { applications: 0, offers: 0, placements: 3 } });
      for (const e of await w.drainOutbox()) await w.deliverEnvelope(e);
      const after = await w.projection.figures(period);
      expect(after).toMatchObject({ count: 2, pending: 1, funnel: { applications: 3, offers: 3, placements: 3 } });
      expect({ ...after, funnel: undefined }).toEqual({ ...before, funnel: undefined });
      expect(after).toEqual(await recount(w, period));
    } finally {
      await w.store.close();
    }
  });

  it('produces histories worth checking: starts, cancellations, AD students and completions occur', async () => {
    const seen = { counted: 0, cancelledAfterStart: 0, ad: 0, nonFinal: 0, pending: 0, completed: 0, offers: 0 };
    for (const seed of seeds) {
      const { w } = await randomHistory(seed);
      for (const period of PERIODS.filter((p) => p.kind === 'CALENDAR')) {
        const f = await w.projection.figures(period);
        seen.counted += f.count;
        seen.cancelledAfterStart += f.beside.cancelledAfterStart;
        seen.ad += f.beside.adStudents;
        seen.nonFinal += f.beside.nonFinalPhaseStudents;
        seen.pending += f.pending;
        seen.completed += f.funnel.completed;
        seen.offers += f.funnel.offers;
      }
      await w.store.close();
    }
    for (const [what, n] of Object.entries(seen)) expect({ what, n: n > 0 }).toEqual({ what, n: true });
  });
});
