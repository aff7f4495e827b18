/**
 * Event → searchable benchmark (issue 13): `npm run bench:events`.
 *
 * Publishes assignments through the gateway, one at a time, and measures how long it takes from
 * sending `publishAssignment` until `searchAssignments` (polled every POLL_MS through the same
 * gateway, anonymously, by a word only that assignment's title holds) first returns it. The path
 * measured: companies' store write + outbox → relay → bus → the search service's consumer →
 * projection → index → the next search.
 *
 * 1. Distributed profile: real Kafka and FerretDB (infra/engines), every service and the gateway in
 *    its own process (test/distributed/cluster.ts). The search service runs its embedded index
 *    (MiniSearch): Meilisearch cannot run on this machine, so its indexing task is not in the figure.
 * 2. Embedded profile: one process, SQLite and the in-process durable event log.
 *
 * Prints p50/p95/max per profile against the aims (≤ 500 ms distributed, ≤ 50 ms embedded) and
 * writes bench/results/events.md. Options (environment): BENCH_EVENTS (200 per profile),
 * BENCH_PROFILES (`distributed,embedded`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { createDraft, registerApprovedCompany } from '../test/e2e/fixtures';
import { STAFF, startTestMarketplace, type MarketplaceApi } from '../test/e2e/harness';
import { watchBus } from '../test/distributed/bus-watch';
import { clusterApi, startClusterOnOwnEngines } from '../test/distributed/cluster';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200);
const PROFILES = (process.env.BENCH_PROFILES ?? 'distributed,embedded').split(',');
const POLL_MS = 5;
const AIMS: Record<string, number> = { distributed: 500, embedded: 50 };
const ROOT = join(__dirname, '..');

/** The bench searches far more often than an anonymous client may (300 a minute): raised for the bench only, as in bench/gateway.ts. */
const BENCH_LIMITS = { CB_LIMIT_ANONYMOUS_SEARCHES_PER_MINUTE: '1000000000' };
const SEARCH = 'query($q: String!) { searchAssignments(query: $q) { hits { assignment { id } } } }';
const progress = (line: string) => process.stderr.write(`[bench:events] ${line}\n`);

/** A word of letters only (digits would split differently in some tokenisers), unique to this run and number. */
function wordFor(run: string, n: number): string {
  let s = '';
  for (let x = n; s.length < 4; x = Math.floor(x / 26)) s += String.fromCharCode(97 + (x % 26));
  return `meet${run}${s}`;
}

interface Figures {
  profile: string;
  latencies: number[];
  publishMs: number[];
  /** From sending publishAssignment until a consumer of our own read the event off Kafka (distributed only). */
  onBusMs: number[];
  polls: number;
}

async function measure(profile: string, m: MarketplaceApi, bus?: Map<string, number>): Promise<Figures> {
  const staff = await m.signIn(STAFF.email, STAFF.password);
  let company = await registerApprovedCompany(m, staff);
  const run = Array.from({ length: 3 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  const latencies: number[] = [];
  const publishMs: number[] = [];
  const onBusMs: number[] = [];
  let polls = 0;
  for (let i = 0; i < EVENTS + 5; i++) {
    const word = wordFor(run, i);
    // An organisation may create 50 assignments an hour (README "Rate limits"): a new one every 40.
    if (i > 0 && i % 40 === 0) company = await registerApprovedCompany(m, staff);
    const id = await createDraft(m, company.token, {
      title: `Meetopdracht ${word}`,
      description: 'Een opdracht om te meten hoe snel een gepubliceerde opdracht vindbaar is, met TypeScript en SQL.',
    });
    const started = performance.now();
    await m.ok('mutation($id: ID!) { publishAssignment(id: $id) { id } }', { id }, company.token);
    const published = performance.now();
    for (;;) {
      polls++;
      const { searchAssignments } = await m.ok<{ searchAssignments: { hits: Array<{ assignment: { id: string } }> } }>(SEARCH, { q: word });
      if (searchAssignments.hits.some((h) => h.assignment.id === id)) break;
      if (performance.now() - started > 30_000) throw new Error(`${profile}: assignment ${i} not searchable after 30 s`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    // The first five warm the path up (connections, compiled code) and are not counted.
    if (i >= 5) {
      latencies.push(performance.now() - started);
      publishMs.push(published - started);
      const arrived = bus?.get(id);
      if (arrived !== undefined) onBusMs.push(arrived - started);
    }
    if ((i + 1) % 50 === 0) progress(`${profile}: ${i + 1} published`);
  }
  return { profile, latencies, publishMs, onBusMs, polls };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const ms = (x: number) => x.toFixed(1);

async function distributed(): Promise<Figures> {
  progress('starting Kafka, FerretDB and the services');
  const own = await startClusterOnOwnEngines({ staff: STAFF, env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...BENCH_LIMITS } });
  try {
    progress(`Kafka ${own.kafka.version}, FerretDB ${own.mongo.version}; measuring`);
    const bus = await watchBus(own.kafka.brokers);
    try {
      return await measure('distributed', clusterApi(own.cluster), bus.arrived);
    } finally {
      await bus.stop();
    }
  } finally {
    await own.stop();
  }
}

async function embedded(): Promise<Figures> {
  progress('starting the embedded profile');
  const m = await startTestMarketplace(undefined, BENCH_LIMITS);
  try {
    return await measure('embedded', m);
  } finally {
    await m.stop();
  }
}

async function main() {
  const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
  const loadBefore = load();
  const results: Figures[] = [];
  for (const p of PROFILES) results.push(await (p === 'distributed' ? distributed() : embedded()));
  const loadAfter = load();
  const rows = results.map((f) => {
    const p95 = quantile(f.latencies, 0.95);
    const aim = AIMS[f.profile];
    const onBus = f.onBusMs.length > 0 ? `${ms(quantile(f.onBusMs, 0.5))} / ${ms(quantile(f.onBusMs, 0.95))}` : '–';
    return `| ${f.profile} | ${ms(quantile(f.latencies, 0.5))} | ${ms(p95)} | ${ms(Math.max(...f.latencies))} | ${ms(quantile(f.publishMs, 0.5))} / ${ms(quantile(f.publishMs, 0.95))} | ${onBus} | ${f.latencies.length} | ${(f.polls / (f.latencies.length + 5)).toFixed(1)} | ${p95 <= aim ? 'met' : 'missed'} (aim ≤ ${aim} ms) |`;
  });
  const table = [
    '| profile | p50 | p95 | max | publishAssignment answered, p50 / p95 | on Kafka (our consumer), p50 / p95 | n | searches per event | aim |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  process.stdout.write(`\npublish → first found by searchAssignments (ms)\n${table}\nload average before ${loadBefore}, after ${loadAfter}\n`);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 16);
  writeFileSync(
    join(dir, `events-${stamp.replace(/[-:]/g, '').replace('T', 'T')}.md`),
    [
      `# Event → searchable (${stamp} UTC, \`npm run bench:events\`)`,
      '',
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 20)} MiB, ${platform()} ${release()}, Node ${process.version}.`,
      `Load average (1, 5, 15 min) before ${loadBefore}, after ${loadAfter}.`,
      '',
      `${EVENTS} assignments per profile, one at a time, after 5 unmeasured ones; from sending publishAssignment to the first searchAssignments (polled every ${POLL_MS} ms through the gateway) that returns it.`,
      'Distributed: real Kafka and FerretDB, one process per service; the search service uses its embedded index (Meilisearch cannot run here).',
      '',
      table,
      '',
    ].join('\n'),
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
