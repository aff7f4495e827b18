import { Faker, base, nl } from '@faker-js/faker';
import { seededRandom } from '@cb/kit';
import { INSTITUTIONS, amsterdamDate, REGION_MUNICIPALITY_IDS, type ApplicationStatus, type AssignmentType, type Sector, type StudyLevel } from '@cb/contracts';
import { TYPE_SUFFIX, assignmentDescription, titlesFor, type DemoTitle } from './assignments';
import { DEMO_ORGANISATIONS, organisationDescription, type DemoOrganisation } from './organisations';
import { DEMO_STUDENT, GENERAL_SKILLS, disciplineOf } from './people';

/**
 * The demo marketplace as data: who registers, what is posted, and every step of every
 * application, each at the moment it happens. A pure function of `now` and a fixed seed, so the
 * same clock gives the same marketplace and tests can check it without starting anything. seed.ts
 * carries the plan out through the services' use cases.
 */
export const DEMO_SEED = 2026;
export const SIZE = { organisations: DEMO_ORGANISATIONS.length, assignments: 200, students: 500 };

export type Bucket = 'PAST' | 'RUNNING' | 'OPEN';

export interface PlannedOrganisation extends DemoOrganisation {
  description: string;
  contactName: string;
  kvkNumber: string;
}

export interface PlannedAssignment {
  index: number;
  organisation: number;
  title: DemoTitle;
  input: {
    title: string;
    description: string;
    type: AssignmentType;
    levels: StudyLevel[];
    sector: Sector;
    requiredSkills: Array<{ skillId: string; level: number }>;
    niceToHaveSkills: Array<{ skillId: string; level: number }>;
    periodStart: string;
    periodEnd: string;
    applicationDeadline: string | null;
    hoursPerWeek: number;
    remote: boolean;
    places: number;
    allowancePerMonth: number | null;
    language: 'NL' | 'NL_EN' | 'EN';
  };
  bucket: Bucket;
  createdAt: Date;
  /** Null: stays a draft. */
  publishedAt: Date | null;
}

export interface PlannedStudent {
  index: number;
  name: string;
  institutionId: string;
  programmeId: string;
  level: StudyLevel;
  studyYear: number;
  skills: Array<{ skillId: string; level: number }>;
  preferences: { sectors: Sector[]; types: AssignmentType[]; municipalityIds: string[] };
  discoverable: boolean;
  registeredAt: Date;
}

export type Step =
  | { at: Date; kind: 'apply'; application: number; motivation: string }
  | { at: Date; kind: 'move'; application: number; to: ApplicationStatus; note: string | null; by: 'COMPANY' | 'STUDENT' }
  | { at: Date; kind: 'accept'; application: number }
  | { at: Date; kind: 'start'; application: number }
  | { at: Date; kind: 'complete'; application: number; endDate: string };

export interface PlannedApplication {
  index: number;
  assignment: number;
  student: number;
}

export interface DemoPlan {
  now: Date;
  today: string;
  organisations: PlannedOrganisation[];
  assignments: PlannedAssignment[];
  students: PlannedStudent[];
  applications: PlannedApplication[];
  /** Every step, in the order it happens. */
  steps: Step[];
}

const DAY = 86_400_000;
const TYPES: AssignmentType[] = ['PROJECT', 'INTERNSHIP', 'MINOR', 'GRADUATION', 'WORK_BASED_LEARNING'];


const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** Half past nine or ten in Amsterdam on that date (08:30 UTC): a working moment on the right day whatever the season. */
const atTen = (date: string) => new Date(Date.parse(`${date}T08:30:00Z`));

/** The academic year (1 Sep – 31 Aug) a date falls in, named by its first year. */
export const academicYearOf = (date: string): number => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 9 ? 1 : 0);

/** The periods an assignment of each type runs in, within academic year `y`: quarters, semesters or the whole year. */
export function periodsOf(type: AssignmentType, y: number): Array<{ start: string; end: string }> {
  const n = y + 1;
  switch (type) {
    case 'PROJECT':
      return [
        { start: `${y}-09-01`, end: `${y}-11-10` },
        { start: `${y}-11-15`, end: `${n}-01-31` },
        { start: `${n}-02-01`, end: `${n}-04-12` },
        { start: `${n}-04-15`, end: `${n}-06-30` },
      ];
    case 'INTERNSHIP':
    case 'MINOR':
    case 'GRADUATION':
      return [
        { start: `${y}-09-01`, end: `${n}-01-31` },
        { start: `${n}-02-01`, end: `${n}-06-30` },
      ];
    case 'WORK_BASED_LEARNING':
      return [{ start: `${y}-09-01`, end: `${n}-07-10` }];
  }
}

export function bucketOf(period: { start: string; end: string }, today: string): Bucket {
  if (period.end < today) return 'PAST';
  if (period.start <= today) return 'RUNNING';
  return 'OPEN';
}

/** The demo company's own assignments, by hand: what the README and the browser tests show. */
const DEMO_COMPANY_ASSIGNMENTS: Array<{ title: string; type: AssignmentType; bucket: Bucket; sector?: Sector; places: number; draft?: boolean }> = [
  { title: 'Walstroom in de haven van Dordrecht', type: 'PROJECT', bucket: 'OPEN', places: 2 },
  { title: 'Scheepsontwerp voor elektrische veerboten', type: 'GRADUATION', bucket: 'OPEN', places: 1 },
  { title: 'Data-dashboard voor onderhoud', type: 'INTERNSHIP', bucket: 'OPEN', sector: 'ICT', places: 2 },
  { title: 'Lasinspectie in de nieuwbouw', type: 'WORK_BASED_LEARNING', bucket: 'RUNNING', places: 2 },
  { title: 'Onderhoudsplanning voor baggerschepen', type: 'GRADUATION', bucket: 'PAST', places: 1 },
  { title: 'Onderhoudsplanning voor baggerschepen', type: 'PROJECT', bucket: 'OPEN', places: 3, draft: true },
];

const MOTIVATIONS = [
  'Ik wil graag in de Drechtsteden aan de slag en deze opdracht sluit goed aan bij mijn opleiding.',
  'In mijn studie heb ik al aan een vergelijkbaar project gewerkt en ik wil die kennis nu in de praktijk brengen.',
  'Deze opdracht spreekt me aan omdat ik mijn afstudeerrichting hierop wil richten.',
  'Ik woon in de regio en zou graag bij een organisatie uit de buurt werken.',
  'Ik ben nieuwsgierig naar uw organisatie en denk dat ik met mijn ervaring snel kan bijdragen.',
];
const REJECTION_NOTE = 'Andere kandidaat gekozen.';

/** The whole demo marketplace for the clock's `now`. */
export function demoPlan(now: Date, seed = DEMO_SEED): DemoPlan {
  // faker for Dutch names, drawing from the repository's one seeded generator.
  const faker = new Faker({ locale: [nl, base], randomizer: seededRandom(seed) });
  const today = amsterdamDate(now);
  const ay = academicYearOf(today);
  const pick = <T>(list: readonly T[]) => faker.helpers.arrayElement(list);
  const personName = () => `${faker.person.firstName()} ${faker.person.lastName()}`;
  // Registrations happen before anything else, at moments before the oldest history.
  const dawn = atTen(`${ay - 2}-03-01`);

  const organisations: PlannedOrganisation[] = DEMO_ORGANISATIONS.map((o, i) => ({
    ...o,
    description: organisationDescription(o),
    contactName: personName(),
    kvkNumber: String(24000000 + i * 7919),
  }));
  const approved = organisations.map((o, i) => ({ o, i })).filter(({ o }) => !o.pending);

  const assignments: PlannedAssignment[] = [];
  const plan = (organisation: number, title: DemoTitle, type: AssignmentType, period: { start: string; end: string }, places: number, draft = false) => {
    const org = organisations[organisation];
    const bucket = bucketOf(period, today);
    const level = type === 'GRADUATION' ? 3 : 2;
    // Posted two to five months before the period starts; an open one no earlier than three months ago.
    let created = addDays(period.start, -faker.number.int({ min: 60, max: 150 }));
    if (bucket === 'OPEN' && created < addDays(today, -90)) created = addDays(today, -faker.number.int({ min: 20, max: 90 }));
    if (created >= today) created = addDays(today, -faker.number.int({ min: 3, max: 20 }));
    // The demo company's open work has been up for a month, so its applicants have had time to apply.
    if (organisation === 0 && created > addDays(today, -30)) created = addDays(today, -30);
    // Applications close a few weeks before the start; an open one not before next week. A tenth have no deadline (they close when the period starts).
    let deadline: string | null = addDays(period.start, -faker.number.int({ min: 14, max: 35 }));
    if (bucket === 'OPEN') {
      // At least a week from today, and at least a week before the start.
      const inAWeek = addDays(today, 7);
      if (deadline < inAWeek) deadline = inAWeek;
      if (deadline > addDays(period.start, -7) || faker.datatype.boolean(0.1)) deadline = null;
    }
    const index = assignments.length;
    assignments.push({
      index,
      organisation,
      title,
      bucket,
      createdAt: atTen(created),
      publishedAt: draft ? null : new Date(atTen(created).getTime() + 2 * 3600_000),
      input: {
        title: `${title.title} (${TYPE_SUFFIX[type]})`,
        description: assignmentDescription(title, type, org.name),
        type,
        levels: type === 'WORK_BASED_LEARNING' ? ['AD'] : type === 'GRADUATION' || type === 'MINOR' ? ['BACHELOR'] : pick<StudyLevel[]>([['BACHELOR'], ['AD', 'BACHELOR']]),
        sector: title.sector ?? org.sector,
        requiredSkills: title.required.map((skillId) => ({ skillId, level })),
        niceToHaveSkills: title.niceToHave.map((skillId) => ({ skillId, level: 2 })),
        periodStart: period.start,
        periodEnd: period.end,
        applicationDeadline: deadline,
        hoursPerWeek: type === 'WORK_BASED_LEARNING' ? 24 : type === 'PROJECT' ? pick([16, 20, 24]) : pick([32, 36, 40]),
        remote: title.sector === 'ICT' || org.sector === 'ICT' ? faker.datatype.boolean(0.2) : false,
        places,
        allowancePerMonth: type === 'INTERNSHIP' || type === 'GRADUATION' ? pick([300, 450, 600]) : type === 'WORK_BASED_LEARNING' ? 1200 : null,
        language: pick(['NL', 'NL', 'NL', 'NL_EN']),
      },
    });
    return index;
  };

  const periodIn = (type: AssignmentType, bucket: Bucket) => {
    const all = [ay - 2, ay - 1, ay, ay + 1].flatMap((y) => periodsOf(type, y)).filter((p) => bucketOf(p, today) === bucket);
    // Open work starts in one of the next few periods, not a year and a half from now.
    const near = bucket === 'OPEN' ? all.sort((x, y) => x.start.localeCompare(y.start)).slice(0, 2) : all;
    return near.length > 0 ? pick(near) : undefined;
  };

  // The demo company's assignments first (the browser tests and the README show them).
  for (const a of DEMO_COMPANY_ASSIGNMENTS) {
    const title = titlesFor('MARITIME').concat(titlesFor('ICT')).find((t) => t.title === a.title)!;
    const period = periodIn(a.type, a.bucket) ?? periodIn(a.type, 'OPEN')!;
    plan(0, a.sector ? { ...title, sector: a.sector } : title, a.type, period, a.places, a.draft);
  }
  // Open ICT work in the region for the demo student: her good matches do not depend on chance.
  const ictOrgs = approved.filter(({ o }) => o.sector === 'ICT' && REGION_MUNICIPALITY_IDS.has(o.municipalityId));
  for (const [k, title] of titlesFor('ICT').slice(0, 5).entries()) {
    const type = title.types.includes('GRADUATION') ? 'GRADUATION' : 'INTERNSHIP';
    plan(ictOrgs[k % ictOrgs.length].i, title, type, periodIn(type, 'OPEN')!, 2);
  }
  // The rest at random among the other organisations (the demo company's list stays as written, one title each).
  const others = approved.filter(({ i }) => i !== 0);
  while (assignments.length < SIZE.assignments) {
    const { o, i } = pick(others);
    const title = pick(titlesFor(o.sector));
    const bucket = faker.helpers.weightedArrayElement<Bucket>([
      { weight: 40, value: 'PAST' },
      { weight: 20, value: 'RUNNING' },
      { weight: 40, value: 'OPEN' },
    ]);
    const type = pick(title.types);
    const period = periodIn(type, bucket) ?? periodIn(type, 'OPEN')!;
    plan(i, title, type, period, faker.helpers.weightedArrayElement([{ weight: 6, value: 1 }, { weight: 3, value: 2 }, { weight: 1, value: 4 }]), faker.datatype.boolean(0.04));
  }

  // Students: a programme, the skills of its discipline, and preferences to match.
  const programmes = INSTITUTIONS.flatMap((inst) => inst.programmes.map((p) => ({ inst, p })));
  const region = [...REGION_MUNICIPALITY_IDS];
  const students: PlannedStudent[] = [];
  for (let i = 0; i < SIZE.students; i++) {
    if (i === 0) {
      students.push({
        index: 0,
        name: DEMO_STUDENT.name,
        institutionId: DEMO_STUDENT.institutionId,
        programmeId: DEMO_STUDENT.programmeId,
        level: 'BACHELOR',
        studyYear: DEMO_STUDENT.studyYear,
        skills: DEMO_STUDENT.skills.map(([skillId, level]) => ({ skillId, level })),
        preferences: { ...DEMO_STUDENT.preferences, sectors: [...DEMO_STUDENT.preferences.sectors], types: [...DEMO_STUDENT.preferences.types], municipalityIds: [...DEMO_STUDENT.preferences.municipalityIds] },
        discoverable: true,
        registeredAt: dawn,
      });
      continue;
    }
    const { inst, p } = pick(programmes);
    const discipline = disciplineOf(p.id)!;
    const level = pick(p.levels);
    const skillIds = [
      ...faker.helpers.arrayElements(discipline.core, { min: Math.min(3, discipline.core.length), max: discipline.core.length }),
      ...faker.helpers.arrayElements(discipline.extra, { min: 1, max: 4 }),
      ...faker.helpers.arrayElements(GENERAL_SKILLS, { min: 1, max: 3 }),
    ];
    students.push({
      index: i,
      name: personName(),
      institutionId: inst.id,
      programmeId: p.id,
      level,
      studyYear: level === 'AD' ? faker.number.int({ min: 1, max: 2 }) : faker.helpers.weightedArrayElement([{ weight: 1, value: 2 }, { weight: 3, value: 3 }, { weight: 3, value: 4 }]),
      skills: skillIds.map((skillId) => ({ skillId, level: faker.number.int({ min: 2, max: 4 }) })),
      preferences: {
        sectors: [...discipline.sectors],
        types: level === 'AD' ? ['WORK_BASED_LEARNING', 'INTERNSHIP'] : faker.helpers.arrayElements(TYPES.filter((t) => t !== 'WORK_BASED_LEARNING'), 2),
        municipalityIds: faker.helpers.arrayElements(region, 2),
      },
      discoverable: faker.datatype.boolean(0.7),
      registeredAt: dawn,
    });
  }

  // Applications: each one's steps at increasing moments while its assignment takes applications.
  const applications: PlannedApplication[] = [];
  const steps: Step[] = [];
  const latest = new Date(now.getTime() - 3600_000);
  const apply = (assignment: number, student: number, at: Date) => {
    const index = applications.length;
    applications.push({ index, assignment, student });
    steps.push({ at, kind: 'apply', application: index, motivation: pick(MOTIVATIONS) });
    return index;
  };
  const fits = (a: PlannedAssignment) => (s: PlannedStudent) =>
    s.index !== 0 && a.input.levels.includes(s.level) && s.preferences.sectors.includes(a.input.sector);

  for (const a of assignments) {
    if (!a.publishedAt) continue;
    const closes = atTen(a.input.applicationDeadline ?? addDays(a.input.periodStart, -1));
    const pool = students.filter(fits(a));
    if (pool.length === 0) continue;
    const applicants = faker.helpers.arrayElements(pool, Math.min(pool.length, faker.number.int({ min: a.organisation === 0 ? 3 : 1, max: 5 })));
    const windowEnd = a.bucket === 'OPEN' ? latest : closes;
    const span = windowEnd.getTime() - a.publishedAt.getTime();
    if (span < (a.bucket === 'OPEN' ? 2 : 20) * DAY) continue;
    if (a.bucket === 'OPEN') {
      // Still taking applications: most wait for the company, some were turned down or withdrawn.
      for (const s of applicants) {
        const at = new Date(a.publishedAt.getTime() + faker.number.float({ min: 0.05, max: 0.7 }) * span);
        const id = apply(a.index, s.index, at);
        const outcome = faker.helpers.weightedArrayElement<ApplicationStatus>([
          { weight: 35, value: 'SUBMITTED' },
          { weight: 25, value: 'IN_REVIEW' },
          { weight: 20, value: 'INTERVIEW' },
          { weight: 12, value: 'REJECTED' },
          { weight: 8, value: 'WITHDRAWN' },
        ]);
        const moves: Array<[ApplicationStatus, 'COMPANY' | 'STUDENT', string | null]> =
          outcome === 'SUBMITTED' ? [] : outcome === 'IN_REVIEW' ? [['IN_REVIEW', 'COMPANY', null]] : outcome === 'INTERVIEW' ? [['IN_REVIEW', 'COMPANY', null], ['INTERVIEW', 'COMPANY', null]]
          : outcome === 'REJECTED' ? [['IN_REVIEW', 'COMPANY', null], ['REJECTED', 'COMPANY', REJECTION_NOTE]] : [['WITHDRAWN', 'STUDENT', null]];
        let t = at;
        for (const [to, by, note] of moves) {
          t = new Date(t.getTime() + faker.number.float({ min: 0.05, max: 0.3 }) * (latest.getTime() - t.getTime()));
          steps.push({ at: t, kind: 'move', application: id, to, note, by });
        }
      }
      continue;
    }
    // Closed for applications (the period is running or over): the whole story, up to the start and the end.
    let seats = a.input.places;
    const ordered = applicants.map((s) => ({ s, at: new Date(a.publishedAt!.getTime() + faker.number.float({ min: 0.05, max: 0.6 }) * span) }));
    for (const { s, at } of ordered) {
      const id = apply(a.index, s.index, at);
      const review = new Date(at.getTime() + faker.number.float({ min: 0.02, max: 0.1 }) * span);
      steps.push({ at: review, kind: 'move', application: id, to: 'IN_REVIEW', note: null, by: 'COMPANY' });
      const decided = new Date(review.getTime() + faker.number.float({ min: 0.2, max: 0.6 }) * (closes.getTime() - review.getTime()));
      if (seats === 0 || faker.datatype.boolean(0.25)) {
        steps.push({ at: decided, kind: 'move', application: id, to: 'REJECTED', note: REJECTION_NOTE, by: 'COMPANY' });
        continue;
      }
      steps.push({ at: decided, kind: 'move', application: id, to: 'OFFERED', note: null, by: 'COMPANY' });
      // Answered within ten days, well inside an offer's answer-by date (14 days by default), and before applications close.
      const answered = new Date(Math.min(decided.getTime() + faker.number.float({ min: 0.5, max: 10 }) * DAY, closes.getTime() - 3600_000));
      if (faker.datatype.boolean(0.1)) {
        steps.push({ at: answered, kind: 'move', application: id, to: 'DECLINED', note: null, by: 'STUDENT' });
        continue;
      }
      seats--;
      steps.push({ at: answered, kind: 'accept', application: id });
      const start = atTen(a.input.periodStart);
      if (start > latest) continue;
      steps.push({ at: start, kind: 'start', application: id });
      const end = atTen(a.input.periodEnd);
      if (end <= latest && faker.datatype.boolean(0.9)) steps.push({ at: end, kind: 'complete', application: id, endDate: a.input.periodEnd });
    }
  }

  // The demo student: an offer waiting for her answer at the demo company, and two applications under way.
  const offerAt = assignments.find((a) => a.organisation === 0 && a.input.sector === 'ICT' && a.bucket === 'OPEN')!;
  const sanneOffer = apply(offerAt.index, 0, new Date(now.getTime() - 9 * DAY));
  steps.push({ at: new Date(now.getTime() - 7 * DAY), kind: 'move', application: sanneOffer, to: 'IN_REVIEW', note: null, by: 'COMPANY' });
  steps.push({ at: new Date(now.getTime() - 5 * DAY), kind: 'move', application: sanneOffer, to: 'INTERVIEW', note: null, by: 'COMPANY' });
  steps.push({ at: new Date(now.getTime() - 2 * DAY), kind: 'move', application: sanneOffer, to: 'OFFERED', note: null, by: 'COMPANY' });
  const elsewhere = assignments.filter((a) => a.organisation !== 0 && a.input.sector === 'ICT' && a.bucket === 'OPEN' && a.publishedAt && a.publishedAt < new Date(now.getTime() - 6 * DAY));
  apply(elsewhere[0].index, 0, new Date(now.getTime() - 6 * DAY));
  const reviewed = apply(elsewhere[1].index, 0, new Date(now.getTime() - 4 * DAY));
  steps.push({ at: new Date(now.getTime() - 1 * DAY), kind: 'move', application: reviewed, to: 'IN_REVIEW', note: null, by: 'COMPANY' });

  steps.sort((x, y) => x.at.getTime() - y.at.getTime());
  return { now, today, organisations, assignments, students, applications, steps };
}
