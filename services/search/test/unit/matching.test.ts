import {
  ONE_LEVEL_BELOW_CREDIT,
  RELATED_SKILL_CREDIT,
  WEIGHTS,
  areRelated,
  explainUnmet,
  matchAssignment,
  scoreMatch,
  todayInAmsterdam,
  unmetConstraints,
  type AssignmentForMatching,
  type StudentForMatching,
} from '../../src/domain/matching';

const TODAY = '2026-03-01';
/** With no nice-to-have skills asked, the required ones carry that weight too. */
const SKILLS_WEIGHT = WEIGHTS.requiredSkills + WEIGHTS.niceToHaveSkills;

const student = (over: Partial<StudentForMatching> = {}, prefs: Partial<StudentForMatching['preferences']> = {}): StudentForMatching => ({
  level: 'BACHELOR',
  skills: [],
  ...over,
  preferences: {
    sectors: [],
    types: [],
    municipalities: [],
    availableFrom: null,
    availableUntil: null,
    hoursPerWeek: null,
    ...prefs,
  },
});

const assignment = (over: Partial<AssignmentForMatching> = {}): AssignmentForMatching => ({
  levels: ['BACHELOR'],
  sector: 'ICT',
  type: 'INTERNSHIP',
  requiredSkills: [],
  niceToHaveSkills: [],
  periodStart: '2026-09-01',
  periodEnd: '2027-01-31',
  hoursPerWeek: 32,
  municipality: 'dordrecht',
  remote: false,
  applicationDeadline: null,
  placesLeft: 1,
  ...over,
});

const FIVE_REQUIRED = [
  { skillId: 'python', level: 2 },
  { skillId: 'javascript', level: 2 },
  { skillId: 'git', level: 2 },
  { skillId: 'docker', level: 2 },
  { skillId: 'sql', level: 2 },
];
const FOUR_OF_THEM = FIVE_REQUIRED.slice(0, 4).map((s) => ({ skillId: s.skillId, level: 3 }));

describe('hard constraints', () => {
  it('passes a plain fit', () => {
    expect(unmetConstraints(student(), assignment(), TODAY)).toEqual([]);
  });

  it("needs the student's study level among the assignment's levels", () => {
    expect(unmetConstraints(student({ level: 'AD' }), assignment({ levels: ['BACHELOR'] }), TODAY)).toEqual(['LEVEL']);
    expect(unmetConstraints(student({ level: 'AD' }), assignment({ levels: ['AD', 'BACHELOR'] }), TODAY)).toEqual([]);
  });

  it('needs a place left', () => {
    expect(unmetConstraints(student(), assignment({ placesLeft: 0 }), TODAY)).toEqual(['PLACES_LEFT']);
  });

  it('needs the application deadline not to have passed (the deadline day itself still counts)', () => {
    expect(unmetConstraints(student(), assignment({ applicationDeadline: '2026-02-28' }), TODAY)).toEqual(['APPLICATIONS_OPEN']);
    expect(unmetConstraints(student(), assignment({ applicationDeadline: TODAY }), TODAY)).toEqual([]);
  });

  it('does not recommend an assignment whose period is over, or has started without a deadline (applications closed then)', () => {
    expect(unmetConstraints(student(), assignment({ periodStart: '2025-09-01', periodEnd: '2026-02-01' }), TODAY)).toEqual(['APPLICATIONS_OPEN']);
    expect(unmetConstraints(student(), assignment({ periodStart: TODAY, applicationDeadline: null }), TODAY)).toEqual(['APPLICATIONS_OPEN']);
    expect(explainUnmet(['APPLICATIONS_OPEN'], student(), assignment({ periodStart: TODAY, applicationDeadline: null }), 'EN', 'self')[0]).toMatch(/^Applications closed when the period started/);
  });

  it("needs the period to overlap the student's availability, when they gave it", () => {
    const a = assignment({ periodStart: '2026-09-01', periodEnd: '2027-01-31' });
    expect(unmetConstraints(student({}, { availableUntil: '2026-08-31' }), a, TODAY)).toEqual(['AVAILABILITY']);
    expect(unmetConstraints(student({}, { availableFrom: '2027-02-01' }), a, TODAY)).toEqual(['AVAILABILITY']);
    expect(unmetConstraints(student({}, { availableFrom: '2027-01-31' }), a, TODAY)).toEqual([]);
  });

  it('leaves out an assignment that breaks one, and scores the others', () => {
    expect(matchAssignment(student({ level: 'AD' }), assignment(), TODAY, 'EN')).toBeNull();
    expect(matchAssignment(student(), assignment(), TODAY, 'EN')?.score).toBeGreaterThan(0);
  });
});

describe('score', () => {
  it('gives 100 for a student who has every skill at the level asked and whose every preference fits', () => {
    const s = student(
      { skills: FIVE_REQUIRED.map((r) => ({ ...r, level: 4 })).concat({ skillId: 'html', level: 1 }) },
      { sectors: ['ICT'], types: ['INTERNSHIP'], municipalities: ['dordrecht'], availableFrom: '2026-08-01', availableUntil: '2027-06-30', hoursPerWeek: 36 },
    );
    const result = scoreMatch(s, assignment({ requiredSkills: FIVE_REQUIRED, niceToHaveSkills: [{ skillId: 'html', level: 1 }] }), 'EN');
    expect(result.score).toBe(100);
    expect(result.reasons).toEqual([
      'Has all 5 required skills: Python, JavaScript, Git, Docker, SQL',
      'Has the one nice-to-have skill: HTML',
      'Matches your preferred sector: ICT',
      'Matches your preferred type: internship',
      'In your preferred municipality: Dordrecht',
      'Fits your 36 hours a week (asks 32)',
      'Available for the whole period',
    ]);
  });

  it('says which required skill is missing, in English and in Dutch', () => {
    const s = student({ skills: FOUR_OF_THEM });
    const a = assignment({ requiredSkills: FIVE_REQUIRED });
    expect(scoreMatch(s, a, 'EN').reasons[0]).toBe('Has 4 of 5 required skills; missing: SQL');
    expect(scoreMatch(s, a, 'NL').reasons[0]).toBe('Heeft 4 van de 5 gevraagde vaardigheden; ontbreekt: SQL');
  });

  it('weighs skills most: together more than every preference together, each part more than any one preference', () => {
    const a = assignment({ requiredSkills: FIVE_REQUIRED, sector: 'HEALTHCARE' });
    const allSkillsWrongSector = scoreMatch(student({ skills: FIVE_REQUIRED }, { sectors: ['ICT'] }), a, 'EN').score;
    const missingOneRightSector = scoreMatch(student({ skills: FOUR_OF_THEM }, { sectors: ['HEALTHCARE'] }), a, 'EN').score;
    expect(WEIGHTS.requiredSkills).toBe(Math.max(...Object.values(WEIGHTS)));
    expect(allSkillsWrongSector).toBe(100 - WEIGHTS.sector);
    expect(missingOneRightSector).toBeCloseTo(100 - SKILLS_WEIGHT / 5, 1);
    const preferences = WEIGHTS.sector + WEIGHTS.type + WEIGHTS.municipality + WEIGHTS.hours + WEIGHTS.period;
    expect(SKILLS_WEIGHT).toBeGreaterThan(preferences);
    // Missing one of two required skills costs more than breaking any one wish.
    expect(SKILLS_WEIGHT / 2).toBeGreaterThan(Math.max(WEIGHTS.sector, WEIGHTS.type, WEIGHTS.municipality, WEIGHTS.hours, WEIGHTS.period));
    expect(Object.values(WEIGHTS).reduce((x, y) => x + y, 0)).toBe(100);
  });

  it('gives most of the credit for a skill one level below the level asked: a placement is where it is learnt', () => {
    const a = assignment({ requiredSkills: [{ skillId: 'python', level: 3 }] });
    const result = scoreMatch(student({ skills: [{ skillId: 'python', level: 2 }] }), a, 'EN');
    expect(result.score).toBeCloseTo(100 - SKILLS_WEIGHT * (1 - ONE_LEVEL_BELOW_CREDIT), 1);
    expect(result.reasons).toEqual(['Has the required skill: Python', 'Below the requested level for: Python (level 2 of 3)']);
  });

  it('gives part of the credit for a skill below the level asked, and says so', () => {
    const a = assignment({ requiredSkills: [{ skillId: 'python', level: 4 }] });
    const result = scoreMatch(student({ skills: [{ skillId: 'python', level: 2 }] }), a, 'EN');
    expect(result.score).toBe(100 - SKILLS_WEIGHT / 2);
    expect(result.reasons).toEqual(['Has the required skill: Python', 'Below the requested level for: Python (level 2 of 4)']);
  });

  it('gives partial credit for a related skill from the vocabulary instead of a missing one', () => {
    expect(areRelated('postgresql', 'sql')).toBe(true);
    const a = assignment({ requiredSkills: [{ skillId: 'sql', level: 2 }] });
    const withRelated = scoreMatch(student({ skills: [{ skillId: 'postgresql', level: 3 }] }), a, 'EN');
    const without = scoreMatch(student({ skills: [{ skillId: 'wound-care', level: 3 }] }), a, 'EN');
    expect(without.score).toBe(100 - SKILLS_WEIGHT);
    expect(withRelated.score).toBe(without.score + SKILLS_WEIGHT * RELATED_SKILL_CREDIT);
    expect(withRelated.reasons).toEqual(['Does not have the required skill: SQL', 'Related experience for SQL: PostgreSQL']);
    expect(scoreMatch(student({ skills: [{ skillId: 'postgresql', level: 3 }] }), a, 'NL').reasons[1]).toBe('Verwante ervaring voor SQL: PostgreSQL');
  });

  it('ranks an assignment that fits the skills above one that asks for none', () => {
    const s = student({ skills: [{ skillId: 'python', level: 3 }] });
    const specific = scoreMatch(s, assignment({ requiredSkills: [{ skillId: 'python', level: 2 }] }), 'EN');
    const vague = scoreMatch(s, assignment(), 'EN');
    expect(specific.score).toBeGreaterThan(vague.score);
    expect(vague.reasons[0]).toBe('No specific skills required');
  });

  it('says counts the way people do: both, the one, none', () => {
    const s = student({ skills: [{ skillId: 'docker', level: 2 }, { skillId: 'git', level: 2 }] });
    const two = [{ skillId: 'docker', level: 1 }, { skillId: 'git', level: 1 }];
    expect(scoreMatch(s, assignment({ requiredSkills: two }), 'NL').reasons[0]).toBe('Heeft beide gevraagde vaardigheden: Docker, Git');
    expect(scoreMatch(s, assignment({ requiredSkills: two }), 'EN').reasons[0]).toBe('Has both required skills: Docker, Git');
    const nice = scoreMatch(s, assignment({ requiredSkills: [{ skillId: 'docker', level: 1 }], niceToHaveSkills: [{ skillId: 'git', level: 1 }] }), 'NL').reasons;
    expect(nice).toEqual(expect.arrayContaining(['Heeft de gevraagde vaardigheid: Docker', 'Heeft de ene gewenste vaardigheid: Git']));
    const none = scoreMatch(student({ skills: [] }), assignment({ requiredSkills: two }), 'EN').reasons[0];
    expect(none).toBe('Has none of the 2 required skills; missing: Docker, Git');
  });

  it('counts nice-to-have skills less than required ones', () => {
    const s = student({ skills: [{ skillId: 'docker', level: 2 }] });
    const asRequired = scoreMatch(s, assignment({ requiredSkills: [{ skillId: 'docker', level: 2 }], niceToHaveSkills: [{ skillId: 'git', level: 1 }] }), 'EN');
    const asNice = scoreMatch(s, assignment({ requiredSkills: [{ skillId: 'git', level: 1 }], niceToHaveSkills: [{ skillId: 'docker', level: 2 }] }), 'EN');
    expect(asRequired.score).toBeGreaterThan(asNice.score);
    expect(asNice.reasons).toEqual(expect.arrayContaining(['Does not have the required skill: Git', 'Has the one nice-to-have skill: Docker']));
    expect(scoreMatch(s, assignment({ niceToHaveSkills: [{ skillId: 'git', level: 1 }] }), 'NL').reasons).toContain('Heeft de gewenste vaardigheid niet');
  });

  it('explains preferences that do not fit, and costs their weight', () => {
    const s = student({}, { sectors: ['HEALTHCARE'], types: ['GRADUATION'], municipalities: ['rotterdam'] });
    const result = scoreMatch(s, assignment(), 'NL');
    expect(result.reasons).toEqual([
      'Geen specifieke vaardigheden gevraagd',
      'Niet een van je voorkeurssectoren: ICT',
      'Niet een van je voorkeurstypen: stage',
      'Buiten je voorkeursgemeenten: Dordrecht',
    ]);
    const full = scoreMatch(student(), assignment(), 'NL').score;
    expect(result.score).toBe(full - WEIGHTS.sector - WEIGHTS.type - WEIGHTS.municipality);
  });

  it('says the sector in the language asked', () => {
    const s = student({}, { sectors: ['HEALTHCARE'] });
    expect(scoreMatch(s, assignment({ sector: 'HEALTHCARE' }), 'NL').reasons).toContain('Past bij je voorkeurssector: Zorg');
    expect(scoreMatch(s, assignment({ sector: 'HEALTHCARE' }), 'EN').reasons).toContain('Matches your preferred sector: Healthcare');
  });

  it('treats a remote assignment as fitting any municipality', () => {
    const s = student({}, { municipalities: ['rotterdam'] });
    const result = scoreMatch(s, assignment({ remote: true }), 'EN');
    expect(result.reasons).toContain('Can be done remotely (based in Dordrecht)');
    expect(result.score).toBe(scoreMatch(student(), assignment(), 'EN').score);
  });

  it('scales the hours part by how many of the hours asked the student has', () => {
    const result = scoreMatch(student({}, { hoursPerWeek: 16 }), assignment({ hoursPerWeek: 32 }), 'EN');
    expect(result.reasons).toContain('Asks 32 hours a week; you have 16');
    expect(result.score).toBe(scoreMatch(student(), assignment(), 'EN').score - WEIGHTS.hours / 2);
  });

  it('scales the period part by how much of the period the student is available', () => {
    const a = assignment({ periodStart: '2026-09-01', periodEnd: '2026-09-10' });
    const result = scoreMatch(student({}, { availableFrom: '2026-09-06' }), a, 'EN');
    expect(result.reasons).toContain('Available for 50% of the period');
    expect(scoreMatch(student({}, { availableFrom: '2026-09-06' }), a, 'NL').reasons).toContain('Beschikbaar voor 50% van de periode');
    expect(result.score).toBe(scoreMatch(student(), a, 'EN').score - WEIGHTS.period / 2);
  });

  it('stays between 0 and 100 with one decimal', () => {
    const s = student({ skills: [{ skillId: 'python', level: 1 }] }, { sectors: ['EDUCATION'], types: ['MINOR'], municipalities: ['utrecht'], hoursPerWeek: 7, availableFrom: '2027-01-30' });
    const { score } = scoreMatch(s, assignment({ requiredSkills: [{ skillId: 'python', level: 3 }, { skillId: 'sql', level: 2 }], niceToHaveSkills: [{ skillId: 'git', level: 1 }] }), 'EN');
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(Math.round(score * 10) / 10).toBe(score);
  });
});

describe('today', () => {
  it('is the date in the Netherlands, not in UTC', () => {
    expect(todayInAmsterdam(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
