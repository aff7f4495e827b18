import { z } from 'zod';
import { normaliseEmail } from '@cb/contracts';
import { badInput } from './errors';

/** Every string a user sends has a maximum length; these are the house limits. */
export const text = {
  id: () => z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
  name: () => z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  title: () => z.string().trim().min(3, 'must be at least 3 characters').max(160, 'must be at most 160 characters'),
  long: (max = 5000) => z.string().trim().max(max, `must be at most ${max} characters`),
  email: () =>
    z
      .string()
      .transform(normaliseEmail)
      .pipe(z.string().max(254, 'must be at most 254 characters').email('is not a valid e-mail address')),
  password: () => z.string().min(10, 'must be at least 10 characters').max(128, 'must be at most 128 characters'),
};

/** An ISO calendar date (YYYY-MM-DD). */
export const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-09-01')
    .refine((s) => {
      // Date.parse rolls 2026-02-30 over to March, so check the date survives a round trip.
      const t = Date.parse(`${s}T00:00:00Z`);
      return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
    }, 'is not a real date');

/**
 * Parses user input with a zod schema; a failure becomes BAD_USER_INPUT naming every field to fix,
 * e.g. `title: must be at most 160 characters`.
 */
export function parseInput<T extends z.ZodTypeAny>(schema: T, input: unknown, what = 'input'): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${[what, ...i.path].join('.')}: ${i.message}`);
  throw badInput(`Please fix: ${problems.join('; ')}`, { problems });
}

/** The largest page any paged list gives; the cost estimate of graphql/limits.ts relies on it. */
export const MAX_PAGE_SIZE = 100;

const pageArgs = z.object({
  page: z.number().int().min(1, 'must be 1 or more').nullish(),
  pageSize: z.number().int().min(1, `must be 1 to ${MAX_PAGE_SIZE}`).max(MAX_PAGE_SIZE, `must be 1 to ${MAX_PAGE_SIZE}`).nullish(),
});

/**
 * One page of a list that users can make grow without bound (an organisation's assignments, an
 * assignment's applicants). `field` names the list in errors, e.g. `Company.assignments`.
 * A shortcut: the page is cut from the whole list the store returned; these lists are read from one
 * owner's records, so that stays small next to the answer it bounds.
 */
export function pageOf<T>(items: T[], args: unknown, field: string, defaultSize: number): T[] {
  const parsed = pageArgs.safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = `${field}.${issue.path.join('.')}`;
    throw badInput(`${path}: ${issue.message}`, { field: path });
  }
  const page = parsed.data.page ?? 1;
  const size = parsed.data.pageSize ?? defaultSize;
  return items.slice((page - 1) * size, page * size);
}
