import {
  INSTITUTIONS,
  MUNICIPALITIES,
  REGION_MUNICIPALITY_IDS,
  SECTORS,
  SECTOR_LABELS,
  SKILLS,
  SKILL_CATEGORIES,
  SKILL_IDS,
  institutionById,
  institutionOfProgramme,
  isInRegion,
  isSector,
  municipalityById,
  programmeById,
  resolveSkill,
  skillById,
  skillTerms,
} from '../src/vocab';
import { ASSIGNMENT_TYPE_LABELS, wordsIn } from '../src/vocab/labels';
import { ASSIGNMENT_TYPES } from '../src/enums';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) (seen.has(v) ? dups : seen).add(v);
  return [...dups];
}

describe('skills', () => {
  it('has at least 250 skills', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(250);
  });

  it('has unique kebab-case ids, and SKILL_IDS holds exactly them', () => {
    const ids = SKILLS.map((s) => s.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(SKILL_IDS.size).toBe(ids.length);
    for (const id of ids) expect(SKILL_IDS.has(id)).toBe(true);
  });

  it('gives every skill a known category and non-empty Dutch and English labels', () => {
    const bad = SKILLS.filter(
      (s) =>
        !(SKILL_CATEGORIES as readonly string[]).includes(s.category) ||
        s.nl.trim() === '' ||
        s.en.trim() === '' ||
        s.nl !== s.nl.trim() ||
        s.en !== s.en.trim(),
    ).map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it('covers every category, with the shortage sectors well represented', () => {
    const count = (c: string) => SKILLS.filter((s) => s.category === c).length;
    for (const c of SKILL_CATEGORIES) expect(count(c)).toBeGreaterThanOrEqual(10);
    expect(count('ICT')).toBeGreaterThanOrEqual(60);
    expect(count('ENGINEERING')).toBeGreaterThanOrEqual(50);
    expect(count('HEALTHCARE')).toBeGreaterThanOrEqual(35);
  });

  it('has 1-4 related ids per skill, each existing, distinct and not the skill itself', () => {
    const problems: string[] = [];
    for (const s of SKILLS) {
      if (s.related.length < 1 || s.related.length > 4) problems.push(`${s.id}: ${s.related.length} related`);
      if (duplicates(s.related).length > 0) problems.push(`${s.id}: duplicate related`);
      for (const r of s.related) {
        if (r === s.id) problems.push(`${s.id}: related to itself`);
        if (!SKILL_IDS.has(r)) problems.push(`${s.id}: unknown related '${r}'`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has synonyms that are non-empty strings', () => {
    const bad = SKILLS.filter((s) => s.synonyms.some((syn) => syn.trim() === '')).map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it('never gives one term (id, label or synonym) to two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of SKILLS) {
      for (const t of skillTerms(s)) {
        const other = owner.get(t);
        if (other !== undefined && other !== s.id) clashes.push(`'${t}': ${other} / ${s.id}`);
        else owner.set(t, s.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('looks skills up by id', () => {
    expect(skillById('typescript')?.en).toBe('TypeScript');
    expect(skillById('wound-care')?.nl).toBe('Wondzorg');
    expect(skillById('no-such-skill')).toBeUndefined();
  });

  it('resolves Dutch and English terms, ignoring case and accents', () => {
    expect(resolveSkill('verpleegkundige')?.id).toBe('nursing');
    expect(resolveSkill('Nursing')?.id).toBe('nursing');
    expect(resolveSkill('dietetiek')?.id).toBe('dietetics');
    expect(resolveSkill('  PLC ')?.id).toBe('plc-programming');
    expect(resolveSkill('lassen')?.id).toBe('welding-technology');
    expect(resolveSkill('scheepsbouw')?.id).toBe('shipbuilding');
    expect(resolveSkill('nothing like this')).toBeUndefined();
  });

  it('covers the skills the region asks for', () => {
    for (const id of [
      'typescript', 'python', 'cybersecurity', 'software-testing', 'ux-design', 'cloud-computing',
      'plc-programming', 'welding-inspection', 'hydraulics', 'shipbuilding', 'process-technology', 'energy-transition',
      'nursing', 'wound-care', 'medication-administration', 'elderly-care', 'mental-health-care', 'physiotherapy',
      'patient-communication', 'hygiene-protocols', 'supply-chain-management', 'bim', 'didactics',
      'communication', 'planning-organising', 'teamwork', 'presenting', 'project-management',
      'dutch-language', 'english-language', 'problem-solving',
    ]) {
      expect(SKILL_IDS.has(id)).toBe(true);
    }
  });
});

describe('municipalities', () => {
  const DRECHTSTEDEN = [
    'alblasserdam',
    'dordrecht',
    'hardinxveld-giessendam',
    'hendrik-ido-ambacht',
    'papendrecht',
    'sliedrecht',
    'zwijndrecht',
  ];

  it('has unique kebab-case ids', () => {
    const ids = MUNICIPALITIES.map((m) => m.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('has exactly the seven Drechtsteden municipalities in the region', () => {
    for (const id of DRECHTSTEDEN) {
      expect(municipalityById(id)?.inRegion).toBe(true);
      expect(isInRegion(id)).toBe(true);
    }
    expect([...REGION_MUNICIPALITY_IDS].sort()).toEqual([...DRECHTSTEDEN].sort());
  });

  it('keeps neighbouring and other municipalities out of the region', () => {
    const outside = MUNICIPALITIES.filter((m) => !m.inRegion);
    expect(outside.length).toBeGreaterThanOrEqual(10);
    for (const id of ['rotterdam', 'gorinchem', 'molenlanden', 'barendrecht', 'ridderkerk', 'breda', 'utrecht', 'den-haag', 'amsterdam']) {
      expect(municipalityById(id)).toBeDefined();
      expect(isInRegion(id)).toBe(false);
    }
    expect(isInRegion('no-such-place')).toBe(false);
    expect(municipalityById('no-such-place')).toBeUndefined();
  });

  it('has unique CBS codes in the GMxxxx format', () => {
    const codes = MUNICIPALITIES.map((m) => m.cbsCode);
    expect(duplicates(codes)).toEqual([]);
    for (const c of codes) expect(c).toMatch(/^GM\d{4}$/);
  });
});

describe('sectors', () => {
  it('puts the shortage sectors first', () => {
    expect(SECTORS.slice(0, 3)).toEqual(['ICT', 'ENGINEERING', 'HEALTHCARE']);
    expect(duplicates([...SECTORS])).toEqual([]);
  });

  it('labels every sector in Dutch and English', () => {
    expect(Object.keys(SECTOR_LABELS).sort()).toEqual([...SECTORS].sort());
    for (const s of SECTORS) {
      expect(SECTOR_LABELS[s].nl.length).toBeGreaterThan(0);
      expect(SECTOR_LABELS[s].en.length).toBeGreaterThan(0);
    }
    expect(isSector('HEALTHCARE')).toBe(true);
    expect(isSector('healthcare')).toBe(false);
  });
});

describe('institutions', () => {
  const programmes = INSTITUTIONS.flatMap((i) => i.programmes);

  it('has unique kebab-case institution ids', () => {
    const ids = INSTITUTIONS.map((i) => i.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(institutionById('hogeschool-rotterdam')?.name).toBe('Hogeschool Rotterdam');
    expect(institutionById('nope')).toBeUndefined();
  });

  it('has 3-8 programmes per institution', () => {
    for (const i of INSTITUTIONS) {
      expect(i.programmes.length).toBeGreaterThanOrEqual(3);
      expect(i.programmes.length).toBeLessThanOrEqual(8);
    }
  });

  it('has globally unique kebab-case programme ids', () => {
    const ids = programmes.map((p) => p.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('gives every programme a known sector, at least one level and both labels', () => {
    const sectors: readonly string[] = SECTORS;
    for (const p of programmes) {
      expect(sectors).toContain(p.sector);
      expect(p.levels.length).toBeGreaterThan(0);
      for (const l of p.levels) expect(['AD', 'BACHELOR']).toContain(l);
      expect(p.nl.trim()).not.toBe('');
      expect(p.en.trim()).not.toBe('');
    }
  });

  it('offers both AD and bachelor programmes', () => {
    expect(programmes.some((p) => p.levels.includes('AD'))).toBe(true);
    expect(programmes.some((p) => p.levels.includes('BACHELOR'))).toBe(true);
  });

  it('looks programmes up by id, with their institution', () => {
    expect(programmeById('hr-hbo-ict')?.sector).toBe('ICT');
    expect(institutionOfProgramme('hr-hbo-ict')?.id).toBe('hogeschool-rotterdam');
    expect(programmeById('nope')).toBeUndefined();
    for (const p of programmes) expect(programmeById(p.id)).toBe(p);
  });
});

describe('labels as the words of one language', () => {
  it('keeps every key of the table and takes the word of the language asked', () => {
    const words = { nl: wordsIn(ASSIGNMENT_TYPE_LABELS, 'nl'), en: wordsIn(ASSIGNMENT_TYPE_LABELS, 'en') };
    expect(Object.keys(words.nl).sort()).toEqual([...ASSIGNMENT_TYPES].sort());
    expect(words.nl.INTERNSHIP).toBe('Stage');
    expect(words.en.INTERNSHIP).toBe('Internship');
    expect(wordsIn(SECTOR_LABELS, 'en').HEALTHCARE).toBe('Healthcare');
  });
});
