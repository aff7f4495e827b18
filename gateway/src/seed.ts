import { fakerNL as faker } from '@faker-js/faker';
import {
  INSTITUTIONS,
  MUNICIPALITIES,
  REGION_MUNICIPALITY_IDS,
  SKILLS,
  Topics,
  type AssignmentType,
  type Sector,
  type SkillCategory,
} from '@cb/contracts';
import { AssignmentUseCases, CompanyUseCases } from '@cb/companies';
import { EmailClaims, IDENTITY_STORE, argon2Passwords, lockedPasswords, logger, type Env, type Viewer } from '@cb/kit';
import { ApplicationUseCases, PlacementUseCases, openData } from '@cb/placements';
import { StudentUseCases } from '@cb/students';
import type { Marketplace } from './marketplace';

/** The demo accounts (also listed in the README); every other seeded account cannot sign in. */
export const DEMO_ACCOUNTS = {
  staff: { email: 'staff@careerboost.demo', password: 'CareerBoost-staff-2026' },
  company: { email: 'hr@dordtse-scheepswerf.demo', password: 'CareerBoost-company-2026' },
  student: { email: 'sanne@student.demo', password: 'CareerBoost-student-2026' },
};

const SIZE = { organisations: 36, assignments: 200, students: 500 };

const SECTOR_SKILLS: Record<Sector, SkillCategory[]> = {
  ICT: ['ICT', 'GENERAL'],
  ENGINEERING: ['ENGINEERING', 'GENERAL'],
  HEALTHCARE: ['HEALTHCARE', 'GENERAL'],
  LOGISTICS: ['LOGISTICS', 'GENERAL'],
  CONSTRUCTION: ['CONSTRUCTION', 'ENGINEERING', 'GENERAL'],
  MANUFACTURING: ['ENGINEERING', 'GENERAL'],
  EDUCATION: ['EDUCATION', 'GENERAL'],
  MARITIME: ['ENGINEERING', 'LOGISTICS', 'GENERAL'],
  ENERGY: ['ENGINEERING', 'GENERAL'],
  GOVERNMENT: ['GENERAL', 'ICT'],
  BUSINESS_SERVICES: ['GENERAL', 'ICT'],
};

const TITLES: Record<string, string[]> = {
  ICT: ['Webapplicatie voor roosterplanning', 'Data-dashboard voor onderhoud', 'Cloudmigratie van de klantportal', 'Security-audit van het netwerk', 'App voor mantelzorgers'],
  ENGINEERING: ['Ontwerp van een hydraulische lier', 'Energiebesparing in de productielijn', 'PLC-besturing voor een sluisdeur', 'Trillingsanalyse van pompen'],
  HEALTHCARE: ['Valpreventie op de verpleegafdeling', 'Wondzorgprotocol in de wijk', 'Dagbesteding voor ouderen met dementie', 'Medicatieveiligheid in de thuiszorg'],
  LOGISTICS: ['Optimalisatie van de binnenvaartplanning', 'Magazijnindeling en orderpicking', 'CO2-reductie in het wagenpark'],
  CONSTRUCTION: ['Circulair bouwen bij renovatie', 'BIM-model voor een brug', 'Duurzame woningbouw in de Drechtsteden'],
  MANUFACTURING: ['Lean productie in de werkplaats', 'Kwaliteitscontrole met beeldherkenning'],
  EDUCATION: ['Techniekles voor het basisonderwijs', 'Digitale leermiddelen voor het mbo'],
  MARITIME: ['Scheepsontwerp voor elektrische veerboten', 'Onderhoudsplanning voor baggerschepen', 'Walstroom in de haven van Dordrecht'],
  ENERGY: ['Warmtenet voor een woonwijk', 'Zonnepanelen op bedrijventerreinen'],
  GOVERNMENT: ['Onderzoek naar stagebeleid in de regio', 'Dienstverlening aan inwoners digitaliseren'],
  BUSINESS_SERVICES: ['Marketingplan voor regionale werkgevers', 'Procesverbetering in de financiële administratie'],
};

const TYPES: AssignmentType[] = ['PROJECT', 'INTERNSHIP', 'MINOR', 'GRADUATION', 'WORK_BASED_LEARNING'];

/**
 * Seeds believable demo data on the first start of the embedded profile (never in the distributed
 * profile unless CB_SEED=always). It goes through the services' own use cases, so every record and
 * event is exactly what real use produces; only the passwords of non-demo accounts are left locked.
 */
/** Never used to sign in (these accounts' passwords are locked), but it passes the password policy like any input. */
const LOCKED_SEED_PASSWORD = 'Seed-account-locked-7fq2';

export async function seedIfNeeded(marketplace: Marketplace, env: Env): Promise<void> {
  if (env.CB_SEED === 'never') return;
  if (env.CB_SEED === 'auto' && env.CB_PROFILE !== 'embedded') return;
  const claims = new EmailClaims(await marketplace.runtime.openStore(IDENTITY_STORE), marketplace.runtime.internalKey);
  const companies = new CompanyUseCases(marketplace.services.companies.store, claims, lockedPasswords);
  if (env.CB_SEED === 'auto' && (await companies.staff.count()) > 0) return;
  await seed(marketplace);
}

export async function seed(marketplace: Marketplace): Promise<void> {
  faker.seed(2026);
  logger.info({ size: SIZE }, 'first start: seeding demo data');
  const { services, runtime } = marketplace;
  // The same claims the services use (one identity store per runtime), so seeded accounts hold theirs.
  const claims = new EmailClaims(await runtime.openStore(IDENTITY_STORE), runtime.internalKey);
  const companies = new CompanyUseCases(services.companies.store, claims, lockedPasswords);
  const assignments = new AssignmentUseCases(services.companies.store, companies.companies);
  const students = new StudentUseCases(services.students.store, claims, lockedPasswords);
  const demoCompanies = new CompanyUseCases(services.companies.store, claims, argon2Passwords);
  const demoStudents = new StudentUseCases(services.students.store, claims, argon2Passwords);

  await companies.ensureStaffAccount('Dordrecht Academy', DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password);
  const staff: Viewer = { accountId: 'seed', role: 'STAFF' };

  // Organisations: most in the region, a few outside it; a few still wait for approval.
  const region = MUNICIPALITIES.filter((m) => REGION_MUNICIPALITY_IDS.has(m.id));
  const outside = MUNICIPALITIES.filter((m) => !REGION_MUNICIPALITY_IDS.has(m.id));
  const sectors = Object.keys(SECTOR_SKILLS) as Sector[];
  const orgs: Array<{ id: string; sector: Sector; viewer: Viewer }> = [];
  for (let i = 0; i < SIZE.organisations; i++) {
    const demo = i === 0;
    const input = {
      name: demo ? 'Dordtse Scheepswerf' : faker.company.name().replace(/ and /g, ' en ').slice(0, 100), // the NL locale still joins names in English
      kvkNumber: String(24000000 + i * 7919),
      municipalityId: demo ? 'dordrecht' : (i % 9 === 8 ? faker.helpers.arrayElement(outside) : faker.helpers.arrayElement(region)).id,
      sector: demo ? 'MARITIME' : sectors[i % sectors.length],
      impactLabel: faker.datatype.boolean(0.3),
      mboAkkoord: faker.datatype.boolean(0.4),
      website: null,
      description: faker.company.catchPhrase(),
      contactName: faker.person.fullName(),
      contactEmail: demo ? DEMO_ACCOUNTS.company.email : `contact${i}@organisatie${i}.demo`,
      password: demo ? DEMO_ACCOUNTS.company.password : LOCKED_SEED_PASSWORD,
    };
    const company = await (demo ? demoCompanies : companies).register(input);
    if (i % 12 !== 11) await companies.approve(staff, company.id);
    orgs.push({ id: company.id, sector: company.sector, viewer: { accountId: company.id, role: 'COMPANY', companyId: company.id } });
    progress('organisations', i + 1, SIZE.organisations);
  }

  // Assignments over last year, this year and next, most of them published.
  const year = new Date().getFullYear();
  const approved = orgs.filter((_, i) => i % 12 !== 11);
  const posted: Array<{ id: string; companyId: string; viewer: Viewer; year: number; places: number; periodStart: string }> = [];
  for (let i = 0; i < SIZE.assignments; i++) {
    const org = i < 5 ? approved[0] : faker.helpers.arrayElement(approved);
    const y = faker.helpers.weightedArrayElement([
      { weight: 3, value: year - 1 },
      { weight: 5, value: year },
      { weight: 2, value: year + 1 },
    ]);
    const startMonth = faker.number.int({ min: 1, max: 7 });
    const months = faker.number.int({ min: 3, max: 5 });
    const categories = SECTOR_SKILLS[org.sector];
    const pool = SKILLS.filter((s) => categories.includes(s.category));
    const skills = faker.helpers.arrayElements(pool, faker.number.int({ min: 2, max: 6 }));
    const type = faker.helpers.arrayElement(TYPES);
    const title = `${faker.helpers.arrayElement(TITLES[org.sector] ?? TITLES.ICT)}`;
    const created = await assignments.create(org.viewer, {
      title: `${title} (${type === 'GRADUATION' ? 'afstuderen' : type === 'INTERNSHIP' ? 'stage' : type === 'MINOR' ? 'minor' : type === 'PROJECT' ? 'project' : 'leren en werken'})`,
      description: `${faker.lorem.paragraph()} Je werkt mee aan: ${title.toLowerCase()}. Je krijgt begeleiding van een ervaren collega.`,
      type,
      levels: type === 'WORK_BASED_LEARNING' ? ['AD'] : faker.helpers.arrayElement([['BACHELOR'], ['BACHELOR'], ['AD', 'BACHELOR']]),
      requiredSkills: skills.slice(0, Math.ceil(skills.length / 2)).map((s) => ({ skillId: s.id, level: faker.number.int({ min: 1, max: 3 }) })),
      niceToHaveSkills: skills.slice(Math.ceil(skills.length / 2)).map((s) => ({ skillId: s.id, level: faker.number.int({ min: 1, max: 3 }) })),
      periodStart: `${y}-${String(startMonth).padStart(2, '0')}-01`,
      periodEnd: `${y}-${String(startMonth + months).padStart(2, '0')}-28`,
      hoursPerWeek: faker.helpers.arrayElement([16, 24, 32, 36, 40]),
      remote: faker.datatype.boolean(0.1),
      places: faker.helpers.weightedArrayElement([
        { weight: 6, value: 1 },
        { weight: 3, value: 2 },
        { weight: 1, value: 4 },
      ]),
      allowancePerMonth: faker.helpers.arrayElement([null, 300, 450, 600]),
      language: faker.helpers.arrayElement(['NL', 'NL', 'NL_EN', 'EN']),
    });
    if (i % 10 !== 9) await assignments.publish(org.viewer, created.id);
    posted.push({ id: created.id, companyId: org.id, viewer: org.viewer, year: y, places: created.places, periodStart: created.periodStart });
    progress('assignments', i + 1, SIZE.assignments);
  }

  // Students from several institutions and programmes; year 3+ bachelors are the goal's students.
  const enrolled: Array<{ id: string; viewer: Viewer }> = [];
  for (let i = 0; i < SIZE.students; i++) {
    const demo = i === 0;
    const institution = demo ? INSTITUTIONS[0] : faker.helpers.arrayElement(INSTITUTIONS);
    const programme = demo ? institution.programmes[0] : faker.helpers.arrayElement(institution.programmes);
    const level = faker.helpers.arrayElement(programme.levels);
    const pool = SKILLS.filter((s) => SECTOR_SKILLS[programme.sector as Sector].includes(s.category));
    const student = await (demo ? demoStudents : students).register({
      name: demo ? 'Sanne de Jong' : faker.person.fullName(),
      email: demo ? DEMO_ACCOUNTS.student.email : `student${i}@student.demo`,
      password: demo ? DEMO_ACCOUNTS.student.password : LOCKED_SEED_PASSWORD,
      institutionId: institution.id,
      programmeId: programme.id,
      level,
      studyYear: demo ? 4 : level === 'AD' ? faker.number.int({ min: 1, max: 2 }) : faker.helpers.weightedArrayElement([
        { weight: 1, value: 2 },
        { weight: 3, value: 3 },
        { weight: 3, value: 4 },
      ]),
      skills: faker.helpers.arrayElements(pool, faker.number.int({ min: 3, max: 8 })).map((s) => ({ skillId: s.id, level: faker.number.int({ min: 1, max: 4 }) })),
      preferences: {
        sectors: [programme.sector],
        types: faker.helpers.arrayElements(TYPES, 2),
        municipalityIds: faker.helpers.arrayElements(region, 2).map((m) => m.id),
      },
      discoverable: faker.datatype.boolean(0.7),
    });
    enrolled.push({ id: student.id, viewer: { accountId: student.id, role: 'STUDENT', studentId: student.id } });
    progress('students', i + 1, SIZE.students);
  }

  await seedApplications(marketplace, posted, enrolled, year);
  logger.info('demo data ready');
}

/**
 * Progress for a person at a terminal: one line per step, rewritten in place. Anywhere else (a
 * pipe, a container's log) stdout carries only JSON log lines, so each finished step is one.
 */
function progress(step: string, done: number, total: number) {
  if (process.stdout.isTTY) {
    if (done === total || done % 25 === 0) process.stdout.write(`\r  seeding ${step}: ${done}/${total}   ${done === total ? '\n' : ''}`);
  } else if (done === total) {
    logger.info({ step, total }, 'seeded');
  }
}

/**
 * Applications and placements over last year and this year, through the placements use cases. Their
 * clock is set to when each step would have happened, so the history and the funnel look real.
 */
async function seedApplications(
  marketplace: Marketplace,
  posted: Array<{ id: string; companyId: string; viewer: Viewer; year: number; places: number; periodStart: string }>,
  enrolled: Array<{ id: string; viewer: Viewer }>,
  year: number,
) {
  await waitForPlacementsToCatchUp(marketplace);
  const data = openData(marketplace.services.placements.store);
  let now = new Date();
  const clock = () => now;
  const applications = new ApplicationUseCases(data, clock);
  const placements = new PlacementUseCases(data, clock);
  const open = posted.filter((a) => a.year <= year);
  const today = new Date();
  let done = 0;
  for (const assignment of open) {
    const yearStart = new Date(`${assignment.year}-01-01T09:00:00Z`);
    const yearEnd = assignment.year < year ? new Date(`${assignment.year}-12-20T09:00:00Z`) : today;
    const applicants = faker.helpers.arrayElements(enrolled, faker.number.int({ min: 1, max: 5 }));
    for (const [i, student] of applicants.entries()) {
      // Each application's steps happen at increasing moments within the assignment's year.
      const moments = faker.date.betweens({ from: yearStart, to: yearEnd, count: 4 });
      now = moments[0];
      const motivation = faker.lorem.sentences(2);
      const application = await applications.apply(student.viewer, { assignmentId: assignment.id, motivation }).catch(() => null);
      if (!application) continue; // not eligible (level), or the places are gone: a real student would not get further either
      const outcome = faker.number.float();
      if (outcome < 0.25) continue;
      await applications.move(assignment.viewer, application.id, 'IN_REVIEW', null);
      if (outcome < 0.4) {
        await applications.move(assignment.viewer, application.id, 'REJECTED', 'Andere kandidaat gekozen.');
        continue;
      }
      now = moments[1];
      const offered = await applications.move(assignment.viewer, application.id, 'OFFERED', null);
      if (i >= assignment.places || outcome < 0.5) continue;
      // Offers lapse after their answer-by day (DESIGN.md §4): the demo student accepts in time.
      const answerBy = Date.parse(`${offered.offerAnswerBy}T12:00:00Z`);
      now = new Date(Math.max(moments[1].getTime(), Math.min(moments[2].getTime(), answerBy)));
      const placement = await placements.acceptOffer(student.viewer, application.id).catch(() => null);
      if (!placement) continue;
      if (assignment.year < year || faker.datatype.boolean(0.8)) {
        // Recorded on the day it happens and not before the assignment's period (the start-date rules).
        const startAt = new Date(Math.max(moments[3].getTime(), Date.parse(`${assignment.periodStart}T09:00:00Z`)));
        if (startAt.getTime() <= today.getTime()) {
          now = startAt;
          await placements.start(assignment.viewer, placement.id, null);
        }
      }
    }
    progress('applications and placements', ++done, open.length);
  }
  now = new Date();
}

/** The placements service learns assignments and students from events; wait until it has them all. */
async function waitForPlacementsToCatchUp(marketplace: Marketplace) {
  for (const s of Object.values(marketplace.services)) await s.flushOutbox();
  const until = Date.now() + 60000;
  const bus = marketplace.runtime.bus;
  const topics = [Topics.students, Topics.companies, Topics.assignments];
  while ((await bus.lag('placements', topics)) > 0) {
    if (Date.now() > until) throw new Error('placements did not catch up with the demo data in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
