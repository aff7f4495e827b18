import i18next from 'i18next';
import { inputFor, isMissing, problemsOf, reasonText } from '../src/domain/error-text';
import { en } from '../src/i18n/en';
import { nl } from '../src/i18n/nl';
import { reasonsNl } from '../src/i18n/reasons';

/** The app's own dictionaries in a real i18next instance, as the pages use them. */
const i18n = i18next.createInstance();
void i18n.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng: 'nl', initAsync: false, interpolation: { escapeValue: false } });
const translator = (dictionary: typeof nl) => i18n.getFixedT(dictionary === nl ? 'nl' : 'en') as unknown as (key: string, values?: Record<string, unknown>) => string;

describe('reasonText: words decided on the reason, never on the message', () => {
  it('gives the Dutch text of a known reason, whatever the English message says', () => {
    const text = reasonText(translator(nl), reasonsNl, 'nl', { reason: 'EMAIL_IN_USE', message: 'An account with this e-mail address already exists' });
    expect(text).toBe(nl.reasons.EMAIL_IN_USE);
  });

  it('fills in the limit the API names', () => {
    expect(reasonText(translator(nl), reasonsNl, 'nl', { reason: 'TOO_SHORT', min: 3 })).toBe(nl.limits.TOO_SHORT.replace('{{min}}', '3'));
    expect(reasonText(translator(en), reasonsNl, 'en', { reason: 'OUT_OF_RANGE', min: 4, max: 40 })).toBe('Choose a number from 4 to 40.');
  });

  it('uses the plain reason text when the limit is not named', () => {
    expect(reasonText(translator(en), reasonsNl, 'en', { reason: 'TOO_LONG' })).toBe(en.reasons.TOO_LONG);
    expect(reasonText(translator(en), reasonsNl, 'en', { reason: 'OUT_OF_RANGE', min: 1 })).toBe(en.reasons.OUT_OF_RANGE);
  });

  it('never shows an English server message on a Dutch page for an unknown reason', () => {
    expect(reasonText(translator(nl), reasonsNl, 'nl', { reason: 'SOMETHING_NEW', message: 'Something new went wrong' })).toBeUndefined();
    expect(reasonText(translator(nl), reasonsNl, 'nl', { message: 'Please fix: input.title: must be at least 3 characters' })).toBeUndefined();
  });

  it('shows the server message in English only as the last resort', () => {
    expect(reasonText(translator(en), reasonsNl, 'en', { reason: 'SOMETHING_NEW', message: 'Something new went wrong' })).toBe('Something new went wrong');
  });

  it('says how long to wait when rate limited', () => {
    expect(reasonText(translator(en), reasonsNl, 'en', { reason: 'RATE_LIMITED', retryAfter: 30 })).toBe(en.reasons.RATE_LIMITED.replace('{{seconds}}', '30'));
  });
});

describe('problemsOf: every refused field of an error', () => {
  const base = { code: 'BAD_USER_INPUT', message: 'Please fix', fields: [] };

  it('takes extensions.fields when the API sends it', () => {
    const fields = [
      { field: 'input.title', reason: 'TOO_SHORT', min: 3 },
      { field: 'input.periodStart', reason: 'REQUIRED' },
    ];
    expect(problemsOf({ ...base, field: 'input.title', reason: 'TOO_SHORT', fields })).toEqual(fields);
  });

  it('makes one problem of a single extensions.field', () => {
    expect(problemsOf({ ...base, code: 'CONFLICT', field: 'input.email', reason: 'EMAIL_IN_USE', message: 'in use' })).toEqual([
      { field: 'input.email', reason: 'EMAIL_IN_USE', message: 'in use', min: undefined, max: undefined },
    ]);
  });

  it('has none when the API names no field', () => {
    expect(problemsOf({ ...base, code: 'CONFLICT', reason: 'ASSIGNMENT_FULL' })).toEqual([]);
  });
});

describe('inputFor: which input of the form shows an API path', () => {
  const inputs = ['input.title', 'input.requiredSkills', 'input.required'];

  it('is the input of that exact path', () => {
    expect(inputFor('input.title', inputs)).toBe('input.title');
  });

  it('is the nearest input above a nested path, not one that merely shares a prefix', () => {
    expect(inputFor('input.requiredSkills.0.level', inputs)).toBe('input.requiredSkills');
  });

  it('is none for a path the form does not show', () => {
    expect(inputFor('input.kvkNumber', inputs)).toBeUndefined();
  });
});

describe('isMissing: the client-side REQUIRED check', () => {
  it.each([
    ['an empty text', '', true],
    ['only spaces', '   ', true],
    ['an empty list', [], true],
    ['nothing', undefined, true],
    ['a text', 'Stage', false],
    ['a list with an item', ['BACHELOR'], false],
    ['false (an unticked box)', false, false],
  ])('%s', (_, value, missing) => {
    expect(isMissing(value)).toBe(missing);
  });
});
