import { generateQualityWorld, QUALITY_TODAY } from '../quality/dataset';
import { MIN_RECOMMENDATION_SCORE, goodEnoughToRecommend, levelCredit, meetsConstraints, scoreOnly, scoreMatch, scoreUpperBound } from '../../src/domain/matching';
import { MatchingPool, type PoolAssignment, type PoolStudent } from '../../src/domain/matching-pool';

/** The pool's shortcut (look only at pairs that can meet the minimum fit) must never change a ranking. */
describe('matching pool', () => {
  const world = generateQualityWorld(424242);
  const students: PoolStudent[] = world.students.map((s, i) => ({ id: s.studentId, level: s.level, skills: s.skills, preferences: s.preferences, discoverable: i % 4 !== 0 }));
  const assignments: PoolAssignment[] = world.assignments.map((a) => ({ ...a, id: a.assignmentId, placesLeft: a.places }));
  const pool = new MatchingPool();
  students.forEach((s) => pool.putStudent(s));
  assignments.forEach((a) => pool.putAssignment(a));

  const byScoreThenId = <T extends { id: string }>(xs: Array<{ item: T; score: number }>) => xs.map((x) => `${x.item.id}:${x.score}`);

  it.each([1, 5, 10, 50])('ranks assignments exactly as scoring every one would (limit %i)', (limit) => {
    for (const s of students) {
      const all = assignments
        .filter((a) => meetsConstraints(s, a, QUALITY_TODAY))
        .map((a) => ({ item: a, score: scoreOnly(s, a) }))
        .filter(({ item, score }) => goodEnoughToRecommend(s, item, score))
        .sort((x, y) => y.score - x.score || (y.item.publishedAt ?? '').localeCompare(x.item.publishedAt ?? '') || x.item.id.localeCompare(y.item.id))
        .slice(0, limit);
      expect(byScoreThenId(pool.rankAssignments(s, QUALITY_TODAY, limit))).toEqual(byScoreThenId(all));
    }
  });

  it.each([1, 5, 10, 50])('ranks discoverable candidates exactly as scoring every one would (limit %i)', (limit) => {
    for (const a of assignments) {
      const all = students
        .filter((s) => s.discoverable && meetsConstraints(s, a, QUALITY_TODAY))
        .map((s) => ({ item: s, score: scoreOnly(s, a) }))
        .filter(({ item, score }) => goodEnoughToRecommend(item, a, score))
        .sort((x, y) => y.score - x.score || x.item.id.localeCompare(y.item.id))
        .slice(0, limit);
      expect(byScoreThenId(pool.rankCandidates(a, QUALITY_TODAY, limit))).toEqual(byScoreThenId(all));
    }
  });

  it('never recommends a pair where the student holds none of the required skills, or that scores below the minimum', () => {
    const holdsOne = (s: PoolStudent, a: PoolAssignment) => a.requiredSkills.length === 0 || a.requiredSkills.some((r) => s.skills.some((k) => k.skillId === r.skillId));
    let recommended = 0;
    for (const s of students) {
      for (const { item, score } of pool.rankAssignments(s, QUALITY_TODAY, 50)) {
        recommended++;
        expect({ pair: `${s.id}→${item.id}`, holdsOne: holdsOne(s, item), atLeastMinimum: score >= MIN_RECOMMENDATION_SCORE }).toEqual({
          pair: `${s.id}→${item.id}`,
          holdsOne: true,
          atLeastMinimum: true,
        });
      }
    }
    for (const a of assignments) {
      for (const { item, score } of pool.rankCandidates(a, QUALITY_TODAY, 50)) {
        expect({ pair: `${a.id}→${item.id}`, holdsOne: holdsOne(item, a), atLeastMinimum: score >= MIN_RECOMMENDATION_SCORE }).toEqual({
          pair: `${a.id}→${item.id}`,
          holdsOne: true,
          atLeastMinimum: true,
        });
      }
    }
    // The rule must leave something to recommend in this world, or the checks above prove nothing.
    expect(recommended).toBeGreaterThan(students.length);
  });

  it('never scores a pair above the bound ranking stops by, and the bound is reached by some pair', () => {
    let reached = 0;
    for (const s of students.slice(0, 40)) {
      for (const a of assignments) {
        const held = a.requiredSkills.flatMap((r) => s.skills.filter((k) => k.skillId === r.skillId).map((k) => levelCredit(k.level, r.level)));
        const bound = scoreUpperBound(a, held.reduce((x, y) => x + y, 0), held.length);
        const score = scoreOnly(s, a);
        expect({ pair: `${s.id}→${a.id}`, withinBound: score <= bound }).toEqual({ pair: `${s.id}→${a.id}`, withinBound: true });
        if (bound - score < 5) reached++;
      }
    }
    // A bound far above every score would stop nothing early: it must be tight for some pairs.
    expect(reached).toBeGreaterThan(0);
  });

  it('scores without reasons exactly as with them', () => {
    for (const s of students.slice(0, 10)) for (const a of assignments) expect(scoreOnly(s, a)).toBe(scoreMatch(s, a, 'NL').score);
  });

  it('forgets removed and changed students and assignments', () => {
    const p = new MatchingPool();
    const s = students[1];
    const a = { ...assignments[0], requiredSkills: [{ skillId: s.skills[0].skillId, level: 1 }], levels: [s.level], placesLeft: 1 };
    p.putStudent({ ...s, preferences: { ...s.preferences, availableFrom: null, availableUntil: null } });
    p.putAssignment(a);
    expect(p.rankCandidates(a, QUALITY_TODAY, 5).map((r) => r.item.id)).toEqual([s.id]);
    p.putStudent({ ...s, discoverable: false });
    expect(p.rankCandidates(a, QUALITY_TODAY, 5)).toEqual([]);
    p.removeAssignment(a.id);
    expect(p.rankAssignments(s, QUALITY_TODAY, 5)).toEqual([]);
    p.removeStudent(s.id);
    expect(p.size).toEqual({ students: 0, assignments: 0 });
  });
});
