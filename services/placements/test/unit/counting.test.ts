import { amsterdamDate } from '@cb/contracts';
import { countTowardGoal, countsTowardGoal, judgePeriod, workMunicipality, type GoalFacts } from '../../src/domain/counting';
import type { PlacementSnapshot } from '../../src/domain/placement';
import { targetFor } from '../../src/progress/domain/targets';

let n = 0;
/** A placement of a final-phase bachelor student in Dordrecht that started on 1 March 2027. */
function placement(over: Partial<Omit<GoalFacts, 'snapshot'>> = {}, snapshot: Partial<PlacementSnapshot> = {}): GoalFacts {
  n++;
  return {
    id: `pla_${String(n).padStart(3, '0')}`,
    studentId: `stu_${n}`,
    status: 'ACTIVE',
    startDate: '2027-03-01',
    cancelledAfterStart: false,
    ...over,
    snapshot: {
      level: 'BACHELOR',
      studyYear: 3,
      institutionId: 'hogeschool-rotterdam',
      programmeId: 'hr-hbo-ict',
      municipality: 'dordrecht',
      sector: 'ICT',
      type: 'GRADUATION',
      ...snapshot,
    },
  };
}

const y2027 = { kind: 'CALENDAR', year: 2027 } as const;
const count = (placements: GoalFacts[], period: { kind: 'CALENDAR' | 'ACADEMIC'; year: number } = y2027) =>
  countTowardGoal(placements, period).count;

describe('what counts toward the goal (DESIGN.md §1)', () => {
  it('counts a final-phase bachelor student whose placement in the region started in the period', () => {
    const p = placement();
    expect(countsTowardGoal(p)).toBe(true);
    expect(count([p])).toBe(1);
  });

  describe('where: the work location', () => {
    it('counts a placement in any of the seven Drechtsteden municipalities', () => {
      const region = ['alblasserdam', 'dordrecht', 'hardinxveld-giessendam', 'hendrik-ido-ambacht', 'papendrecht', 'sliedrecht', 'zwijndrecht'];
      expect(count(region.map((municipality) => placement({}, { municipality })))).toBe(7);
    });

    it('does not count a placement outside the region', () => {
      expect(countsTowardGoal(placement({}, { municipality: 'rotterdam' }))).toBe(false);
      expect(count([placement({}, { municipality: 'rotterdam' }), placement({}, { municipality: 'unknown-place' })])).toBe(0);
    });

    it("places a fully remote assignment at the organisation's registered municipality", () => {
      expect(workMunicipality({ municipality: 'amsterdam', remote: true }, 'dordrecht')).toBe('dordrecht');
      expect(workMunicipality({ municipality: 'dordrecht', remote: true }, 'rotterdam')).toBe('rotterdam');
      expect(workMunicipality({ municipality: 'zwijndrecht', remote: false }, 'rotterdam')).toBe('zwijndrecht');
    });

    it('counts a remote assignment of an organisation registered in the region', () => {
      const municipality = workMunicipality({ municipality: 'utrecht', remote: true }, 'papendrecht');
      expect(countsTowardGoal(placement({}, { municipality }))).toBe(true);
    });
  });

  describe('study level and year: as snapshotted at confirmation', () => {
    it('reports AD students beside the count, never in it', () => {
      expect(countsTowardGoal(placement({}, { level: 'AD', studyYear: 3 }))).toBe(false);
    });

    it('does not count a bachelor student before the final phase (year 2)', () => {
      expect(countsTowardGoal(placement({}, { studyYear: 2 }))).toBe(false);
      expect(countsTowardGoal(placement({}, { studyYear: 4 }))).toBe(true);
    });
  });

  describe('started', () => {
    it('does not count a confirmed placement that has not started (that is the forecast)', () => {
      expect(countsTowardGoal(placement({ status: 'CONFIRMED', startDate: null }))).toBe(false);
    });

    it('counts a placement confirmed in one year in the year it started, not the year it was confirmed', () => {
      const p = placement({ startDate: '2028-01-15' });
      expect(count([p], { kind: 'CALENDAR', year: 2027 })).toBe(0);
      expect(count([p], { kind: 'CALENDAR', year: 2028 })).toBe(1);
    });

    it('counts a completed placement in the year it started', () => {
      expect(count([placement({ status: 'COMPLETED', startDate: '2027-02-01' })])).toBe(1);
    });
  });

  describe('time zone: period boundaries in Europe/Amsterdam', () => {
    it('puts a start date on 1 January in the new year and 31 December in the old', () => {
      expect(count([placement({ startDate: '2027-01-01' })], { kind: 'CALENDAR', year: 2027 })).toBe(1);
      expect(count([placement({ startDate: '2026-12-31' })], { kind: 'CALENDAR', year: 2027 })).toBe(0);
    });

    it('maps an instant to its Amsterdam date (winter and summer time)', () => {
      expect(amsterdamDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
      expect(amsterdamDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
      expect(amsterdamDate(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
      expect(amsterdamDate(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
    });

    it('switches to academic years (1 Sep – 31 Aug, named by their first year)', () => {
      const summer = placement({ startDate: '2027-08-31' });
      const autumn = placement({ startDate: '2027-09-01' });
      expect(count([summer, autumn], { kind: 'ACADEMIC', year: 2026 })).toBe(1);
      expect(count([summer, autumn], { kind: 'ACADEMIC', year: 2027 })).toBe(1);
      expect(count([summer, autumn], { kind: 'CALENDAR', year: 2027 })).toBe(2);
    });
  });

  describe('cancelled', () => {
    it('never counts a placement cancelled before it started', () => {
      expect(countsTowardGoal(placement({ status: 'CANCELLED', startDate: null, cancelledAfterStart: false }))).toBe(false);
    });

    it('still counts a placement cancelled after it started', () => {
      const p = placement({ status: 'CANCELLED', startDate: '2027-03-01', cancelledAfterStart: true });
      expect(countsTowardGoal(p)).toBe(true);
      expect(count([p])).toBe(1);
    });
  });

  describe('two qualifying placements in one period', () => {
    it('counts the student once, attributed to the placement that started first', () => {
      const later = placement({ studentId: 'stu_twice', startDate: '2027-09-01' }, { sector: 'HEALTHCARE' });
      const first = placement({ studentId: 'stu_twice', startDate: '2027-02-01' }, { sector: 'ICT' });
      const other = placement({ studentId: 'stu_other', startDate: '2027-05-01' });
      const result = countTowardGoal([later, first, other], y2027);
      expect(result.count).toBe(2);
      expect(result.counted.find((c) => c.studentId === 'stu_twice')!.placement).toBe(first);
    });

    it('attributes to the first qualifying one: a non-qualifying earlier placement does not take the credit', () => {
      const abroad = placement({ studentId: 'stu_x', startDate: '2027-01-10' }, { municipality: 'rotterdam' });
      const here = placement({ studentId: 'stu_x', startDate: '2027-04-01' });
      expect(countTowardGoal([abroad, here], y2027).counted).toEqual([{ studentId: 'stu_x', placement: here }]);
    });

    it('on the same start day attributes to the earlier confirmation, then the lower id, whatever the order given', () => {
      const confirmedLater = placement({ id: 'pla_a', studentId: 'stu_z', confirmedAt: '2027-01-20T09:00:00Z' }, { sector: 'ICT' });
      const confirmedFirst = placement({ id: 'pla_b', studentId: 'stu_z', confirmedAt: '2027-01-10T09:00:00Z' }, { sector: 'HEALTHCARE' });
      for (const order of [[confirmedLater, confirmedFirst], [confirmedFirst, confirmedLater]]) {
        expect(countTowardGoal(order, y2027).counted.map((c) => c.placement.id)).toEqual(['pla_b']);
      }
      const twin = placement({ id: 'pla_c', studentId: 'stu_z', confirmedAt: '2027-01-10T09:00:00Z' });
      expect(judgePeriod([twin, confirmedFirst], y2027).map((v) => [v.placement.id, v.reason, v.attributedTo])).toEqual([
        ['pla_b', null, null],
        ['pla_c', 'ALREADY_COUNTED', 'pla_b'],
      ]);
    });

    it('counts the student again in another period', () => {
      const a = placement({ studentId: 'stu_y', startDate: '2027-03-01' });
      const b = placement({ studentId: 'stu_y', startDate: '2028-03-01' });
      expect(count([a, b], { kind: 'CALENDAR', year: 2027 })).toBe(1);
      expect(count([a, b], { kind: 'CALENDAR', year: 2028 })).toBe(1);
    });
  });

  it('still counts an erased student: the snapshot is anonymous and stays', () => {
    const erased = placement({ studentId: 'stu_erased', status: 'COMPLETED' });
    expect(count([erased])).toBe(1);
  });
});

describe('targets', () => {
  it('ramps up to 1,500 students a year in 2028 and holds there', () => {
    expect([2024, 2025, 2026, 2027, 2028].map((y) => targetFor(y))).toEqual([600, 800, 1000, 1250, 1500]);
    expect(targetFor(2031)).toBe(1500);
    expect(targetFor(2028, 'ACADEMIC')).toBe(1500);
  });
});
