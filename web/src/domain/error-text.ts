/**
 * Which words the web app shows for an API refusal, decided on `extensions.code` and
 * `extensions.reason` only — never on the message text. Plain functions over a translate
 * function, so the rule is tested without a browser (web/test/error-text.test.ts).
 */
import type { FieldProblem } from '../api/client';

type Translate = (key: string, values?: Record<string, unknown>) => string;

interface Refusal {
  code: string;
  message: string;
  field?: string;
  reason?: string;
  retryAfter?: number;
  fields: FieldProblem[];
  min?: number;
  max?: number;
}

const LIMITED = new Set(['TOO_SHORT', 'TOO_LONG', 'OUT_OF_RANGE']);

/**
 * The reader's words for one refused rule. A reason we have no words for falls back on the API's
 * own message in English only (it is written in English) and on nothing in Dutch, so a Dutch
 * page never shows an English sentence.
 */
export function reasonText(
  t: Translate,
  known: Record<string, string>,
  lang: 'nl' | 'en',
  problem: { reason?: string; message?: string; min?: number; max?: number; retryAfter?: number },
): string | undefined {
  const { reason, min, max } = problem;
  if (reason && LIMITED.has(reason) && (reason === 'OUT_OF_RANGE' ? min != null && max != null : (reason === 'TOO_SHORT' ? min : max) != null)) {
    return t(`limits.${reason}`, { min, max });
  }
  if (reason && reason in known) return t(`reasons.${reason}`, { seconds: problem.retryAfter ?? 1 });
  return lang === 'en' && problem.message ? problem.message : undefined;
}

/** Every refused field of an error: `extensions.fields`, or the single `extensions.field`. */
export function problemsOf(error: Refusal): FieldProblem[] {
  if (error.fields.length) return error.fields;
  if (!error.field) return [];
  return [{ field: error.field, reason: error.reason, message: error.message, min: error.min, max: error.max }];
}

/** The form's input that shows a refused API path: the same path, or the nearest one above it (`input.requiredSkills.0.level` → `input.requiredSkills`). */
export function inputFor(path: string, inputs: readonly string[]): string | undefined {
  return [...inputs].sort((a, b) => b.length - a.length).find((name) => path === name || path.startsWith(`${name}.`));
}

/** A required value that is missing: empty text (after trimming), an empty list, or nothing. */
export function isMissing(value: unknown): boolean {
  if (value == null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
