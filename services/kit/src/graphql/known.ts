/**
 * A record behind a non-null field that exists by construction (a vocabulary id checked on input, an
 * assignment's own organisation, a placement's application): a missing one is a bug, answered as one,
 * never a null the schema does not allow.
 */
export function known<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`unknown ${what}`);
  return value;
}
