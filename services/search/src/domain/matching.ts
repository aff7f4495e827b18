import { skillById, type AssignmentType, type StudyLevel } from '@cb/contracts';
import { municipalityName, sectorLabel, skillLabel, typeLabel, type Language } from './labels';

/**
 * How well a student and an assignment fit: pure functions, no I/O.
 *
 * First the hard constraints: an assignment that breaks one is not recommended at all. Then a soft
 * score from 0 to 100, the sum of weighted parts, each explained in a sentence the student can
 * read (in Dutch or English). Skills weigh most: the city works skills-first.
 */
export interface SkillLevel {
  skillId: string;
  /** 1 = beginner … 4 = expert. */
  level: number;
}

export interface StudentForMatching {
  level: StudyLevel;
  skills: readonly SkillLevel[];
  preferences: {
    sectors: readonly string[];
    types: readonly AssignmentType[];
    municipalities: readonly string[];
    availableFrom: string | null;
    availableUntil: string | null;
    hoursPerWeek: number | null;
  };
}

export interface AssignmentForMatching {
  levels: readonly StudyLevel[];
  sector: string;
  type: AssignmentType;
  requiredSkills: readonly SkillLevel[];
  niceToHaveSkills: readonly SkillLevel[];
  periodStart: string;
  periodEnd: string;
  hoursPerWeek: number;
  municipality: string;
  remote: boolean;
  applicationDeadline: string | null;
  placesLeft: number;
}

export type HardConstraint =
  /** The assignment is open to the student's study level (AD or bachelor). */
  | 'LEVEL'
  /** Not every place is taken yet. */
  | 'PLACES_LEFT'
  /** The application deadline, if any, is today or later. */
  | 'DEADLINE'
  /** The assignment's period has not ended. */
  | 'PERIOD_NOT_OVER'
  /** When the student gave their availability, it overlaps the assignment's period. */
  | 'AVAILABILITY';

/**
 * The parts of the score; they add up to 100. When an assignment lists no nice-to-have skills, the
 * required ones carry that weight too, so a student who has all it asks for can reach 100.
 */
export const WEIGHTS = {
  requiredSkills: 45,
  niceToHaveSkills: 15,
  sector: 10,
  type: 8,
  municipality: 8,
  hours: 7,
  period: 7,
} as const;

/** A missing skill the student has a related skill for (vocabulary `related`) earns this share. */
export const RELATED_SKILL_CREDIT = 0.3;
/**
 * An assignment that asks for no skills fits everyone equally, so it gets half marks for that
 * part: a student whose skills fit a specific assignment should see that one first.
 */
export const NOTHING_ASKED_CREDIT = 0.5;

export interface MatchResult {
  /** 0–100, one decimal. */
  score: number;
  reasons: string[];
}

/** The hard constraints the pair breaks; empty when the assignment may be recommended. */
export function unmetConstraints(student: StudentForMatching, assignment: AssignmentForMatching, today: string): HardConstraint[] {
  const unmet: HardConstraint[] = [];
  if (!assignment.levels.includes(student.level)) unmet.push('LEVEL');
  if (assignment.placesLeft <= 0) unmet.push('PLACES_LEFT');
  if (assignment.applicationDeadline !== null && assignment.applicationDeadline < today) unmet.push('DEADLINE');
  if (assignment.periodEnd < today) unmet.push('PERIOD_NOT_OVER');
  if (availabilityGiven(student) && availableDays(student, assignment) === 0) unmet.push('AVAILABILITY');
  return unmet;
}

/** The score and its reasons, or null when a hard constraint rules the assignment out. */
export function matchAssignment(
  student: StudentForMatching,
  assignment: AssignmentForMatching,
  today: string,
  language: Language,
): MatchResult | null {
  return unmetConstraints(student, assignment, today).length === 0 ? scoreMatch(student, assignment, language) : null;
}

/** The soft score, assuming the hard constraints hold. */
export function scoreMatch(student: StudentForMatching, assignment: AssignmentForMatching, language: Language): MatchResult {
  const t = TEXTS[language];
  const reasons: string[] = [];
  const prefs = student.preferences;
  let score = 0;

  const n = assignment.requiredSkills.length;
  const niceAsked = assignment.niceToHaveSkills.length > 0;
  const required = coverage(student.skills, assignment.requiredSkills);
  score += (n > 0 && !niceAsked ? WEIGHTS.requiredSkills + WEIGHTS.niceToHaveSkills : WEIGHTS.requiredSkills) * required.credit;
  const names = (ids: string[]) => ids.map((id) => skillLabel(id, language)).join(', ');
  if (n === 0) reasons.push(t.noSkillsAsked);
  else if (required.has.length === n) reasons.push(n === 1 ? t.hasTheRequired(names(required.has)) : t.hasAllRequired(n));
  else reasons.push(t.hasSomeRequired(required.has.length, n, names(required.missing)));
  if (required.belowLevel.length > 0) {
    reasons.push(t.belowLevel(required.belowLevel.map((b) => `${skillLabel(b.skillId, language)} (${t.levelOf(b.has, b.asked)})`).join(', ')));
  }
  for (const r of required.related) reasons.push(t.related(skillLabel(r.skillId, language), skillLabel(r.via, language)));

  const nice = coverage(student.skills, assignment.niceToHaveSkills);
  if (niceAsked) {
    score += WEIGHTS.niceToHaveSkills * nice.credit;
    reasons.push(t.hasNice(nice.has.length, assignment.niceToHaveSkills.length, names(nice.has)));
  } else if (n === 0) score += WEIGHTS.niceToHaveSkills * NOTHING_ASKED_CREDIT;

  const sector = sectorLabel(assignment.sector, language);
  if (prefs.sectors.length === 0) score += WEIGHTS.sector;
  else if (prefs.sectors.includes(assignment.sector)) {
    score += WEIGHTS.sector;
    reasons.push(t.sectorMatch(sector));
  } else reasons.push(t.sectorMismatch(sector));

  const type = typeLabel(assignment.type, language);
  if (prefs.types.length === 0) score += WEIGHTS.type;
  else if (prefs.types.includes(assignment.type)) {
    score += WEIGHTS.type;
    reasons.push(t.typeMatch(type));
  } else reasons.push(t.typeMismatch(type));

  const place = municipalityName(assignment.municipality);
  if (prefs.municipalities.length === 0) score += WEIGHTS.municipality;
  else if (prefs.municipalities.includes(assignment.municipality)) {
    score += WEIGHTS.municipality;
    reasons.push(t.placeMatch(place));
  } else if (assignment.remote) {
    score += WEIGHTS.municipality;
    reasons.push(t.remote(place));
  } else reasons.push(t.placeMismatch(place));

  const hours = prefs.hoursPerWeek;
  if (hours === null) score += WEIGHTS.hours;
  else if (assignment.hoursPerWeek <= hours) {
    score += WEIGHTS.hours;
    reasons.push(t.hoursFit(assignment.hoursPerWeek, hours));
  } else {
    score += WEIGHTS.hours * (hours / assignment.hoursPerWeek);
    reasons.push(t.hoursShort(assignment.hoursPerWeek, hours));
  }

  if (!availabilityGiven(student)) score += WEIGHTS.period;
  else {
    const share = availableDays(student, assignment) / periodDays(assignment);
    score += WEIGHTS.period * share;
    reasons.push(share >= 1 ? t.wholePeriod : t.partOfPeriod(Math.round(share * 100)));
  }

  return { score: Math.round(Math.min(100, Math.max(0, score)) * 10) / 10, reasons };
}

interface Coverage {
  /** 0–1: the average credit over the skills asked. */
  credit: number;
  /** Asked skills the student has, at any level. */
  has: string[];
  /** Asked skills the student does not have at all. */
  missing: string[];
  belowLevel: Array<{ skillId: string; has: number; asked: number }>;
  /** Missing skills for which the student has a related one. */
  related: Array<{ skillId: string; via: string }>;
}

/** Per skill asked: full credit at or above the level asked, a share below it, a little for a related skill. */
function coverage(studentSkills: readonly SkillLevel[], asked: readonly SkillLevel[]): Coverage {
  const result: Coverage = { credit: NOTHING_ASKED_CREDIT, has: [], missing: [], belowLevel: [], related: [] };
  if (asked.length === 0) return result;
  const own = new Map(studentSkills.map((s) => [s.skillId, s.level]));
  let total = 0;
  for (const want of asked) {
    const level = own.get(want.skillId);
    if (level !== undefined) {
      result.has.push(want.skillId);
      total += Math.min(1, level / want.level);
      if (level < want.level) result.belowLevel.push({ skillId: want.skillId, has: level, asked: want.level });
      continue;
    }
    result.missing.push(want.skillId);
    const via = studentSkills
      .filter((s) => areRelated(s.skillId, want.skillId))
      .sort((a, b) => b.level - a.level || a.skillId.localeCompare(b.skillId))[0];
    if (via) {
      total += RELATED_SKILL_CREDIT;
      result.related.push({ skillId: want.skillId, via: via.skillId });
    }
  }
  result.credit = total / asked.length;
  return result;
}

/** Related either way round: the vocabulary lists relations on one side only at times. */
export function areRelated(a: string, b: string): boolean {
  return (skillById(a)?.related.includes(b) ?? false) || (skillById(b)?.related.includes(a) ?? false);
}

const availabilityGiven = (s: StudentForMatching) => s.preferences.availableFrom !== null || s.preferences.availableUntil !== null;

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** Days of the assignment's period, both ends included. */
function periodDays(a: AssignmentForMatching): number {
  return Math.max(1, dayNumber(a.periodEnd) - dayNumber(a.periodStart) + 1);
}

/** Days of the assignment's period within the student's availability, both ends included. */
function availableDays(s: StudentForMatching, a: AssignmentForMatching): number {
  const from = Math.max(dayNumber(a.periodStart), s.preferences.availableFrom ? dayNumber(s.preferences.availableFrom) : -Infinity);
  const until = Math.min(dayNumber(a.periodEnd), s.preferences.availableUntil ? dayNumber(s.preferences.availableUntil) : Infinity);
  return Math.max(0, until - from + 1);
}

/** Today's date in the Netherlands, as deadlines are meant there. */
export function todayInAmsterdam(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const TEXTS = {
  EN: {
    noSkillsAsked: 'No specific skills required',
    hasTheRequired: (name: string) => `Has the required skill: ${name}`,
    hasAllRequired: (n: number) => `Has all ${n} required skills`,
    hasSomeRequired: (has: number, n: number, missing: string) => `Has ${has} of ${n} required skills; missing: ${missing}`,
    belowLevel: (list: string) => `Below the requested level for: ${list}`,
    levelOf: (has: number, asked: number) => `level ${has} of ${asked}`,
    related: (skill: string, via: string) => `Related experience for ${skill}: ${via}`,
    hasNice: (has: number, n: number, names: string) => `Has ${has} of ${n} nice-to-have skills${has > 0 ? `: ${names}` : ''}`,
    sectorMatch: (s: string) => `Matches your preferred sector: ${s}`,
    sectorMismatch: (s: string) => `Not one of your preferred sectors: ${s}`,
    typeMatch: (s: string) => `Matches your preferred type: ${s}`,
    typeMismatch: (s: string) => `Not one of your preferred types: ${s}`,
    placeMatch: (s: string) => `In your preferred municipality: ${s}`,
    remote: (s: string) => `Can be done remotely (based in ${s})`,
    placeMismatch: (s: string) => `Outside your preferred municipalities: ${s}`,
    hoursFit: (asked: number, own: number) => `Fits your ${own} hours a week (asks ${asked})`,
    hoursShort: (asked: number, own: number) => `Asks ${asked} hours a week; you have ${own}`,
    wholePeriod: 'Available for the whole period',
    partOfPeriod: (pct: number) => `Available for ${pct}% of the period`,
  },
  NL: {
    noSkillsAsked: 'Geen specifieke vaardigheden gevraagd',
    hasTheRequired: (name: string) => `Heeft de gevraagde vaardigheid: ${name}`,
    hasAllRequired: (n: number) => `Heeft alle ${n} gevraagde vaardigheden`,
    hasSomeRequired: (has: number, n: number, missing: string) => `Heeft ${has} van de ${n} gevraagde vaardigheden; ontbreekt: ${missing}`,
    belowLevel: (list: string) => `Onder het gevraagde niveau voor: ${list}`,
    levelOf: (has: number, asked: number) => `niveau ${has} van ${asked}`,
    related: (skill: string, via: string) => `Verwante ervaring voor ${skill}: ${via}`,
    hasNice: (has: number, n: number, names: string) => `Heeft ${has} van de ${n} gewenste vaardigheden${has > 0 ? `: ${names}` : ''}`,
    sectorMatch: (s: string) => `Past bij je voorkeurssector: ${s}`,
    sectorMismatch: (s: string) => `Niet een van je voorkeurssectoren: ${s}`,
    typeMatch: (s: string) => `Past bij je voorkeurstype: ${s}`,
    typeMismatch: (s: string) => `Niet een van je voorkeurstypen: ${s}`,
    placeMatch: (s: string) => `In je voorkeursgemeente: ${s}`,
    remote: (s: string) => `Kan op afstand (gevestigd in ${s})`,
    placeMismatch: (s: string) => `Buiten je voorkeursgemeenten: ${s}`,
    hoursFit: (asked: number, own: number) => `Past in je ${own} uur per week (vraagt ${asked})`,
    hoursShort: (asked: number, own: number) => `Vraagt ${asked} uur per week; jij hebt ${own}`,
    wholePeriod: 'Beschikbaar gedurende de hele periode',
    partOfPeriod: (pct: number) => `Beschikbaar voor ${pct}% van de periode`,
  },
} as const;
