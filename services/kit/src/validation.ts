import { z } from 'zod';
import { Reasons, normaliseEmail, type Reason } from '@cb/contracts';
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
    }, { message: 'is not a real date', params: { reason: Reasons.INVALID_DATE } });

/** One field a client should mark: its input path, the rule it broke and, for lengths and ranges, the limit. */
export interface FieldProblem {
  field: string;
  reason: Reason;
  message: string;
  min?: number;
  max?: number;
}

/** Which rule a zod issue broke, as a reason a client can translate (zod 4 issue codes). */
function reasonOf(issue: z.core.$ZodIssue, input: unknown): Pick<FieldProblem, 'reason' | 'min' | 'max'> {
  const value = issue.path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), input);
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return empty ? { reason: Reasons.REQUIRED } : { reason: Reasons.TOO_SHORT, min: Number(issue.minimum) };
      if (issue.origin === 'array') return { reason: Reasons.REQUIRED, min: Number(issue.minimum) };
      return { reason: Reasons.OUT_OF_RANGE, min: Number(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') return { reason: Reasons.TOO_LONG, max: Number(issue.maximum) };
      return { reason: Reasons.OUT_OF_RANGE, max: Number(issue.maximum) };
    case 'invalid_type':
      return empty ? { reason: Reasons.REQUIRED } : { reason: Reasons.INVALID_VALUE };
    case 'invalid_format':
      return { reason: Reasons.INVALID_FORMAT };
    case 'custom':
      return { reason: (issue.params?.reason as Reason | undefined) ?? Reasons.INVALID_VALUE };
    default:
      return { reason: Reasons.INVALID_VALUE };
  }
}

/**
 * Parses user input with a zod schema; a failure becomes BAD_USER_INPUT naming every field to fix:
 * `extensions.field` is the first, `extensions.fields` lists them all with their reasons, so a form
 * can mark each input.
 */
export function parseInput<T extends z.ZodTypeAny>(schema: T, input: unknown, what = 'input'): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldProblem[] = result.error.issues.map((issue) => ({
    field: [what, ...issue.path.map(String)].join('.'),
    message: issue.message,
    ...reasonOf(issue, input),
  }));
  const [first] = fields;
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return throwBadInput(first, `Please fix: ${summary}`, fields);
}

function throwBadInput(first: FieldProblem, message: string, fields: FieldProblem[]): never {
  throw badInput(first.field, first.reason, message, { fields });
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
    throw badInput(path, Reasons.OUT_OF_RANGE, `${path}: ${issue.message}`);
  }
  const page = parsed.data.page ?? 1;
  const size = parsed.data.pageSize ?? defaultSize;
  return items.slice((page - 1) * size, page * size);
}
