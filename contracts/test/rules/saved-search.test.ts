import { matchesSavedSearch, type AssignmentFacts, type SavedSearchCriteria } from '../../src';

const assignment: AssignmentFacts = {
  assignmentId: 'asg_1', companyId: 'cmp_1', status: 'PUBLISHED', title: 'Slimme sluizen besturen', description: 'Software voor de sluizen van Dordrecht.',
  type: 'GRADUATION', levels: ['BACHELOR'], sector: 'ENGINEERING', requiredSkills: [{ skillId: 'typescript', level: 2 }], niceToHaveSkills: [],
  periodStart: '2027-02-01', periodEnd: '2027-06-30', hoursPerWeek: 32, municipality: 'dordrecht', remote: false, places: 1,
  applicationDeadline: null, allowancePerMonth: null, language: 'NL', publishedAt: '2026-12-01T09:00:00.000Z',
};
const search = (query: string | null, filter: SavedSearchCriteria['filter'] = {}): SavedSearchCriteria => ({ query, filter });

describe('a saved search matches a newly published assignment', () => {
  it.each([
    ['no words, no filters', search(null), true],
    ['words of the title in other forms (stemmed like the search box)', search('sluis besturing'), true],
    ['words of the title and the description', search('sluizen software'), true],
    ['a skill by its synonym', search('ts'), true],
    ['a sector label in English', search('engineering'), true],
    ['the municipality by name', search('Dordrecht'), true],
    ['one word that is not there', search('sluizen zorg'), false],
    ['its type and level', search(null, { types: ['GRADUATION'], levels: ['AD', 'BACHELOR'] }), true],
    ['another type', search(null, { types: ['INTERNSHIP'] }), false],
    ['another municipality', search(null, { municipalityIds: ['rotterdam'] }), false],
    ['remote only', search(null, { workModes: ['REMOTE'] }), false],
    ['hours within', search(null, { minHours: 32, maxHours: 36 }), true],
    ['hours above the maximum', search(null, { maxHours: 24 }), false],
    ['empty lists do not restrict', search(null, { sectors: [], types: [] }), true],
  ])('%s', (_, criteria, expected) => {
    expect(matchesSavedSearch(assignment, criteria)).toBe(expected);
  });
});
