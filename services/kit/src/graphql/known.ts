/**
 * A vocabulary record behind a non-null field (its id was checked on input, so it exists): a missing
 * one is a bug, answered as one, never a null the schema does not allow.
 */
export function known<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`unknown ${what}`);
  return value;
}
