import { Topics } from '@cb/contracts';
import { DomainError, logger, type Env, type RunningService, type Viewer } from '@cb/kit';
import { SIZE, demoPlan, type DemoPlan } from './demo/plan';
import type { Marketplace } from './marketplace';

/** The demo accounts (also listed in the README); every other seeded account cannot sign in. */
export const DEMO_ACCOUNTS = {
  staff: { email: 'staff@careerboost.demo', password: 'CareerBoost-staff-2026' },
  company: { email: 'hr@dordtse-scheepswerf.demo', password: 'CareerBoost-company-2026' },
  student: { email: 'sanne@student.demo', password: 'CareerBoost-student-2026' },
};

/** Never used to sign in (these accounts' passwords are locked), but it passes the password policy like any input. */
const LOCKED_SEED_PASSWORD = 'Seed-account-locked-7fq2';

/**
 * Seeds believable demo data on the first start of the embedded profile (never in the distributed
 * profile unless CB_SEED=always). `now` is the marketplace's clock: the periods are this and next
 * academic year and the history lies before it.
 */
export async function seedIfNeeded(marketplace: Marketplace, env: Env, now: Date = new Date()): Promise<void> {
  if (env.CB_SEED === 'never') return;
  if (env.CB_SEED === 'auto' && env.CB_PROFILE !== 'embedded') return;
  const { companies } = composed(marketplace.services.companies);
  if (env.CB_SEED === 'auto' && (await companies.staff.count()) > 0) return;
  await seed(marketplace, now);
}

/**
 * Carries out the demo plan (demo/plan.ts) through the use cases each service's composition root
 * built (ServiceParts.useCases), so every record and event is exactly what real use produces; each
 * step runs with the clock at the moment the plan gives it. Only the passwords of non-demo accounts
 * are left locked.
 */
export async function seed(marketplace: Marketplace, now: Date = new Date()): Promise<void> {
  const plan = demoPlan(now);
  logger.info({ size: SIZE }, 'first start: seeding demo data');
  const { companies: demoCompanies, assignments, lockedAccounts: companies } = composed(marketplace.services.companies);
  const { students: demoStudents, lockedAccounts: students } = composed(marketplace.services.students);

  await companies.ensureStaffAccount('Dordrecht Academy', DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password);
  const staff: Viewer = { accountId: 'seed', role: 'STAFF' };
  const registered = plan.students[0].registeredAt;

  const orgViewers: Viewer[] = [];
  for (const [i, o] of plan.organisations.entries()) {
    const demo = i === 0;
    const company = await (demo ? demoCompanies : companies).register(
      {
        name: o.name,
        kvkNumber: o.kvkNumber,
        municipalityId: o.municipalityId,
        sector: o.sector,
        impactLabel: o.impactLabel,
        mboAkkoord: o.mboAkkoord,
        website: null,
        description: o.description,
        contactName: o.contactName,
        contactEmail: demo ? DEMO_ACCOUNTS.company.email : `contact${i}@organisatie${i}.demo`,
        password: demo ? DEMO_ACCOUNTS.company.password : LOCKED_SEED_PASSWORD,
      },
      registered,
    );
    if (!o.pending) await companies.approve(staff, company.id, registered);
    orgViewers.push({ accountId: company.id, role: 'COMPANY', companyId: company.id });
    progress('organisations', i + 1, plan.organisations.length);
  }

  const assignmentIds: string[] = [];
  for (const a of plan.assignments) {
    const viewer = orgViewers[a.organisation];
    const created = await assignments.create(viewer, a.input, a.createdAt);
    if (a.publishedAt) await assignments.publish(viewer, created.id, a.publishedAt);
    assignmentIds.push(created.id);
    progress('assignments', a.index + 1, plan.assignments.length);
  }

  const studentViewers: Viewer[] = [];
  // A planned student is a registration's profile as it stands, with an address and a password added.
  for (const { index, registeredAt, ...profile } of plan.students) {
    const demo = index === 0;
    const student = await (demo ? demoStudents : students).register(
      {
        ...profile,
        email: demo ? DEMO_ACCOUNTS.student.email : `student${index}@student.demo`,
        password: demo ? DEMO_ACCOUNTS.student.password : LOCKED_SEED_PASSWORD,
      },
      registeredAt,
    );
    studentViewers.push({ accountId: student.id, role: 'STUDENT', studentId: student.id });
    progress('students', index + 1, plan.students.length);
  }

  await seedApplications(marketplace, plan, { assignmentIds, orgViewers, studentViewers });
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
 * Every application step of the plan, in the order it happens, with the placements use cases'
 * clock at that moment, so the history, the funnel and the dashboard look real. A step the
 * workflow refuses (an application withdrawn automatically when its student accepted an
 * overlapping placement) ends that application's story, as it would for a real student.
 */
async function seedApplications(
  marketplace: Marketplace,
  plan: DemoPlan,
  ids: { assignmentIds: string[]; orgViewers: Viewer[]; studentViewers: Viewer[] },
) {
  await waitForPlacementsToCatchUp(marketplace);
  let now = plan.now;
  const { applications, placements } = composed(marketplace.services.placements).withClock(() => now);
  const applicationIds = new Map<number, string>();
  const placementIds = new Map<number, string>();
  const ended = new Set<number>();
  let done = 0;
  let refused = 0;
  for (const step of plan.steps) {
    progress('applications and placements', ++done, plan.steps.length);
    if (ended.has(step.application)) continue;
    const planned = plan.applications[step.application];
    const student = ids.studentViewers[planned.student];
    const company = ids.orgViewers[plan.assignments[planned.assignment].organisation];
    now = step.at;
    try {
      if (step.kind === 'apply') {
        const application = await applications.apply(student, { assignmentId: ids.assignmentIds[planned.assignment], motivation: step.motivation });
        applicationIds.set(step.application, application.id);
      } else if (step.kind === 'move') {
        await applications.move(step.by === 'STUDENT' ? student : company, applicationIds.get(step.application)!, step.to, step.note);
      } else if (step.kind === 'accept') {
        placementIds.set(step.application, (await placements.acceptOffer(student, applicationIds.get(step.application)!)).id);
      } else if (step.kind === 'start') {
        await placements.start(company, placementIds.get(step.application)!, null);
      } else {
        await placements.complete(company, placementIds.get(step.application)!, step.endDate);
      }
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      ended.add(step.application);
      refused++;
    }
  }
  now = plan.now;
  logger.info({ steps: plan.steps.length, refused }, 'seeded application steps (a refused step ends that application, as for a real student)');
}

/** The use cases a service's composition root built; every service the seed drives hands them over. */
function composed<U>(service: RunningService<U>): U {
  if (!service.useCases) throw new Error(`${service.name}: its composition root hands over no use cases to seed with`);
  return service.useCases;
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
