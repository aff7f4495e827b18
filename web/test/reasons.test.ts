import { ERROR_CODES, Reasons } from '../../contracts/src/errors';
import { en } from '../src/i18n/en';
import { nl } from '../src/i18n/nl';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const dictionaries = { nl, en } as const;

describe('the words for every refusal the API can give', () => {
  describe.each(Object.keys(dictionaries) as Array<keyof typeof dictionaries>)('in %s', (lang) => {
    const dictionary = dictionaries[lang];

    it.each(Object.values(Reasons))('has a text for the reason %s', (reason) => {
      const text = (dictionary.reasons as Record<string, unknown>)[reason];
      expect(typeof text).toBe('string');
      expect((text as string).trim().length).toBeGreaterThan(5);
    });

    it('has no text for a reason the contracts do not know', () => {
      expect(Object.keys(dictionary.reasons).sort()).toEqual(Object.values(Reasons).sort());
    });

    it.each([...ERROR_CODES])('has a title and a hint for the code %s', (code) => {
      const texts = (dictionary.errors as Record<string, { title?: string; hint?: string }>)[code];
      expect(texts?.title?.trim()).toBeTruthy();
      expect(texts?.hint?.trim()).toBeTruthy();
    });
  });

  it.each(Object.values(Reasons))('uses the same placeholders in Dutch and English for %s', (reason) => {
    expect(placeholders(en.reasons[reason])).toEqual(placeholders(nl.reasons[reason]));
  });

  it('says something different in English than in Dutch', () => {
    const same = Object.values(Reasons).filter((reason) => en.reasons[reason] === nl.reasons[reason]);
    expect(same).toEqual([]);
  });
});
