import { requestLanguage, type RequestLanguage } from '../../src/graphql/language';

describe('the language of a request', () => {
  it('is English when the client prefers it to Dutch, and Dutch otherwise', () => {
    const readings: Record<string, RequestLanguage> = {
      // What the gateway sends every subgraph call.
      nl: 'NL',
      en: 'EN',
      EN: 'EN',
      'en-GB': 'EN',
      'nl;q=0.5, en': 'EN',
      'en;q=0.4, nl;q=0.8': 'NL',
      'de, fr': 'NL',
      'de, en;q=0.1': 'EN',
      '': 'NL',
    };
    const read = Object.fromEntries(Object.keys(readings).map((header) => [header, requestLanguage(header)]));
    expect(read).toEqual(readings);
    expect(requestLanguage(undefined)).toBe('NL');
  });
});
