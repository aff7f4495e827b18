import { skillById, type AssignmentFacts, type SkillCategory, type StudentFacts } from '@cb/contracts';

/**
 * The coordinator's judgement, as test/quality/GUIDELINES.md writes it down, encoded rule by rule.
 *
 * Written separately from the scorer (src/domain/matching.ts) and on purpose in its own terms:
 * categories and a grade table rather than weights and sums. It imports nothing from src/, so
 * tuning the scorer can never move a label. The labels in test/quality/labels.json were produced
 * by this file (see write-labels.ts) before the scorer was tuned.
 */
export type Grade = 0 | 1 | 2 | 3;
export type SkillsFit = 'strong' | 'partial' | 'weak' | 'none';

export interface Judgement {
  grade: Grade;
  /** Why, in the guidelines' words: for reading the labels and the hand check. */
  why: string;
}

const DAY = 86_400_000;
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

/** §2: related either way round, as the vocabulary lists them. */
function related(a: string, b: string): boolean {
  return (skillById(a)?.related.includes(b) ?? false) || (skillById(b)?.related.includes(a) ?? false);
}

/** The field of an assignment's sector, as skill categories name fields. */
const FIELD_OF_SECTOR: Record<string, SkillCategory> = {
  ICT: 'ICT',
  ENGINEERING: 'ENGINEERING',
  MANUFACTURING: 'ENGINEERING',
  MARITIME: 'ENGINEERING',
  ENERGY: 'ENGINEERING',
  HEALTHCARE: 'HEALTHCARE',
  LOGISTICS: 'LOGISTICS',
  CONSTRUCTION: 'CONSTRUCTION',
  EDUCATION: 'EDUCATION',
  GOVERNMENT: 'GENERAL',
  BUSINESS_SERVICES: 'GENERAL',
};

/** §1: the reasons the placement cannot happen; none means it can. */
export function blockers(student: StudentFacts, assignment: AssignmentFacts, today: string): string[] {
  const out: string[] = [];
  if (!assignment.levels.includes(student.level)) out.push('not open to the study level');
  if (assignment.applicationDeadline !== null && assignment.applicationDeadline < today) out.push('deadline passed');
  if (assignment.periodEnd < today) out.push('period over');
  if (availableShare(student, assignment) === 0) out.push('not available in the period');
  return out;
}

/** Share of the assignment's period the student is available; 1 when they said nothing. */
function availableShare(student: StudentFacts, assignment: AssignmentFacts): number {
  const { availableFrom, availableUntil } = student.preferences;
  if (availableFrom === null && availableUntil === null) return 1;
  const start = day(assignment.periodStart);
  const end = day(assignment.periodEnd);
  const from = Math.max(start, availableFrom ? day(availableFrom) : -Infinity);
  const until = Math.min(end, availableUntil ? day(availableUntil) : Infinity);
  return Math.max(0, until - from + 1) / (end - start + 1);
}

/** §2. */
export function skillsFit(student: StudentFacts, assignment: AssignmentFacts): SkillsFit {
  const own = new Map(student.skills.map((s) => [s.skillId, s.level]));
  const required = assignment.requiredSkills;
  if (required.length === 0) {
    const field = FIELD_OF_SECTOR[assignment.sector] ?? 'GENERAL';
    const specialist = student.skills.map((s) => skillById(s.skillId)?.category).filter((c) => c !== undefined && c !== 'GENERAL');
    const inField = specialist.filter((c) => c === field).length;
    return specialist.length > 0 && inField * 2 > specialist.length ? 'partial' : 'weak';
  }
  let covered = 0;
  let close = 0;
  for (const want of required) {
    const level = own.get(want.skillId);
    if (level !== undefined && level >= want.level - 1) covered++;
    else if (level !== undefined || student.skills.some((s) => related(s.skillId, want.skillId))) close++;
  }
  const missing = required.length - covered - close;
  if (covered === required.length || (covered === required.length - 1 && close === 1)) return 'strong';
  if (covered * 2 >= required.length && missing <= 1) return 'partial';
  if (covered + close > 0) return 'weak';
  return 'none';
}

/** §3: the stated wishes the assignment goes against. */
export function conflicts(student: StudentFacts, assignment: AssignmentFacts): string[] {
  const p = student.preferences;
  const out: string[] = [];
  if (p.sectors.length > 0 && !p.sectors.includes(assignment.sector)) out.push('sector');
  if (p.types.length > 0 && !p.types.includes(assignment.type)) out.push('type');
  if (p.municipalities.length > 0 && !p.municipalities.includes(assignment.municipality) && !assignment.remote) out.push('place');
  if (p.hoursPerWeek !== null && assignment.hoursPerWeek > p.hoursPerWeek + 4) out.push('hours');
  if (availableShare(student, assignment) < 0.8) out.push('period');
  return out;
}

/** §4: the grade table. */
const TABLE: Record<SkillsFit, [Grade, Grade, Grade, Grade]> = {
  //        none, one minor, sector or two, more
  strong: [3, 3, 2, 1],
  partial: [2, 2, 1, 1],
  weak: [1, 1, 0, 0],
  none: [0, 0, 0, 0],
};

export function judge(student: StudentFacts, assignment: AssignmentFacts, today: string): Judgement {
  const blocked = blockers(student, assignment, today);
  if (blocked.length > 0) return { grade: 0, why: `cannot happen: ${blocked.join(', ')}` };
  const fit = skillsFit(student, assignment);
  const against = conflicts(student, assignment);
  const sector = against.includes('sector');
  const column = against.length === 0 ? 0 : against.length === 1 && !sector ? 1 : against.length === 2 && !sector ? 2 : against.length === 1 ? 2 : 3;
  return { grade: TABLE[fit][column], why: `skills ${fit}; ${against.length === 0 ? 'no conflicts' : `against: ${against.join(', ')}`}` };
}
