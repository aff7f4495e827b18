import { SKILLS, amsterdamDate, applicationsOpenOn, skillById, type AssignmentType, type StudyLevel } from '@cb/contracts';
import { municipalityName, sectorLabel, skillLabel, typeLabel, type Language } from './labels';

/**
 * How well a student and an assignment fit: pure functions, no I/O.
 *
 * First the hard constraints: an assignment that breaks one is not recommended at all. Then a soft
 * score from 0 to 100, the sum of weighted parts, each explained in a sentence a person can read
 * (in Dutch or English, addressed to the student themself or about them to a company or staff).
 * Skills weigh most: the city works skills-first.
 *
 * The weights were tuned against the coordinator's guidelines (test/quality/GUIDELINES.md) with
 * the quality test in test/quality/: see its README for the figures.
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
  /**
   * Applications have not closed (the open rule of contracts): the deadline day has not passed, or
   * without a deadline the period has not started. So a past or running period is never recommended.
   */
  | 'APPLICATIONS_OPEN'
  /** When the student gave their availability, it overlaps the assignment's period. */
  | 'AVAILABILITY';

/**
 * Who reads the reasons: the student themself ("Matches your preferred sector") or someone else
 * about the student, a company or staff ("Wants to work in this sector").
 */
export type Audience = 'self' | 'other';

/**
 * The parts of the score; they add up to 100. When an assignment lists no nice-to-have skills, the
 * required ones carry that weight too, so a student who has all it asks for can reach 100.
 */
export const WEIGHTS = {
  requiredSkills: 48,
  niceToHaveSkills: 10,
  sector: 14,
  type: 7,
  municipality: 7,
  hours: 7,
  period: 7,
} as const;

/** A required skill held one level below the level asked: a placement is where that level is learnt. */
export const ONE_LEVEL_BELOW_CREDIT = 0.85;
/** A missing skill the student has a related skill for (vocabulary `related`) earns this share. */
export const RELATED_SKILL_CREDIT = 0.3;
/**
 * An assignment that asks for no skills fits everyone equally, so it gets half marks for that
 * part: a student whose skills fit a specific assignment should see that one first.
 */
export const NOTHING_ASKED_CREDIT = 0.5;

/**
 * The highest score a pair can reach when the assignment requires at least one skill and the
 * student has none of its required skills nor a related one: everything but the required part.
 * Matching at scale looks only at pairs that share a required skill (or a related one), and
 * falls back to all of them when fewer than asked for score above this.
 * @public kept for the candidate pre-filter at scale (issue 13), which nothing calls yet.
 */
export const MAX_SCORE_WITHOUT_SHARED_REQUIRED_SKILLS = 100 - WEIGHTS.requiredSkills;

/**
 * The least a recommendation must be worth a person's time (issue 11): it holds at least one of the
 * assignment's required skills, when it asks any (a related skill alone is not enough), and scores
 * at least this. Below it, an honest "no good matches yet" beats a list padded with poor fits.
 */
export const MIN_RECOMMENDATION_SCORE = 40;

/** Whether the student holds one of the required skills, at any level (true when none are asked). */
export function holdsARequiredSkill(student: StudentForMatching, assignment: AssignmentForMatching): boolean {
  if (assignment.requiredSkills.length === 0) return true;
  const own = skillMap(student);
  return assignment.requiredSkills.some((s) => own.has(s.skillId));
}

/** A pair that passes the hard constraints is recommended only when it also meets the minimum fit. */
export const goodEnoughToRecommend = (student: StudentForMatching, assignment: AssignmentForMatching, score: number): boolean =>
  score >= MIN_RECOMMENDATION_SCORE && holdsARequiredSkill(student, assignment);

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
  if (!applicationsOpenOn(assignment, today)) unmet.push('APPLICATIONS_OPEN');
  if (availabilityGiven(student) && availableDays(student, assignment) === 0) unmet.push('AVAILABILITY');
  return unmet;
}

/** Whether the pair passes every hard constraint (the fast form of `unmetConstraints(...).length === 0`). */
export function meetsConstraints(student: StudentForMatching, assignment: AssignmentForMatching, today: string): boolean {
  return (
    assignment.levels.includes(student.level) &&
    assignment.placesLeft > 0 &&
    applicationsOpenOn(assignment, today) &&
    (!availabilityGiven(student) || availableDays(student, assignment) > 0)
  );
}

/** The score and its reasons, or null when a hard constraint rules the assignment out. */
export function matchAssignment(
  student: StudentForMatching,
  assignment: AssignmentForMatching,
  today: string,
  language: Language,
  audience: Audience = 'self',
): MatchResult | null {
  return meetsConstraints(student, assignment, today) ? scoreMatch(student, assignment, language, audience) : null;
}

/** The soft score and its reasons, assuming the hard constraints hold. */
export function scoreMatch(student: StudentForMatching, assignment: AssignmentForMatching, language: Language, audience: Audience = 'self'): MatchResult {
  const reasons: string[] = [];
  const score = evaluate(student, assignment, { reasons, language, audience });
  return { score, reasons };
}

/**
 * The soft score alone: what ranking thousands of pairs needs, without writing a sentence. With
 * `floor`, a pair that clearly cannot score above it is given up after its required skills (the
 * costliest part to reach, the cheapest to bound): the result is then -Infinity.
 */
/**
 * The most a pair can score, known before scoring it, from what the student holds of the
 * assignment's required skills alone: `heldCredit` sums levelCredit over the required skills held,
 * the rest earn at most the related-skill credit, and every other part of the score its full
 * weight. Ranking at scale visits the best bounds first and stops once no bound is left that could
 * enter the top (matching-pool.ts). Kept beside evaluate(), which it must never undercut.
 */
export function scoreUpperBound(assignment: AssignmentForMatching, heldCredit: number, held: number): number {
  const n = assignment.requiredSkills.length;
  const requiredWeight = n > 0 && assignment.niceToHaveSkills.length === 0 ? WEIGHTS.requiredSkills + WEIGHTS.niceToHaveSkills : WEIGHTS.requiredSkills;
  const credit = n === 0 ? NOTHING_ASKED_CREDIT : (heldCredit + RELATED_SKILL_CREDIT * (n - held)) / n;
  // A score is rounded to one decimal, which can add 0.05 (and a hair more in floating point).
  return requiredWeight * credit + (100 - requiredWeight) + 0.05 + 1e-9;
}

export function scoreOnly(student: StudentForMatching, assignment: AssignmentForMatching, floor = -Infinity): number {
  return evaluate(student, assignment, undefined, floor);
}

/** The sentences that say why a pair cannot happen, in the order of the constraints. */
export function explainUnmet(
  unmet: readonly HardConstraint[],
  student: StudentForMatching,
  assignment: AssignmentForMatching,
  language: Language,
  audience: Audience,
): string[] {
  const t = TEXTS[language];
  const date = (iso: string) => formatDate(iso, language);
  return unmet.map((c) => {
    switch (c) {
      case 'LEVEL':
        return t.onlyFor(assignment.levels);
      case 'PLACES_LEFT':
        return t.full;
      case 'APPLICATIONS_OPEN':
        return assignment.applicationDeadline ? t.deadlinePassed(date(assignment.applicationDeadline)) : t.periodStarted(date(assignment.periodStart));
      case 'AVAILABILITY':
        return t.notAvailable[audience](date(assignment.periodStart), date(assignment.periodEnd));
    }
  });
}

interface Explain {
  reasons: string[];
  language: Language;
  audience: Audience;
}

/**
 * The score, and with `explain` the reasons for it. One function for both, so the score a person
 * reads the reasons of is exactly the score that ranked it. (`reasons?.push(...)` costs nothing
 * when there is nobody to explain to: optional chaining skips building the sentence.)
 */
function evaluate(student: StudentForMatching, assignment: AssignmentForMatching, explain: Explain | undefined, floor = -Infinity): number {
  const reasons = explain?.reasons;
  const language = explain?.language ?? 'EN';
  const audience = explain?.audience ?? 'self';
  const t = TEXTS[language];
  const prefs = student.preferences;
  const own = skillMap(student);
  let score = 0;

  const n = assignment.requiredSkills.length;
  const niceAsked = assignment.niceToHaveSkills.length > 0;
  const required = coverage(own, student.skills, assignment.requiredSkills, reasons !== undefined);
  const requiredWeight = n > 0 && !niceAsked ? WEIGHTS.requiredSkills + WEIGHTS.niceToHaveSkills : WEIGHTS.requiredSkills;
  score += requiredWeight * required.credit;
  // Everything else together can add at most 100 - requiredWeight; 0.05 covers the rounding to one decimal.
  if (score + (100 - requiredWeight) < floor - 0.05) return -Infinity;
  const names = (ids: string[]) => ids.map((id) => skillLabel(id, language)).join(', ');
  if (reasons) {
    if (n === 0) reasons.push(t.noSkillsAsked);
    else if (required.has.length === n) reasons.push(n === 1 ? t.hasTheRequired(names(required.has)) : t.hasAllRequired(n, names(required.has)));
    else reasons.push(t.hasSomeRequired(required.has.length, n, names(required.missing)));
    if (required.belowLevel.length > 0) {
      reasons.push(t.belowLevel(required.belowLevel.map((b) => `${skillLabel(b.skillId, language)} (${t.levelOf(b.has, b.asked)})`).join(', ')));
    }
    for (const r of required.related) reasons.push(t.related(skillLabel(r.skillId, language), skillLabel(r.via, language)));
  }

  if (niceAsked) {
    const nice = coverage(own, student.skills, assignment.niceToHaveSkills, reasons !== undefined);
    score += WEIGHTS.niceToHaveSkills * nice.credit;
    reasons?.push(t.hasNice(nice.has.length, assignment.niceToHaveSkills.length, names(nice.has)));
  } else if (n === 0) score += WEIGHTS.niceToHaveSkills * NOTHING_ASKED_CREDIT;

  if (prefs.sectors.length === 0) score += WEIGHTS.sector;
  else if (prefs.sectors.includes(assignment.sector)) {
    score += WEIGHTS.sector;
    reasons?.push(t.sectorMatch[audience](sectorLabel(assignment.sector, language)));
  } else reasons?.push(t.sectorMismatch[audience](sectorLabel(assignment.sector, language)));

  if (prefs.types.length === 0) score += WEIGHTS.type;
  else if (prefs.types.includes(assignment.type)) {
    score += WEIGHTS.type;
    reasons?.push(t.typeMatch[audience](typeLabel(assignment.type, language)));
  } else reasons?.push(t.typeMismatch[audience](typeLabel(assignment.type, language)));

  if (prefs.municipalities.length === 0) score += WEIGHTS.municipality;
  else if (prefs.municipalities.includes(assignment.municipality)) {
    score += WEIGHTS.municipality;
    reasons?.push(t.placeMatch[audience](municipalityName(assignment.municipality)));
  } else if (assignment.remote) {
    score += WEIGHTS.municipality;
    reasons?.push(t.remote(municipalityName(assignment.municipality)));
  } else reasons?.push(t.placeMismatch[audience](municipalityName(assignment.municipality)));

  const hours = prefs.hoursPerWeek;
  if (hours === null) score += WEIGHTS.hours;
  else if (assignment.hoursPerWeek <= hours) {
    score += WEIGHTS.hours;
    reasons?.push(t.hoursFit[audience](assignment.hoursPerWeek, hours));
  } else {
    score += WEIGHTS.hours * (hours / assignment.hoursPerWeek);
    reasons?.push(t.hoursShort[audience](assignment.hoursPerWeek, hours));
  }

  if (!availabilityGiven(student)) score += WEIGHTS.period;
  else {
    const share = availableDays(student, assignment) / periodDays(assignment);
    score += WEIGHTS.period * share;
    reasons?.push(share >= 1 ? t.wholePeriod : t.partOfPeriod(Math.round(share * 100)));
  }

  return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
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

/**
 * Per skill asked: full credit at or above the level asked, most of it one level below, a share
 * further below, a little for a related skill. With `detail`, also which skills are which.
 */
function coverage(own: ReadonlyMap<string, number>, studentSkills: readonly SkillLevel[], asked: readonly SkillLevel[], detail: boolean): Coverage {
  const result: Coverage = { credit: NOTHING_ASKED_CREDIT, has: [], missing: [], belowLevel: [], related: [] };
  if (asked.length === 0) return result;
  let total = 0;
  for (const want of asked) {
    const level = own.get(want.skillId);
    if (level !== undefined) {
      total += levelCredit(level, want.level);
      if (detail) {
        result.has.push(want.skillId);
        if (level < want.level) result.belowLevel.push({ skillId: want.skillId, has: level, asked: want.level });
      }
      continue;
    }
    if (detail) result.missing.push(want.skillId);
    const near = relatedSkills(want.skillId);
    if (near.size === 0) continue;
    let via: SkillLevel | undefined;
    for (const s of studentSkills) {
      if (near.has(s.skillId) && (!via || s.level > via.level || (s.level === via.level && s.skillId < via.skillId))) via = s;
    }
    if (via) {
      total += RELATED_SKILL_CREDIT;
      if (detail) result.related.push({ skillId: want.skillId, via: via.skillId });
    }
  }
  result.credit = total / asked.length;
  return result;
}

/** The credit a held skill earns toward the required (or nice-to-have) part, by the level held and asked. */
export function levelCredit(has: number, asked: number): number {
  if (has >= asked) return 1;
  if (has === asked - 1) return ONE_LEVEL_BELOW_CREDIT;
  return Math.min(ONE_LEVEL_BELOW_CREDIT, has / asked);
}

/** The student's skills by id, kept per student object: ranking meets the same student thousands of times. */
const skillMaps = new WeakMap<object, ReadonlyMap<string, number>>();
function skillMap(student: StudentForMatching): ReadonlyMap<string, number> {
  let map = skillMaps.get(student);
  if (!map) {
    map = new Map(student.skills.map((s) => [s.skillId, s.level]));
    skillMaps.set(student, map);
  }
  return map;
}

/** Related either way round: the vocabulary lists relations on one side only at times. */
let relatedIndex: Map<string, Set<string>> | undefined;
export function relatedSkills(skillId: string): ReadonlySet<string> {
  if (!relatedIndex) {
    const index = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (!index.has(a)) index.set(a, new Set());
      index.get(a)!.add(b);
    };
    for (const s of SKILLS) {
      for (const r of s.related) {
        link(s.id, r);
        link(r, s.id);
      }
    }
    relatedIndex = index;
  }
  return relatedIndex.get(skillId) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

export function areRelated(a: string, b: string): boolean {
  return relatedSkills(a).has(b) || (skillById(a)?.related.includes(b) ?? false);
}

const availabilityGiven = (s: StudentForMatching) => s.preferences.availableFrom !== null || s.preferences.availableUntil !== null;

const DAY_MS = 86_400_000;
/** Dates repeat (periods start on the first of a month): parse each once, as ranking meets them thousands of times. */
const days = new Map<string, number>();
function dayNumber(isoDate: string): number {
  let day = days.get(isoDate);
  if (day === undefined) {
    day = Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
    if (days.size > 100_000) days.clear();
    days.set(isoDate, day);
  }
  return day;
}

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

/** Today's date in the Netherlands, as deadlines are meant there (the one Amsterdam calendar of contracts). */
export const todayInAmsterdam = amsterdamDate;

const DATE_FORMATS = {
  EN: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  NL: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
/** '2026-09-01' → '1 Sept 2026' / '1 sep 2026': the date as people write it. */
export const formatDate = (isoDate: string, language: Language) => DATE_FORMATS[language].format(new Date(`${isoDate}T00:00:00Z`));

const LEVEL_NAMES = {
  EN: { AD: 'Associate Degree', BACHELOR: 'bachelor' },
  NL: { AD: 'Associate Degree-studenten', BACHELOR: 'bachelorstudenten' },
} as const;

const TEXTS = {
  EN: {
    noSkillsAsked: 'No specific skills required',
    hasTheRequired: (name: string) => `Has the required skill: ${name}`,
    hasAllRequired: (n: number, names: string) => `${n === 2 ? 'Has both required skills' : `Has all ${n} required skills`}: ${names}`,
    hasSomeRequired: (has: number, n: number, missing: string) =>
      n === 1 ? `Does not have the required skill: ${missing}` : has === 0 ? `Has none of the ${n} required skills; missing: ${missing}` : `Has ${has} of ${n} required skills; missing: ${missing}`,
    belowLevel: (list: string) => `Below the requested level for: ${list}`,
    levelOf: (has: number, asked: number) => `level ${has} of ${asked}`,
    related: (skill: string, via: string) => `Related experience for ${skill}: ${via}`,
    hasNice: (has: number, n: number, names: string) =>
      n === 1
        ? has === 1
          ? `Has the one nice-to-have skill: ${names}`
          : 'Does not have the nice-to-have skill'
        : has === n
          ? `${n === 2 ? 'Has both' : `Has all ${n}`} nice-to-have skills: ${names}`
          : `Has ${has} of ${n} nice-to-have skills${has > 0 ? `: ${names}` : ''}`,
    sectorMatch: { self: (s: string) => `Matches your preferred sector: ${s}`, other: (s: string) => `Wants to work in this sector: ${s}` },
    sectorMismatch: { self: (s: string) => `Not one of your preferred sectors: ${s}`, other: (s: string) => `Prefers other sectors than ${s}` },
    typeMatch: { self: (s: string) => `Matches your preferred type: ${s}`, other: (s: string) => `Looking for this type: ${s}` },
    typeMismatch: { self: (s: string) => `Not one of your preferred types: ${s}`, other: (s: string) => `Prefers other types than ${s}` },
    placeMatch: { self: (s: string) => `In your preferred municipality: ${s}`, other: (s: string) => `Wants to work in ${s}` },
    remote: (s: string) => `Can be done remotely (based in ${s})`,
    placeMismatch: { self: (s: string) => `Outside your preferred municipalities: ${s}`, other: (s: string) => `Prefers to work elsewhere than ${s}` },
    hoursFit: {
      self: (asked: number, own: number) => `Fits your ${own} hours a week (asks ${asked})`,
      other: (asked: number, own: number) => `Has ${own} hours a week (asked: ${asked})`,
    },
    hoursShort: {
      self: (asked: number, own: number) => `Asks ${asked} hours a week; you have ${own}`,
      other: (asked: number, own: number) => `Has ${own} of the ${asked} hours a week asked`,
    },
    wholePeriod: 'Available for the whole period',
    partOfPeriod: (pct: number) => `Available for ${pct}% of the period`,
    onlyFor: (levels: readonly StudyLevel[]) => `Only open to ${levels.map((l) => LEVEL_NAMES.EN[l]).join(' or ')} students`,
    full: 'All places are taken',
    deadlinePassed: (date: string) => `The application deadline (${date}) has passed`,
    periodStarted: (date: string) => `Applications closed when the period started (${date})`,
    notAvailable: {
      self: (from: string, until: string) => `You are not available between ${from} and ${until}`,
      other: (from: string, until: string) => `Not available between ${from} and ${until}`,
    },
    alreadyApplied: 'Has already applied to this assignment',
  },
  NL: {
    noSkillsAsked: 'Geen specifieke vaardigheden gevraagd',
    hasTheRequired: (name: string) => `Heeft de gevraagde vaardigheid: ${name}`,
    hasAllRequired: (n: number, names: string) => `${n === 2 ? 'Heeft beide gevraagde vaardigheden' : `Heeft alle ${n} gevraagde vaardigheden`}: ${names}`,
    hasSomeRequired: (has: number, n: number, missing: string) =>
      n === 1
        ? `Heeft de gevraagde vaardigheid niet: ${missing}`
        : has === 0
          ? `Heeft geen van de ${n} gevraagde vaardigheden; ontbreekt: ${missing}`
          : `Heeft ${has} van de ${n} gevraagde vaardigheden; ontbreekt: ${missing}`,
    belowLevel: (list: string) => `Onder het gevraagde niveau voor: ${list}`,
    levelOf: (has: number, asked: number) => `niveau ${has} van ${asked}`,
    related: (skill: string, via: string) => `Verwante ervaring voor ${skill}: ${via}`,
    hasNice: (has: number, n: number, names: string) =>
      n === 1
        ? has === 1
          ? `Heeft de ene gewenste vaardigheid: ${names}`
          : 'Heeft de gewenste vaardigheid niet'
        : has === n
          ? `${n === 2 ? 'Heeft beide' : `Heeft alle ${n}`} gewenste vaardigheden: ${names}`
          : `Heeft ${has} van de ${n} gewenste vaardigheden${has > 0 ? `: ${names}` : ''}`,
    sectorMatch: { self: (s: string) => `Past bij je voorkeurssector: ${s}`, other: (s: string) => `Wil in deze sector werken: ${s}` },
    sectorMismatch: { self: (s: string) => `Niet een van je voorkeurssectoren: ${s}`, other: (s: string) => `Heeft voorkeur voor andere sectoren dan ${s}` },
    typeMatch: { self: (s: string) => `Past bij je voorkeurstype: ${s}`, other: (s: string) => `Zoekt dit type: ${s}` },
    typeMismatch: { self: (s: string) => `Niet een van je voorkeurstypen: ${s}`, other: (s: string) => `Heeft voorkeur voor andere typen dan ${s}` },
    placeMatch: { self: (s: string) => `In je voorkeursgemeente: ${s}`, other: (s: string) => `Wil in ${s} werken` },
    remote: (s: string) => `Kan op afstand (gevestigd in ${s})`,
    placeMismatch: { self: (s: string) => `Buiten je voorkeursgemeenten: ${s}`, other: (s: string) => `Werkt liever in een andere gemeente dan ${s}` },
    hoursFit: {
      self: (asked: number, own: number) => `Past in je ${own} uur per week (vraagt ${asked})`,
      other: (asked: number, own: number) => `Heeft ${own} uur per week (gevraagd: ${asked})`,
    },
    hoursShort: {
      self: (asked: number, own: number) => `Vraagt ${asked} uur per week; jij hebt ${own}`,
      other: (asked: number, own: number) => `Heeft ${own} van de gevraagde ${asked} uur per week`,
    },
    wholePeriod: 'Beschikbaar gedurende de hele periode',
    partOfPeriod: (pct: number) => `Beschikbaar voor ${pct}% van de periode`,
    onlyFor: (levels: readonly StudyLevel[]) => `Alleen voor ${levels.map((l) => LEVEL_NAMES.NL[l]).join(' en ')}`,
    full: 'Alle plaatsen zijn bezet',
    deadlinePassed: (date: string) => `De sluitingsdatum (${date}) is verstreken`,
    periodStarted: (date: string) => `De aanmeldingen sloten toen de periode begon (${date})`,
    notAvailable: {
      self: (from: string, until: string) => `Je bent niet beschikbaar tussen ${from} en ${until}`,
      other: (from: string, until: string) => `Niet beschikbaar tussen ${from} en ${until}`,
    },
    alreadyApplied: 'Heeft al op deze opdracht gereageerd',
  },
} as const;

/** Sentences the use cases add themselves, from facts the pair alone does not hold. */
export const matchTexts = (language: Language) => ({ alreadyApplied: TEXTS[language].alreadyApplied });
