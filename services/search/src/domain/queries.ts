import { z } from 'zod';
import { ASSIGNMENT_TYPES, SECTORS, STUDY_LEVELS, municipalityById } from '@cb/contracts';
import { MAX_PAGE_SIZE, isoDate, text } from '@cb/kit/core';
import { WORK_MODES } from './assignment-doc';

export const MAX_QUERY_LENGTH = 200;
export const MAX_SKILL_QUERY_LENGTH = 100;
/** One page size for every paged list of the API. */
export { MAX_PAGE_SIZE };
export const MAX_RECOMMENDATIONS = 50;
export const MAX_SKILL_SUGGESTIONS = 50;
/** Hours a week a filter may name: a week has 168, nobody works more than 80. */
export const MAX_HOURS = 80;

export const ASSIGNMENT_SORTS = ['RELEVANCE', 'NEWEST', 'START_DATE'] as const;

const language = z
  .enum(['NL', 'EN'])
  .nullish()
  .transform((l) => l ?? 'NL');

const hours = z.number().int().min(0, `must be 0 to ${MAX_HOURS}`).max(MAX_HOURS, `must be 0 to ${MAX_HOURS}`).nullish();

/** The arguments of searchAssignments; GraphQL already checked the types, this checks the ranges. */
export const searchAssignmentsInput = z.object({
  query: z
    .string()
    .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
    .nullish()
    .transform((q) => q?.trim() || undefined),
  filter: z
    .object({
      sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).nullish(),
      types: z.array(z.enum(ASSIGNMENT_TYPES)).max(ASSIGNMENT_TYPES.length).nullish(),
      levels: z.array(z.enum(STUDY_LEVELS)).max(STUDY_LEVELS.length).nullish(),
      municipalityIds: z
        .array(text.id().refine((id) => municipalityById(id) !== undefined, 'is not a known municipality (see the municipalities query)'))
        .max(50, 'at most 50 municipalities')
        .nullish(),
      workModes: z.array(z.enum(WORK_MODES)).max(WORK_MODES.length).nullish(),
      from: isoDate().nullish(),
      until: isoDate().nullish(),
      minHours: hours,
      maxHours: hours,
      hasPlacesLeft: z.boolean().nullish(),
      includeClosed: z.boolean().nullish(),
    })
    .refine((f) => !f.from || !f.until || f.from <= f.until, { message: 'must not be before from', path: ['until'] })
    .refine((f) => f.minHours == null || f.maxHours == null || f.minHours <= f.maxHours, { message: 'must not be below minHours', path: ['maxHours'] })
    .nullish(),
  sort: z
    .enum(ASSIGNMENT_SORTS)
    .nullish()
    .transform((s) => s ?? 'RELEVANCE'),
  page: z.number().int().min(1, 'must be 1 or more').nullish().transform((p) => p ?? 1),
  pageSize: z
    .number()
    .int()
    .min(1, `must be 1 to ${MAX_PAGE_SIZE}`)
    .max(MAX_PAGE_SIZE, `must be 1 to ${MAX_PAGE_SIZE}`)
    .nullish()
    .transform((s) => s ?? 20),
});
export type SearchAssignmentsInput = z.infer<typeof searchAssignmentsInput>;

const limit = (max: number, fallback: number) =>
  z
    .number()
    .int()
    .min(1, `must be 1 to ${max}`)
    .max(max, `must be 1 to ${max}`)
    .nullish()
    .transform((l) => l ?? fallback);

export const recommendAssignmentsInput = z.object({
  studentId: text.id(),
  limit: limit(MAX_RECOMMENDATIONS, 10),
  language,
});

export const recommendCandidatesInput = z.object({
  assignmentId: text.id(),
  limit: limit(MAX_RECOMMENDATIONS, 10),
  language,
});

export const matchForInput = z.object({
  studentId: text.id(),
  language,
});

export const skillsInput = z.object({
  query: z.string().max(MAX_SKILL_QUERY_LENGTH, `must be at most ${MAX_SKILL_QUERY_LENGTH} characters`),
  language,
  limit: limit(MAX_SKILL_SUGGESTIONS, 10),
});
