import { skillById, type AssignmentFacts, type CompanyFacts, type StudentFacts } from '@cb/contracts';
import { seededRandom, type SeededRandom } from '@cb/kit';
import profiles from './profiles.json';

/**
 * The quality test's world: made-up students and assignments of the region, generated from a
 * fixed seed so every run (and the labels in test/quality/labels.json) sees exactly the same data.
 *
 * Students and assignments are drawn from eight work profiles (web development, data, IT
 * infrastructure, automation, mechanical and maritime engineering, nursing, logistics, building
 * and energy), each with core skills most people in it have and extended skills some have, plus
 * general skills everyone draws from. A tenth of the students combine two profiles. Profiles
 * share a few skills (SQL, Docker, Excel, data analysis), and the vocabulary relates skills across
 * them, so the matcher meets near misses, not just exact hits and clear misses.
 */
export const QUALITY_TODAY = '2026-03-01';
export const STUDENT_COUNT = 96;
export const ASSIGNMENT_COUNT = 100;

interface Profile {
  name: string;
  sectors: string[];
  core: string[];
  extended: string[];
  titles: string[];
  about: string;
}

/** The eight profiles are data, not code: profiles.json, one object per profile, in the order drawn from. */
const PROFILES: Profile[] = profiles;

const GENERAL = ['communication', 'teamwork', 'planning-organising', 'problem-solving', 'english-language', 'presenting', 'project-management', 'agile-scrum', 'report-writing', 'customer-focus'];
const REGION = ['dordrecht', 'zwijndrecht', 'papendrecht', 'sliedrecht', 'alblasserdam', 'hendrik-ido-ambacht', 'hardinxveld-giessendam'];
const ELSEWHERE = ['rotterdam', 'gorinchem', 'breda'];
const TYPES = ['INTERNSHIP', 'GRADUATION', 'PROJECT', 'MINOR', 'WORK_BASED_LEARNING'] as const;

/** Mulberry32: small, fast and the same everywhere. */
const rng = seededRandom;
type Rng = SeededRandom;

const addMonths = (isoDate: string, months: number) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
const minusOneDay = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const MONTH_STARTS = ['2026-09-01', '2026-10-01', '2026-11-01', '2027-01-01', '2027-02-01', '2027-03-01'];

/** 1–4, mostly 2 or 3, the way students rate themselves. */
const studentLevel = (r: Rng) => r.pick([1, 2, 2, 3, 3, 3, 4]);
const askedLevel = (r: Rng) => r.pick([1, 2, 2, 2, 3, 3]);

export interface QualityWorld {
  companies: CompanyFacts[];
  students: StudentFacts[];
  assignments: AssignmentFacts[];
  /** For reading the labels: which profile each was drawn from. */
  profileOf: Record<string, string>;
}

export function generateQualityWorld(seed = 20260301): QualityWorld {
  const r = rng(seed);
  const profileOf: Record<string, string> = {};

  const companies: CompanyFacts[] = Array.from({ length: 20 }, (_, i) => ({
    companyId: `qc-${String(i + 1).padStart(2, '0')}`,
    name: `Drechtsteden Organisatie ${i + 1}`,
    municipality: REGION[i % REGION.length],
    sector: PROFILES[i % PROFILES.length].sectors[0],
    impactLabel: false,
    mboAkkoord: false,
    approved: true,
  }));

  const students: StudentFacts[] = [];
  for (let i = 0; i < STUDENT_COUNT; i++) {
    const id = `qs-${String(i + 1).padStart(2, '0')}`;
    const profile = PROFILES[i % PROFILES.length];
    const second = r.chance(0.12) ? r.pick(PROFILES.filter((p) => p !== profile)) : undefined;
    profileOf[id] = second ? `${profile.name}+${second.name}` : profile.name;
    const skillIds = new Set<string>([
      ...r.sample(profile.core, r.int(3, 6)),
      ...r.sample(profile.extended, r.int(1, 3)),
      ...(second ? r.sample(second.core, r.int(2, 3)) : []),
      ...r.sample(GENERAL, r.int(1, 3)),
    ]);
    const statesAvailability = r.chance(0.5);
    const from = statesAvailability ? r.pick(['2026-08-01', '2026-09-01', '2026-11-01', '2027-01-01', '2027-02-01']) : null;
    const until = statesAvailability ? (r.chance(0.6) ? addMonths(from!, r.int(5, 11)) : null) : null;
    const sectorWish = r.chance(0.6) ? [...new Set([r.pick(profile.sectors), ...(r.chance(0.35) ? [r.pick(PROFILES).sectors[0]] : [])])] : [];
    students.push({
      studentId: id,
      institutionId: 'hogeschool-rotterdam',
      programmeId: 'hr-hbo-ict',
      level: r.chance(0.75) ? 'BACHELOR' : 'AD',
      studyYear: r.int(2, 4),
      skills: [...skillIds].map((skillId) => ({ skillId, level: studentLevel(r) })),
      preferences: {
        sectors: sectorWish,
        types: r.chance(0.4) ? r.sample(TYPES, r.int(1, 2)) : [],
        municipalities: r.chance(0.35) ? r.sample(REGION, r.int(1, 3)) : [],
        availableFrom: from,
        availableUntil: until,
        hoursPerWeek: r.chance(0.5) ? r.pick([16, 24, 32, 36, 40]) : null,
      },
      discoverable: true,
    });
  }

  const assignments: AssignmentFacts[] = [];
  for (let i = 0; i < ASSIGNMENT_COUNT; i++) {
    const id = `qa-${String(i + 1).padStart(3, '0')}`;
    const profile = PROFILES[i % PROFILES.length];
    profileOf[id] = profile.name;
    const noSkills = r.chance(0.06);
    const required = noSkills ? [] : [...new Set([...r.sample(profile.core, r.int(2, 4)), ...(r.chance(0.4) ? r.sample(profile.extended, 1) : [])])];
    const nice = r.sample([...profile.extended, ...GENERAL].filter((s) => !required.includes(s)), r.int(0, 3));
    const start = r.pick(MONTH_STARTS);
    const levels = r.chance(0.55) ? (['AD', 'BACHELOR'] as const) : r.chance(0.8) ? (['BACHELOR'] as const) : (['AD'] as const);
    const title = `${r.pick(profile.titles)} (${i + 1})`;
    const skillWords = required.slice(0, 2).map((s) => skillById(s)!.nl).join(' en ');
    assignments.push({
      assignmentId: id,
      companyId: companies[i % companies.length].companyId,
      status: 'PUBLISHED',
      title,
      description: `${profile.about} Je werkt met ${skillWords || 'het team'}.`,
      type: r.pick(TYPES),
      levels: [...levels],
      sector: r.pick(profile.sectors),
      requiredSkills: required.map((skillId) => ({ skillId, level: askedLevel(r) })),
      niceToHaveSkills: nice.map((skillId) => ({ skillId, level: askedLevel(r) })),
      periodStart: start,
      periodEnd: minusOneDay(addMonths(start, r.int(3, 10))),
      hoursPerWeek: r.pick([16, 24, 32, 32, 36, 40]),
      municipality: r.chance(0.85) ? r.pick(REGION) : r.pick(ELSEWHERE),
      remote: r.chance(0.15),
      places: r.int(1, 3),
      applicationDeadline: r.chance(0.3) ? '2026-06-30' : null,
      allowancePerMonth: 500,
      language: 'NL',
      publishedAt: `2026-02-${String(1 + (i % 27)).padStart(2, '0')}T09:00:00.000Z`,
    });
  }
  return { companies, students, assignments, profileOf };
}
