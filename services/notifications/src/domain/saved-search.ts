import { z } from 'zod';
import { ASSIGNMENT_TYPES, SECTORS, STUDY_LEVELS, municipalityById, type SavedSearchCriteria } from '@cb/contracts';
import type { Doc } from '@cb/kit/core';

export const MAX_SAVED_SEARCHES = 20;
const MAX_NAME = 80;
const MAX_QUERY = 200;
const MAX_HOURS = 80;

/** A student's saved search. `createdAt` keeps assignments published before it from alerting. */
export interface SavedSearch extends Doc, SavedSearchCriteria {
  studentId: string;
  name: string;
  filter: SavedSearchFilter;
  createdAt: string;
}
export const SAVED_SEARCHES = { name: 'saved_searches', indexes: [{ fields: ['studentId'] }] };

const hours = z.number().int().min(0, `must be 0 to ${MAX_HOURS}`).max(MAX_HOURS, `must be 0 to ${MAX_HOURS}`).nullish().transform((h) => h ?? null);
const list = <T extends string>(values: readonly [T, ...T[]]) => z.array(z.enum(values)).max(values.length).nullish().transform((l) => l ?? []);

const filterInput = z
    .object({
      sectors: list(SECTORS),
      types: list(ASSIGNMENT_TYPES),
      levels: list(STUDY_LEVELS),
      municipalityIds: z
        .array(z.string().max(64).refine((id) => municipalityById(id) !== undefined, 'is not a known municipality (see the municipalities query)'))
        .max(50, 'at most 50 municipalities')
        .nullish()
        .transform((l) => l ?? []),
      workModes: list(['ON_SITE', 'REMOTE'] as const),
      minHours: hours,
      maxHours: hours,
    })
    .refine((f) => f.minHours == null || f.maxHours == null || f.minHours <= f.maxHours, { message: 'must not be below minHours', path: ['maxHours'] });
export type SavedSearchFilter = z.infer<typeof filterInput>;

export const saveSearchInput = z.object({
  name: z.string().trim().min(1, 'is required').max(MAX_NAME, `must be at most ${MAX_NAME} characters`),
  query: z.string().trim().max(MAX_QUERY, `must be at most ${MAX_QUERY} characters`).nullish().transform((q) => q || null),
  filter: filterInput.nullish().transform((f) => f ?? filterInput.parse({})),
});
