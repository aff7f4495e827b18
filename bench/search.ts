/**
 * Search and matching benchmark (issue 4): `npm run bench:search`.
 *
 * Generates 100,000 published assignments (of 2,000 approved organisations) and 200,000 students
 * from a fixed seed, feeds them through the search service's own projection (SQLite store in
 * memory, the embedded typed-array index, the in-memory matching pool), then times the use cases as
 * the GraphQL resolvers call them (in process, no HTTP):
 *   - searchAssignments: text (one to three words, some with a typo or an inflection) + 2 filters;
 *   - recommendAssignments for random students;
 *   - recommendCandidates for random assignments;
 * and reports p50/p95, the index build time and the peak memory; the same searches also through
 * the MiniSearch index the embedded profile used before (built from the same documents), for
 * comparison. Writes bench/results/search.md.
 *
 * Options (environment): BENCH_ASSIGNMENTS, BENCH_STUDENTS, BENCH_QUERIES to scale down a try run.
 * Run with a larger heap if node complains: NODE_OPTIONS=--max-old-space-size=8192.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { ASSIGNMENT_TYPES, SECTORS, SKILLS, type AssignmentFacts, type CompanyFacts, type SkillCategory, type StudentFacts } from '@cb/contracts';
import { SqliteStore, openMiniSearchIndex, openTypedIndex, seededRandom, type Viewer } from '@cb/kit';
import { SearchProjection } from '../services/search/src/app/projection';
import { RecommendAssignments } from '../services/search/src/app/recommend-assignments';
import { RecommendCandidates } from '../services/search/src/app/recommend-candidates';
import { SearchAssignments } from '../services/search/src/app/search-assignments';
import { ASSIGNMENT_INDEX, toSearchDoc, type AssignmentSearchDoc } from '../services/search/src/domain/assignment-doc';

const ASSIGNMENTS = Number(process.env.BENCH_ASSIGNMENTS ?? 100_000);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 500);
const COMPANIES = Math.max(10, Math.round(ASSIGNMENTS / 50));
const TODAY = new Date('2026-03-01T12:00:00Z');
// Issue 13: the aims at national scale (100,000 assignments, 200,000 students).
const AIMS = { search: 30, recommendAssignments: 50, recommendCandidates: 50 };

// ---------------------------------------------------------------------------------------------
// Data: deterministic, shaped like the region's (profiles of related skills, general skills,
// Dutch titles and descriptions with the words people search for).

function rng(seed: number) {
  const r = seededRandom(seed);
  // This benchmark's own sample (distinct picks), kept so its figures stay comparable with earlier runs.
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const out = new Set<T>();
    while (out.size < Math.min(n, xs.length)) out.add(r.pick(xs));
    return [...out];
  };
  return { ...r, sample };
}
const r = rng(1500_2028);

const SECTOR_OF: Record<SkillCategory, string[]> = {
  ICT: ['ICT', 'BUSINESS_SERVICES', 'GOVERNMENT'],
  ENGINEERING: ['ENGINEERING', 'MANUFACTURING', 'MARITIME', 'ENERGY'],
  HEALTHCARE: ['HEALTHCARE'],
  LOGISTICS: ['LOGISTICS', 'MARITIME'],
  CONSTRUCTION: ['CONSTRUCTION', 'ENERGY'],
  EDUCATION: ['EDUCATION'],
  GENERAL: ['BUSINESS_SERVICES', 'GOVERNMENT'],
};
/** Profiles: the skills of one category in groups of eight (neighbours in the vocabulary are related work). */
const PROFILES = (Object.keys(SECTOR_OF) as SkillCategory[])
  .filter((c) => c !== 'GENERAL')
  .flatMap((category) => {
    const ids = SKILLS.filter((s) => s.category === category).map((s) => s.id);
    const groups: Array<{ category: SkillCategory; skills: string[] }> = [];
    for (let i = 0; i < ids.length; i += 8) groups.push({ category, skills: ids.slice(i, i + 8) });
    return groups;
  });
const GENERAL = SKILLS.filter((s) => s.category === 'GENERAL').map((s) => s.id);
const label = new Map(SKILLS.map((s) => [s.id, s]));
const REGION = ['dordrecht', 'zwijndrecht', 'papendrecht', 'sliedrecht', 'alblasserdam', 'hendrik-ido-ambacht', 'hardinxveld-giessendam'];
const ELSEWHERE = ['rotterdam', 'gorinchem', 'breda', 'utrecht', 'delft'];
const TITLE_START = ['Afstudeeropdracht', 'Stage', 'Project', 'Onderzoek', 'Verbeterproject', 'Traineeship', 'Minoropdracht', 'Werkend leren'];
const TITLE_TOPIC = ['voor de binnenhaven', 'op de afdeling', 'in de werkplaats', 'voor de gemeente', 'bij de scheepswerf', 'in de wijk', 'voor het ziekenhuis', 'in het lab', 'voor de klantenservice', 'in de fabriek'];
const FILLER = 'je werkt samen met collega s aan een uitdagende opdracht in de drechtsteden waarbij je verantwoordelijkheid krijgt voor een eigen deel van het project en leert van ervaren begeleiders die je coachen bij het onderzoek de analyse het ontwerp en de implementatie van verbeteringen die direct bijdragen aan de organisatie en haar klanten in de regio rond dordrecht met aandacht voor duurzaamheid innovatie veiligheid kwaliteit en techniek'.split(' ');
const MONTHS = ['2026-04-01', '2026-06-01', '2026-09-01', '2026-10-01', '2027-01-01', '2027-02-01', '2027-04-01', '2027-09-01'];
const addMonths = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return new Date(d.getTime() - 86_400_000).toISOString().slice(0, 10);
};

function company(i: number): CompanyFacts {
  return { companyId: `bc-${i}`, name: `${r.pick(['Merwede', 'Drecht', 'Rivierdelta', 'Biesbosch', 'Zeehaven', 'Oude Maas'])} ${r.pick(['Techniek', 'Zorg', 'Software', 'Logistiek', 'Bouw', 'Groep', 'Werf'])} ${i}`, municipality: r.pick(REGION), sector: r.pick(SECTORS), impactLabel: false, mboAkkoord: false, approved: true };
}

function assignment(i: number): AssignmentFacts {
  const profile = r.pick(PROFILES);
  const required = r.chance(0.04) ? [] : r.sample(profile.skills, r.int(2, 4));
  const nice = r.sample([...profile.skills, ...GENERAL].filter((s) => !required.includes(s)), r.int(0, 3));
  const start = r.pick(MONTHS);
  const words = required.map((id) => label.get(id)!.nl);
  const description = [
    `${r.pick(['We zoeken', 'Wij zoeken', 'Gezocht:'])} een student met kennis van ${words.join(', ') || 'het vak'}.`,
    ...Array.from({ length: r.int(20, 45) }, () => r.pick(FILLER)),
  ].join(' ');
  return {
    assignmentId: `ba-${i}`,
    companyId: `bc-${r.int(0, COMPANIES - 1)}`,
    status: 'PUBLISHED',
    title: `${r.pick(TITLE_START)} ${words[0] ?? label.get(r.pick(profile.skills))!.nl} ${r.pick(TITLE_TOPIC)}`,
    description,
    type: r.pick(ASSIGNMENT_TYPES),
    levels: r.chance(0.55) ? ['AD', 'BACHELOR'] : r.chance(0.8) ? ['BACHELOR'] : ['AD'],
    sector: r.pick(SECTOR_OF[profile.category]),
    requiredSkills: required.map((skillId) => ({ skillId, level: r.int(1, 3) })),
    niceToHaveSkills: nice.map((skillId) => ({ skillId, level: r.int(1, 3) })),
    periodStart: start,
    periodEnd: addMonths(start, r.int(3, 10)),
    hoursPerWeek: r.pick([16, 24, 32, 36, 40]),
    municipality: r.chance(0.85) ? r.pick(REGION) : r.pick(ELSEWHERE),
    remote: r.chance(0.15),
    places: r.int(1, 3),
    applicationDeadline: r.chance(0.3) ? '2026-12-31' : null,
    allowancePerMonth: 500,
    language: 'NL',
    publishedAt: new Date(Date.UTC(2026, 0, 1) + r.int(0, 58) * 86_400_000 + r.int(0, 86_399) * 1000).toISOString(),
  };
}

function student(i: number): StudentFacts {
  const profile = r.pick(PROFILES);
  const second = r.chance(0.15) ? r.pick(PROFILES) : undefined;
  const skills = new Set([...r.sample(profile.skills, r.int(3, 7)), ...(second ? r.sample(second.skills, r.int(1, 3)) : []), ...r.sample(GENERAL, r.int(1, 3))]);
  const from = r.chance(0.5) ? r.pick(MONTHS) : null;
  return {
    studentId: `bs-${i}`,
    institutionId: 'hogeschool-rotterdam',
    programmeId: 'hr-hbo-ict',
    level: r.chance(0.75) ? 'BACHELOR' : 'AD',
    studyYear: r.int(1, 4),
    skills: [...skills].map((skillId) => ({ skillId, level: r.int(1, 4) })),
    preferences: {
      sectors: r.chance(0.6) ? [r.pick(SECTOR_OF[profile.category])] : [],
      types: r.chance(0.4) ? r.sample(ASSIGNMENT_TYPES, r.int(1, 2)) : [],
      municipalities: r.chance(0.3) ? r.sample(REGION, r.int(1, 3)) : [],
      availableFrom: from,
      availableUntil: from && r.chance(0.6) ? addMonths(from, r.int(5, 12)) : null,
      hoursPerWeek: r.chance(0.5) ? r.pick([16, 24, 32, 36, 40]) : null,
    },
    discoverable: r.chance(0.7),
  };
}

// ---------------------------------------------------------------------------------------------

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
function progress(what: string, done: number, total: number, started: number) {
  if (done % Math.max(1, Math.floor(total / 10)) !== 0 && done !== total) return;
  process.stdout.write(`  ${what}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${seconds(performance.now() - started)})\n`);
}
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
let peakHeap = 0;
const sampleMemory = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const memoryTimer = setInterval(sampleMemory, 200);

async function time<T>(what: string, n: number, make: (i: number) => T, run: (arg: T) => Promise<unknown>) {
  const args = Array.from({ length: n }, (_, i) => make(i));
  for (const arg of args.slice(0, Math.min(50, n))) await run(arg); // warm-up, not counted
  const ms: number[] = [];
  for (const [i, arg] of args.entries()) {
    const t = performance.now();
    await run(arg);
    ms.push(performance.now() - t);
    if ((i + 1) % Math.max(1, Math.floor(n / 4)) === 0) process.stdout.write(`  ${what}: ${i + 1} / ${n}\n`);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1], n };
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

async function main() {
  const loadBefore = load();
  console.log(`search benchmark: ${ASSIGNMENTS.toLocaleString('en')} assignments, ${STUDENTS.toLocaleString('en')} students, ${QUERIES} timed queries per use case`);
  const store = new SqliteStore(':memory:');
  const index = await openTypedIndex<AssignmentSearchDoc>({ settings: ASSIGNMENT_INDEX });
  const projection = new SearchProjection(store, index);

  let t = performance.now();
  for (let i = 0; i < COMPANIES; i++) await projection.onCompany(company(i));
  const assignments: AssignmentFacts[] = [];
  for (let i = 0; i < ASSIGNMENTS; i++) {
    const a = assignment(i);
    assignments.push(a);
    await projection.onAssignment(a);
    progress('assignments through the projection (store + index)', i + 1, ASSIGNMENTS, t);
  }
  const feedAssignments = performance.now() - t;
  sampleMemory();

  t = performance.now();
  for (let i = 0; i < STUDENTS; i++) {
    await projection.onStudent(student(i));
    progress('students through the projection (store)', i + 1, STUDENTS, t);
  }
  const feedStudents = performance.now() - t;
  sampleMemory();

  // The index alone, built from scratch as on a start from its file or a rebuild.
  const companies = new Map((await projection.companies.find()).map((c) => [c.id, c]));
  const docs = assignments.map((a) => toSearchDoc({ ...a, id: a.assignmentId }, companies.get(a.companyId)!, a.places));
  t = performance.now();
  const fresh = await openTypedIndex<AssignmentSearchDoc>({ settings: ASSIGNMENT_INDEX });
  await fresh.upsert(docs);
  const indexBuild = performance.now() - t;
  await fresh.close();
  sampleMemory();
  // The engine the embedded profile used before, kept to compare the same searches against.
  t = performance.now();
  const mini = await openMiniSearchIndex<AssignmentSearchDoc>({ settings: ASSIGNMENT_INDEX });
  await mini.upsert(docs);
  const miniBuild = performance.now() - t;
  sampleMemory();

  t = performance.now();
  await projection.pool();
  const poolBuild = performance.now() - t;
  sampleMemory();
  console.log(`  built: index ${seconds(indexBuild)}, matching pool ${seconds(poolBuild)}; heap ${mib(process.memoryUsage().heapUsed)}`);

  const search = new SearchAssignments(index);
  const recommend = new RecommendAssignments(projection, () => TODAY);
  const candidates = new RecommendCandidates(projection, () => TODAY);
  const staff: Viewer = { accountId: 'bench', role: 'STAFF' };
  const q = rng(42);
  const typo = (w: string) => (w.length > 5 ? w.slice(0, 3) + w[4] + w[3] + w.slice(5) : w);
  // What people type into a search box: one to three words (from the skills' Dutch and English
  // labels and the words of the region), a fifth of them with two letters swapped.
  const SMALL = new Set(['van', 'het', 'een', 'and', 'the', 'for', 'met', 'voor', 'bij', 'als']);
  const words = [
    ...new Set(SKILLS.flatMap((s) => `${s.nl} ${s.en}`.toLowerCase().split(/[^\p{L}\p{N}+#]+/u)).filter((w) => w.length > 2 && !SMALL.has(w))),
    'zorg', 'techniek', 'stage', 'afstudeeropdracht', 'haven', 'verpleegkunde', 'javscript', 'onderzoek', 'dordrecht', 'werkplaats',
  ];
  const labels = SKILLS.flatMap((s) => [s.nl, s.en]);
  const filterPair = () =>
    Object.assign(
      {},
      ...q.sample(
        [
          { sectors: [q.pick(SECTORS)] },
          { levels: [q.pick(['AD', 'BACHELOR'])] },
          { municipalityIds: [q.pick(REGION)] },
          { workModes: ['ON_SITE'] },
          { minHours: 24 },
          { from: '2026-09-01', until: '2027-01-31' },
          { hasPlacesLeft: true },
        ],
        2,
      ),
    );
  const searchArgs = () => {
    const text = Array.from({ length: q.int(1, 3) }, () => (q.chance(0.2) ? typo(q.pick(words)) : q.pick(words))).join(' ');
    return { query: text, filter: filterPair(), pageSize: 20 };
  };
  /** Not the aim, but worth knowing: two or three whole skill labels pasted in (four to ten words). */
  const longSearchArgs = () => ({ query: Array.from({ length: q.int(2, 3) }, () => q.pick(labels)).join(' '), filter: filterPair(), pageSize: 20 });

  console.log('timing:');
  const searches = Array.from({ length: QUERIES }, searchArgs);
  const searchTimes = await time('searchAssignments (text + 2 filters)', QUERIES, (i) => searches[i], (args) => search.run(args));
  const miniSearch = new SearchAssignments(mini);
  const miniTimes = await time('searchAssignments on MiniSearch (same queries)', QUERIES, (i) => searches[i], (args) => miniSearch.run(args));
  await mini.close();
  const longSearchTimes = await time('searchAssignments (pasted skill labels + 2 filters)', Math.ceil(QUERIES / 5), longSearchArgs, (args) => search.run(args));
  const recommendTimes = await time('recommendAssignments', QUERIES, () => ({ studentId: `bs-${q.int(0, STUDENTS - 1)}`, limit: 10, language: 'NL' }), (args) => recommend.run(staff, args));
  const candidateTimes = await time('recommendCandidates', QUERIES, () => ({ assignmentId: `ba-${q.int(0, ASSIGNMENTS - 1)}`, limit: 10, language: 'NL' }), (args) => candidates.run(staff, args));
  sampleMemory();
  clearInterval(memoryTimer);
  const maxRss = process.resourceUsage().maxRSS * 1024;

  const verdict = (p95: number, aim: number) => (p95 <= aim ? `met (aim ≤ ${aim} ms)` : `missed by ${(p95 - aim).toFixed(1)} ms (${((p95 / aim - 1) * 100).toFixed(0)}% over the aim of ${aim} ms)`);
  const row = (name: string, f: { p50: number; p95: number; max: number; n: number }, aim: number) =>
    `| ${name} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.max.toFixed(1)} | ${f.n} | ${verdict(f.p95, aim)} |`;
  const cpu = cpus();
  const report = `# Search and matching benchmark

Written by \`npm run bench:search\` (bench/search.ts) on ${new Date().toISOString().slice(0, 10)}.

## Machine
- ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${mib(totalmem())} memory, ${platform()} ${release()}
- Load average (1, 5, 15 min) at the start ${loadBefore}, at the end ${load()} (2 cores: above 2 means other work was waiting for the CPU)
- Node ${process.version}, ${process.execArgv.join(' ') || 'default flags'}${process.env.NODE_OPTIONS ? `, NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ''}
- In process, embedded profile: SQLite store (in memory for the run), the typed-array index (TypedIndex), in-memory matching pool; the use cases are called as the GraphQL resolvers call them, without HTTP.

## Data
- ${ASSIGNMENTS.toLocaleString('en')} published assignments of ${COMPANIES.toLocaleString('en')} approved organisations; ${STUDENTS.toLocaleString('en')} students (70% discoverable).
- Drawn from a fixed seed: ${PROFILES.length} work profiles of eight related skills from the ${SKILLS.length}-skill vocabulary, plus general skills; Dutch titles and descriptions of 25–50 words naming the required skills.

## Build
| step | time |
|---|---|
| assignments through the projection (store writes + index upserts, one event at a time) | ${seconds(feedAssignments)} |
| students through the projection (store writes) | ${seconds(feedStudents)} |
| **index build** (typed arrays, ${ASSIGNMENTS.toLocaleString('en')} documents from scratch) | **${seconds(indexBuild)}** |
| index build, MiniSearch (for comparison) | ${seconds(miniBuild)} |
| matching pool load (all students and open assignments from the store, with skill indexes) | ${seconds(poolBuild)} |

Peak memory: **${mib(maxRss)} max RSS** (process.resourceUsage), peak sampled heap ${mib(peakHeap)}.

## Latency (ms, ${QUERIES} timed calls each after 50 warm-up calls)
| use case | p50 | p95 | max | n | aim |
|---|---|---|---|---|---|
${row('searchAssignments: 1–3 words (20% with a typo) + 2 filters, facets and highlights, page of 20', searchTimes, AIMS.search)}
| *for comparison:* the same searches on the MiniSearch index | ${miniTimes.p50.toFixed(1)} | ${miniTimes.p95.toFixed(1)} | ${miniTimes.max.toFixed(1)} | ${miniTimes.n} | — |
| *for comparison, not the aim:* searchAssignments with 2–3 whole skill labels pasted in (4–10 words) + 2 filters | ${longSearchTimes.p50.toFixed(1)} | ${longSearchTimes.p95.toFixed(1)} | ${longSearchTimes.max.toFixed(1)} | ${longSearchTimes.n} | — |
${row('recommendAssignments (limit 10, reasons in Dutch)', recommendTimes, AIMS.recommendAssignments)}
${row('recommendCandidates (limit 10, reasons in Dutch)', candidateTimes, AIMS.recommendCandidates)}
`;
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const file = join(__dirname, 'results', 'search.md');
  const notes = process.env.BENCH_NOTES ? `\n${process.env.BENCH_NOTES}\n` : '';
  writeFileSync(file, report + notes);
  console.log(`\n${report}\nwritten to ${file}`);
  await projection.index.close();
  await store.close();
}

export { assignment, company, student, rng, REGION };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else clearInterval(memoryTimer);
