import { requestLanguage } from '../../src/graphql/language';

describe('the language of a request', () => {
  it.each([
    [undefined, 'NL'],
    ['', 'NL'],
    // What the gateway sends every subgraph call.
    ['nl', 'NL'],
    ['en', 'EN'],
    ['EN', 'EN'],
    ['en-GB', 'EN'],
    ['nl;q=0.5, en', 'EN'],
    ['en;q=0.4, nl;q=0.8', 'NL'],
    ['de, fr', 'NL'],
    ['de, en;q=0.1', 'EN'],
  ])('reads Accept-Language %p as %s', (header, language) => {
    expect(requestLanguage(header)).toBe(language);
  });
});
