import { z } from 'zod';
import { ASSIGNMENT_TYPES, SECTORS, STUDY_LEVELS, municipalityById } from '@cb/contracts';
import { text } from '@cb/kit';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;
export const MAX_RECOMMENDATIONS = 50;

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
    })
    .nullish(),
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

export const recommendAssignmentsInput = z.object({
  studentId: text.id(),
  limit: z
    .number()
    .int()
    .min(1, `must be 1 to ${MAX_RECOMMENDATIONS}`)
    .max(MAX_RECOMMENDATIONS, `must be 1 to ${MAX_RECOMMENDATIONS}`)
    .nullish()
    .transform((l) => l ?? 10),
  language: z
    .enum(['NL', 'EN'])
    .nullish()
    .transform((l) => l ?? 'NL'),
});
export type RecommendAssignmentsInput = z.infer<typeof recommendAssignmentsInput>;
