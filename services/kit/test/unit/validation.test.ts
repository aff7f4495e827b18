import { z } from 'zod';
import { DomainError, isoDate, parseInput, text } from '../../src';

const form = z.object({ title: text.title(), email: text.email(), start: isoDate(), places: z.number().int().min(1).max(50) });

function refusal(input: unknown): DomainError {
  try {
    parseInput(form, input);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('parseInput accepted the input');
}

describe('parseInput: every failing field with the rule it broke, so a form can mark each input', () => {
  it('names the first field and lists all of them with reason and limit', () => {
    const err = refusal({ title: 'ab', email: 'not-an-address', start: '2027-02-30', places: 0 });
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.reason).toBe('TOO_SHORT');
    expect(err.details?.field).toBe('input.title');
    expect(err.details?.fields).toEqual([
      { field: 'input.title', reason: 'TOO_SHORT', min: 3, message: 'must be at least 3 characters' },
      { field: 'input.email', reason: 'INVALID_FORMAT', message: 'is not a valid e-mail address' },
      { field: 'input.start', reason: 'INVALID_DATE', message: 'is not a real date' },
      { field: 'input.places', reason: 'OUT_OF_RANGE', min: 1, message: expect.any(String) },
    ]);
  });

  it('calls an empty or missing field REQUIRED, and a too-long one TOO_LONG with its maximum', () => {
    const err = refusal({ title: '   ', start: '2027-02-01', places: 3 });
    expect(err.details?.fields).toEqual([
      { field: 'input.title', reason: 'REQUIRED', message: expect.any(String) },
      { field: 'input.email', reason: 'REQUIRED', message: expect.any(String) },
    ]);
    const long = refusal({ title: 'x'.repeat(161), email: 'a@b.nl', start: '2027-02-01', places: 3 });
    expect(long.details?.fields).toEqual([{ field: 'input.title', reason: 'TOO_LONG', max: 160, message: 'must be at most 160 characters' }]);
  });
});
