import { APPLICATION_STATUSES, type ApplicationStatus } from '@cb/contracts';
import { DomainError } from '@cb/kit';
import { WORKFLOW, checkMove, type Actor } from '../../src/domain/workflow';

const codeOf = (move: () => void): string | undefined => {
  try {
    move();
    return undefined;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
};

/** DESIGN.md §4, row by row: from → to → who. */
const ALLOWED: Array<[ApplicationStatus, ApplicationStatus, Actor]> = [
  ['SUBMITTED', 'IN_REVIEW', 'COMPANY'],
  ['SUBMITTED', 'INTERVIEW', 'COMPANY'],
  ['SUBMITTED', 'OFFERED', 'COMPANY'],
  ['SUBMITTED', 'REJECTED', 'COMPANY'],
  ['IN_REVIEW', 'INTERVIEW', 'COMPANY'],
  ['IN_REVIEW', 'OFFERED', 'COMPANY'],
  ['IN_REVIEW', 'REJECTED', 'COMPANY'],
  ['INTERVIEW', 'OFFERED', 'COMPANY'],
  ['INTERVIEW', 'REJECTED', 'COMPANY'],
  ['OFFERED', 'DECLINED', 'STUDENT'],
  ['OFFERED', 'REJECTED', 'COMPANY'],
  ['SUBMITTED', 'WITHDRAWN', 'STUDENT'],
  ['IN_REVIEW', 'WITHDRAWN', 'STUDENT'],
  ['INTERVIEW', 'WITHDRAWN', 'STUDENT'],
  ['OFFERED', 'WITHDRAWN', 'STUDENT'],
];

describe('the application workflow (DESIGN.md §4)', () => {
  it.each(ALLOWED)('lets %s move to %s by the %s', (from, to, by) => {
    expect(codeOf(() => checkMove(from, to, by, 'a note'))).toBeUndefined();
  });

  it('has exactly the moves of the design table, plus OFFERED → ACCEPTED through acceptOffer', () => {
    const table = Object.entries(WORKFLOW).flatMap(([from, moves]) => Object.entries(moves).map(([to, m]) => [from, to, m.by]));
    expect(table.sort()).toEqual([...ALLOWED, ['OFFERED', 'ACCEPTED', 'STUDENT']].sort());
  });

  it('lets the student accept an offer only through acceptOffer', () => {
    expect(codeOf(() => checkMove('OFFERED', 'ACCEPTED', 'STUDENT', null, 'acceptOffer'))).toBeUndefined();
    expect(() => checkMove('OFFERED', 'ACCEPTED', 'STUDENT', null)).toThrow(/use acceptOffer/);
    expect(codeOf(() => checkMove('OFFERED', 'ACCEPTED', 'STUDENT', null))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkMove('SUBMITTED', 'ACCEPTED', 'STUDENT', null))).toBe('BAD_USER_INPUT');
  });

  it('refuses the wrong party with FORBIDDEN', () => {
    expect(codeOf(() => checkMove('SUBMITTED', 'OFFERED', 'STUDENT', null))).toBe('FORBIDDEN');
    expect(codeOf(() => checkMove('SUBMITTED', 'WITHDRAWN', 'COMPANY', null))).toBe('FORBIDDEN');
    expect(codeOf(() => checkMove('OFFERED', 'DECLINED', 'COMPANY', null))).toBe('FORBIDDEN');
    expect(codeOf(() => checkMove('OFFERED', 'ACCEPTED', 'COMPANY', null, 'acceptOffer'))).toBe('FORBIDDEN');
    expect(codeOf(() => checkMove('SUBMITTED', 'IN_REVIEW', null, null))).toBe('FORBIDDEN');
  });

  it.each<[ApplicationStatus, ApplicationStatus, Actor]>([
    ['SUBMITTED', 'DECLINED', 'STUDENT'],
    ['IN_REVIEW', 'SUBMITTED', 'COMPANY'],
    ['INTERVIEW', 'IN_REVIEW', 'COMPANY'],
    ['OFFERED', 'INTERVIEW', 'COMPANY'],
    ['SUBMITTED', 'SUBMITTED', 'COMPANY'],
    ['REJECTED', 'OFFERED', 'COMPANY'],
    ['WITHDRAWN', 'SUBMITTED', 'STUDENT'],
    ['DECLINED', 'OFFERED', 'COMPANY'],
    ['ACCEPTED', 'WITHDRAWN', 'STUDENT'],
  ])('refuses %s → %s with CONFLICT', (from, to, by) => {
    expect(codeOf(() => checkMove(from, to, by, 'note'))).toBe('CONFLICT');
  });

  it('names the allowed moves when it refuses one', () => {
    expect(() => checkMove('INTERVIEW', 'IN_REVIEW', 'COMPANY', null)).toThrow(
      'An application that is INTERVIEW cannot move to IN_REVIEW. It can move to: OFFERED (company), REJECTED (company), WITHDRAWN (student).',
    );
    expect(() => checkMove('REJECTED', 'OFFERED', 'COMPANY', null)).toThrow(/nothing: it is final/);
  });

  it('lets the company revoke an offer only with a note for the student', () => {
    expect(codeOf(() => checkMove('OFFERED', 'REJECTED', 'COMPANY', null))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkMove('OFFERED', 'REJECTED', 'COMPANY', 'The project was cancelled.'))).toBeUndefined();
    expect(codeOf(() => checkMove('INTERVIEW', 'REJECTED', 'COMPANY', null))).toBeUndefined();
  });

  it('leaves the final statuses final', () => {
    for (const final of ['ACCEPTED', 'REJECTED', 'WITHDRAWN', 'DECLINED'] as const) {
      for (const to of APPLICATION_STATUSES.filter((s) => s !== 'ACCEPTED')) {
        expect(codeOf(() => checkMove(final, to, 'COMPANY', 'n'))).toBe('CONFLICT');
        expect(codeOf(() => checkMove(final, to, 'STUDENT', 'n'))).toBe('CONFLICT');
      }
    }
  });
});
