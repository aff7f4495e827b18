import { snippetHtml } from '../../src/domain/highlight';
import { searchableQuery, stemWord } from '@cb/contracts';
import { suggestSkills, typoDistance } from '../../src/domain/skill-suggest';

describe('query stemming', () => {
  it.each([
    ['verpleegkunde', 'verpleegkund'],
    ['verpleegkundige', 'verpleegkund'],
    ['verpleegkundigen', 'verpleegkund'],
    ['opleidingen', 'opleid'],
    ['developers', 'develop'],
    ['engineering', 'engineer'],
    ['zorgen', 'zorg'],
    ['technieken', 'techniek'],
  ])('cuts %s back to %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it.each(['zorg', 'javascript', 'javscript', 'data', 'python', 'css', 'business', 'c#', 'node.js'])('leaves %s alone', (word) => {
    expect(searchableQuery(word)).toBe(word);
  });

  it('keeps what is between the words', () => {
    expect(searchableQuery('Verpleegkundigen, Dordrecht')).toBe('verpleegkund, Dordrecht');
  });
});

describe('typo distance', () => {
  it('counts a swap of neighbours as one typo, and forgives a typo in a half-typed word', () => {
    expect(typoDistance('javscript', 'javascript', 2)).toBe(1);
    expect(typoDistance('jvaascript', 'javascript', 2)).toBe(1);
    expect(typoDistance('javsc', 'javascript', 1)).toBe(1);
    expect(typoDistance('python', 'javascript', 2)).toBe(3);
  });
});

describe('skill suggestions', () => {
  it('offers the label in the language asked first', () => {
    expect(suggestSkills('care', 'EN', 3).map((s) => s.en)[0]).toMatch(/care/i);
    expect(suggestSkills('wondzorg', 'NL', 1)[0].id).toBe('wound-care');
  });
});

describe('highlight HTML', () => {
  it('escapes every piece and marks the matches', () => {
    expect(snippetHtml([{ text: '<b>"Zorg"</b> & ', match: false }, { text: "o'Neill", match: true }])).toBe(
      '&lt;b&gt;&quot;Zorg&quot;&lt;/b&gt; &amp; <mark>o&#39;Neill</mark>',
    );
  });
});
