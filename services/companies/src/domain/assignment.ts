import { z } from 'zod';
import {
  Reasons,
  ASSIGNMENT_TYPES,
  addDays,
  SECTORS,
  SKILL_IDS,
  STUDY_LEVELS,
  WORKING_LANGUAGES,
  municipalityById,
  type AssignmentFacts,
  type AssignmentStatus,
} from '@cb/contracts';
import { badInput, isoDate, text, type Doc } from '@cb/kit/core';

export interface SkillRequirement {
  skillId: string;
  level: number;
}

export interface Assignment extends Doc {
  companyId: string;
  status: AssignmentStatus;
  title: string;
  description: string;
  type: (typeof ASSIGNMENT_TYPES)[number];
  levels: (typeof STUDY_LEVELS)[number][];
  sector: (typeof SECTORS)[number];
  requiredSkills: SkillRequirement[];
  niceToHaveSkills: SkillRequirement[];
  periodStart: string;
  periodEnd: string;
  hoursPerWeek: number;
  municipalityId: string;
  remote: boolean;
  places: number;
  applicationDeadline: string | null;
  allowancePerMonth: number | null;
  language: (typeof WORKING_LANGUAGES)[number];
  createdAt: string;
  publishedAt: string | null;
  closedAt: string | null;
}

export const ASSIGNMENTS = { name: 'assignments', indexes: [{ fields: ['companyId'] }, { fields: ['status'] }] };

export const MAX_PLACES = 50;

const skills = z
  .array(
    z.object({
      skillId: z.string().max(64).refine((id) => SKILL_IDS.has(id), { message: 'is not a skill in the vocabulary', params: { reason: Reasons.UNKNOWN_SKILL } }),
      level: z.number().int().min(1, 'must be 1 to 4').max(4, 'must be 1 to 4'),
    }),
  )
  .max(30, 'at most 30 skills');

const fields = {
  title: text.title(),
  description: text.long(5000).pipe(z.string().min(20, 'must be at least 20 characters: say what the student will do')),
  type: z.enum(ASSIGNMENT_TYPES),
  levels: z.array(z.enum(STUDY_LEVELS)).min(1, 'name at least one study level').max(2),
  sector: z.enum(SECTORS),
  requiredSkills: skills,
  niceToHaveSkills: skills,
  periodStart: isoDate(),
  periodEnd: isoDate(),
  hoursPerWeek: z.number().int().min(4, 'must be 4 to 40').max(40, 'must be 4 to 40'),
  municipalityId: text.id().refine((id) => municipalityById(id) !== undefined, 'is not a known municipality (see the municipalities query)'),
  remote: z.boolean(),
  places: z.number().int().min(1, `must be 1 to ${MAX_PLACES}`).max(MAX_PLACES, `must be 1 to ${MAX_PLACES}`),
  applicationDeadline: isoDate().nullable(),
  allowancePerMonth: z.number().min(0, 'must not be negative').max(10000, 'must be at most 10000').nullable(),
  language: z.enum(WORKING_LANGUAGES),
};

/** Every field optional: the create input fills gaps from defaults, the update input from the assignment. */
export const assignmentPatch = z.object(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.nullish()]))) as z.ZodType<
  Partial<{ [K in keyof typeof fields]: z.infer<(typeof fields)[K]> | null }>
>;

export const createAssignmentInput = z.object({
  ...fields,
  sector: fields.sector.nullish(),
  requiredSkills: skills.nullish().transform((s) => s ?? []),
  niceToHaveSkills: skills.nullish().transform((s) => s ?? []),
  municipalityId: fields.municipalityId.nullish(),
  remote: z.boolean().nullish().transform((b) => b ?? false),
  places: fields.places.nullish().transform((p) => p ?? 1),
  applicationDeadline: isoDate().nullish().transform((d) => d ?? null),
  allowancePerMonth: fields.allowancePerMonth.nullish().transform((a) => a ?? null),
  language: fields.language.nullish().transform((l) => l ?? 'NL'),
});

/** The earliest date the marketplace takes, and how many years ahead: anything else is a typo. */
export const EARLIEST_DATE = '2000-01-01';
export const MAX_YEARS_AHEAD = 5;

const DATE_FIELDS = ['periodStart', 'periodEnd', 'applicationDeadline'] as const;

/**
 * Rules across fields, checked after every create and update. `changed` names the fields the input
 * set: the rules about today apply to those only, so an assignment posted properly that has since
 * started or passed its deadline can still have its description corrected. `today` is the server's
 * Amsterdam date.
 */
export function checkAssignment(a: Assignment, today: string, changed: ReadonlySet<string>): void {
  const latest = addDays(today, Math.round(MAX_YEARS_AHEAD * 365.25));
  for (const field of DATE_FIELDS) {
    const date = a[field];
    if (date && changed.has(field) && (date < EARLIEST_DATE || date > latest)) {
      throw badInput(`input.${field}`, Reasons.DATE_OUT_OF_RANGE, `${field}: must lie between ${EARLIEST_DATE} and ${latest} (at most ${MAX_YEARS_AHEAD} years ahead).`, {
        min: EARLIEST_DATE,
        max: latest,
      });
    }
  }
  if (a.periodEnd < a.periodStart) throw badInput('input.periodEnd', Reasons.PERIOD_END_BEFORE_START, 'periodEnd: must not be before periodStart.');
  if (changed.has('periodEnd') && a.periodEnd < today) {
    throw badInput('input.periodEnd', Reasons.PERIOD_ENDED, `periodEnd: the period has already ended (today is ${today}); an assignment cannot be posted for the past.`);
  }
  if (a.applicationDeadline && (changed.has('applicationDeadline') || changed.has('periodStart'))) {
    // Applications close when the period starts at the latest (the open rule of contracts).
    if (a.applicationDeadline > a.periodStart) {
      throw badInput('input.applicationDeadline', Reasons.DEADLINE_AFTER_PERIOD_START, 'applicationDeadline: must not be after periodStart.');
    }
  }
  if (a.applicationDeadline && changed.has('applicationDeadline') && a.applicationDeadline < today) {
    throw badInput('input.applicationDeadline', Reasons.DEADLINE_PASSED, `applicationDeadline: lies in the past (today is ${today}).`);
  }
  const required = new Set(a.requiredSkills.map((s) => s.skillId));
  if (required.size !== a.requiredSkills.length) throw badInput('input.requiredSkills', Reasons.DUPLICATE_ITEM, 'requiredSkills: lists a skill twice.');
  if (a.niceToHaveSkills.some((s) => required.has(s.skillId))) {
    throw badInput('input.niceToHaveSkills', Reasons.SKILL_BOTH_REQUIRED_AND_NICE, 'niceToHaveSkills: a skill cannot be both required and nice to have.');
  }
}

export function assignmentFacts(a: Assignment): AssignmentFacts {
  return {
    assignmentId: a.id,
    companyId: a.companyId,
    status: a.status,
    title: a.title,
    description: a.description,
    type: a.type,
    levels: a.levels,
    sector: a.sector,
    requiredSkills: a.requiredSkills,
    niceToHaveSkills: a.niceToHaveSkills,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    hoursPerWeek: a.hoursPerWeek,
    municipality: a.municipalityId,
    remote: a.remote,
    places: a.places,
    applicationDeadline: a.applicationDeadline,
    allowancePerMonth: a.allowancePerMonth,
    language: a.language,
    publishedAt: a.publishedAt,
  };
}

/** Confirmed placements per assignment, learned from placement events: places cannot drop below it. */
export interface PlacementSeat extends Doc {
  assignmentId: string;
  holdsPlace: boolean;
}

export const PLACEMENT_SEATS = { name: 'placement_seats', indexes: [{ fields: ['assignmentId'] }] };
