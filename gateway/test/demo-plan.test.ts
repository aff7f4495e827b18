import { INSTITUTIONS, SKILL_IDS, amsterdamDate, isInRegion } from '@cb/contracts';
import { findTitle } from '../src/demo/assignments';
import { DISCIPLINES, disciplineOf } from '../src/demo/people';
import { academicYearOf, demoPlan, periodsOf, type DemoPlan } from '../src/demo/plan';

/** Words that show up in English filler and never in Dutch prose. */
const ENGLISH = ['the', 'and', 'with', 'your', 'our', 'will', 'this', 'that', 'from', 'have', 'are', 'for', 'which', 'their', 'about', 'virtual', 'solutions', 'synergy', 'oriented', 'lorem', 'ipsum'];
/** Short Dutch function words that any Dutch paragraph of some length contains. */
const DUTCH = ['de', 'het', 'een', 'en', 'van', 'je', 'we', 'in', 'op', 'met'];
const words = (text: string) => text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
const DEGREES = /\b(ir|ing|drs|dr|mr|prof|bsc|msc|ba|ma|phd)\b\.?/i;

const NOW = new Date('2026-12-01T10:00:00Z');
const plan = demoPlan(NOW);

describe('the demo plan', () => {
  it('is the same for the same clock (a fixed seed)', () => {
    expect(JSON.stringify(demoPlan(NOW))).toBe(JSON.stringify(plan));
  });

  it('has 36 organisations, mostly in the Drechtsteden, with Dordtse Scheepswerf first', () => {
    expect(plan.organisations).toHaveLength(36);
    expect(plan.organisations[0].name).toBe('Dordtse Scheepswerf');
    expect(new Set(plan.organisations.map((o) => o.name)).size).toBe(36);
    const inRegion = plan.organisations.filter((o) => isInRegion(o.municipalityId)).length;
    expect(inRegion / plan.organisations.length).toBeGreaterThan(0.8);
  });

  it("lists each of the demo company's assignments once, by title", () => {
    const own = plan.assignments.filter((a) => a.organisation === 0).map((a) => a.input.title);
    expect(own).toContain('Walstroom in de haven van Dordrecht (project)');
    expect(new Set(own).size).toBe(own.length);
  });

  it('writes every description in Dutch: no lorem ipsum, no English filler', () => {
    const texts = [...plan.organisations.map((o) => o.description), ...plan.assignments.map((a) => a.input.description), ...plan.assignments.map((a) => a.input.title)];
    const english = texts.filter((text) => words(text).some((w) => ENGLISH.includes(w)));
    expect(english).toEqual([]);
    const descriptions = [...plan.organisations.map((o) => o.description), ...plan.assignments.map((a) => a.input.description)];
    const notDutch = descriptions.filter((text) => words(text).filter((w) => DUTCH.includes(w)).length < 3);
    expect(notDutch).toEqual([]);
  });

  it('names people by first and last name, without titles or degrees', () => {
    const names = [...plan.students.map((s) => s.name), ...plan.organisations.map((o) => o.contactName)];
    expect(names.filter((n) => DEGREES.test(n))).toEqual([]);
    expect(names.filter((n) => n.split(' ').length < 2)).toEqual([]);
  });

  it("takes every assignment's skills from its title's row of the table, and every skill from the vocabulary", () => {
    for (const a of plan.assignments) {
      const row = findTitle(a.title.title)!;
      expect(a.input.title.startsWith(row.title)).toBe(true);
      expect(a.input.requiredSkills.map((s) => s.skillId)).toEqual(row.required);
      expect(a.input.niceToHaveSkills.map((s) => s.skillId)).toEqual(row.niceToHave);
      expect(row.types).toContain(a.input.type);
    }
    const ids = plan.assignments.flatMap((a) => [...a.input.requiredSkills, ...a.input.niceToHaveSkills].map((s) => s.skillId));
    ids.push(...plan.students.flatMap((s) => s.skills.map((k) => k.skillId)));
    ids.push(...DISCIPLINES.flatMap((d) => [...d.core, ...d.extra]));
    expect(ids.filter((id) => !SKILL_IDS.has(id))).toEqual([]);
  });

  it('gives every programme a discipline, and every student skills of their own discipline', () => {
    const programmes = INSTITUTIONS.flatMap((i) => i.programmes);
    expect(programmes.filter((p) => !disciplineOf(p.id)).map((p) => p.id)).toEqual([]);
    for (const s of plan.students.slice(1)) {
      const d = disciplineOf(s.programmeId)!;
      expect(s.skills.some((k) => d.core.includes(k.skillId))).toBe(true);
      expect(s.preferences.sectors).toEqual(d.sectors);
    }
  });

  it('puts the periods around the given now: history, running work and open work in this and next academic year', () => {
    const today = amsterdamDate(NOW);
    const ay = academicYearOf(today);
    const a = plan.assignments.map((x) => x.input);
    const yearOf = (x: (typeof a)[number]) => academicYearOf(x.periodStart);
    expect(a.every((x) => [ay - 2, ay - 1, ay, ay + 1].includes(yearOf(x)))).toBe(true);
    expect(a.every((x) => periodsOf(x.type, yearOf(x)).some((p) => p.start === x.periodStart && p.end === x.periodEnd))).toBe(true);
    const running = a.filter((x) => x.periodStart <= today && x.periodEnd >= today);
    const ended = a.filter((x) => x.periodEnd < today);
    const open = plan.assignments.filter((x) => x.publishedAt && x.input.periodStart > today && (x.input.applicationDeadline ?? x.input.periodStart) > today);
    expect(running.length / a.length).toBeGreaterThan(0.1);
    expect(ended.length / a.length).toBeGreaterThan(0.2);
    expect(open.length / a.length).toBeGreaterThan(0.35);
    // Open work closes for applications before its period starts; most of it by a deadline.
    expect(open.filter((x) => x.input.applicationDeadline && x.input.applicationDeadline < x.input.periodStart).length / open.length).toBeGreaterThan(0.7);
    expect(plan.assignments.filter((x) => x.createdAt > NOW)).toEqual([]);
    expect(plan.steps.filter((s) => s.at > NOW)).toEqual([]);
  });

  it('moves with the clock: a year later every period is a year later', () => {
    const later = demoPlan(new Date('2027-12-01T10:00:00Z'));
    const shift = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
    expect(later.assignments.map((x) => x.input.periodStart)).toEqual(plan.assignments.map((x) => shift(x.input.periodStart)));
  });

  it('decides the academic year in Amsterdam: 31 August 23:30 there is still the old year', () => {
    const before = demoPlan(new Date('2026-08-31T21:30:00Z'));
    const after = demoPlan(new Date('2026-08-31T22:30:00Z'));
    expect(academicYearOf(before.today)).toBe(2025);
    expect(academicYearOf(after.today)).toBe(2026);
    expect(Math.min(...before.assignments.map((x) => academicYearOf(x.input.periodStart)))).toBe(2023);
    expect(Math.min(...after.assignments.map((x) => academicYearOf(x.input.periodStart)))).toBe(2024);
  });

  it("lets each application's steps happen in order, while its assignment still takes applications", () => {
    const byApplication = new Map<number, DemoPlan['steps']>();
    for (const s of plan.steps) byApplication.set(s.application, [...(byApplication.get(s.application) ?? []), s]);
    for (const [id, steps] of byApplication) {
      const a = plan.assignments[plan.applications[id].assignment];
      expect(steps[0].kind).toBe('apply');
      expect(steps[0].at.getTime()).toBeGreaterThan(a.publishedAt!.getTime());
      const closes = a.input.applicationDeadline ?? a.input.periodStart;
      for (const s of steps.filter((x) => x.kind !== 'start' && x.kind !== 'complete')) expect(amsterdamDate(s.at) <= closes).toBe(true);
      const times = steps.map((s) => s.at.getTime());
      expect(times).toEqual([...times].sort((x, y) => x - y));
    }
  });

  it('answers every offer within 14 days, the default answer-by date', () => {
    const offeredAt = new Map(plan.steps.filter((s) => s.kind === 'move' && s.to === 'OFFERED').map((s) => [s.application, s.at.getTime()]));
    const answers = plan.steps.filter((s) => s.kind === 'accept' || (s.kind === 'move' && s.to === 'DECLINED'));
    expect(answers.length).toBeGreaterThan(50);
    expect(answers.filter((s) => !(s.at.getTime() - offeredAt.get(s.application)! < 14 * 86_400_000))).toEqual([]);
  });

  it('gives the demo student good matches: open ICT work in the region whose required skills she holds', () => {
    const sanne = plan.students[0];
    const held = new Set(sanne.skills.map((s) => s.skillId));
    const today = amsterdamDate(NOW);
    const good = plan.assignments.filter(
      (a) =>
        a.publishedAt &&
        a.input.levels.includes(sanne.level) &&
        sanne.preferences.sectors.includes(a.input.sector) &&
        (a.input.applicationDeadline ?? a.input.periodStart) > today &&
        a.input.requiredSkills.every((s) => held.has(s.skillId) && sanne.skills.find((k) => k.skillId === s.skillId)!.level >= s.level),
    );
    expect(good.length).toBeGreaterThanOrEqual(3);
  });
});
