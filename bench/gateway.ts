/**
 * Gateway benchmark (issue 13): `npm run bench:gateway`.
 *
 * 1. Seeds the demo data into a fresh data directory with `npm start`'s own process (embedded
 *    profile: all four subgraphs, the gateway and the web app in one process) and measures the
 *    federated search query there: the embedded figure.
 * 2. Starts the four subgraphs as separate processes on that data, our @apollo/gateway in its own
 *    process (bench/gateway-process.ts) and Hive Gateway (@graphql-hive/gateway, a devDependency used
 *    only here) on the same subgraphs with the same supergraph (contracts/schema/supergraph.graphql,
 *    with the subgraph URLs pointed at these processes).
 * 3. Runs autocannon against each gateway in alternation for several rounds and prints req/s, p50
 *    and p99 per gateway and the ratio ours/Hive; then `{ __typename }` through our gateway and
 *    direct on the search subgraph (the ceiling of the HTTP stack).
 * Results go to bench/results/gateway-<date>.md. Every process it started is stopped at the end,
 * also on Ctrl-C.
 *
 * Options (environment): BENCH_ROUNDS (3), BENCH_SECONDS (10), BENCH_CONNECTIONS (20),
 * BENCH_EMBEDDED_ONLY=1 to measure only the embedded process (while iterating; no results file),
 * BENCH_CPU_PROF=1 to write V8 CPU profiles of our gateway and the search subgraph to
 * bench/results/profiles/ (read them in Chrome DevTools or `npx speedscope`).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const CPU_PROF = process.env.BENCH_CPU_PROF === '1';
const EMBEDDED_ONLY = process.env.BENCH_EMBEDDED_ONLY === '1';
const PROFILE_DIR = join(ROOT, 'bench', 'results', 'profiles');

const SEARCH = '{ searchAssignments(query: "zorg") { total hits { assignment { title company { name } placesLeft } } } }';
const TYPENAME = '{ __typename }';

/**
 * The bench sends thousands of anonymous searches a second from one address: far over the
 * anonymous-search limit (300 a minute per client). Raised for the bench only, so nothing is throttled;
 * the operation limits (depth, cost, …) stay as configured, the query is well within them.
 */
const BENCH_LIMITS = { CB_LIMIT_ANONYMOUS_SEARCHES_PER_MINUTE: '1000000000' };

const dataDir = mkdtempSync(join(tmpdir(), 'cb-bench-gateway-'));
const logDir = join(dataDir, 'logs');
mkdirSync(logDir);
const children: ChildProcess[] = [];

const baseEnv: Record<string, string> = {
  CB_PROFILE: 'embedded',
  CB_DATA_DIR: dataDir,
  JWT_SECRET: 'gateway-bench-secret-0123456789abcdef0123',
  NODE_ENV: 'production',
  // What production runs with: the bench measures the logger as it is configured there.
  LOG_LEVEL: 'info',
  HOST: '127.0.0.1',
  ...BENCH_LIMITS,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

interface Started {
  name: string;
  origin: string;
  url: string;
  child: ChildProcess;
}

/** Starts `node <args>` (no wrapper process, so a signal reaches the server itself) and waits until `readyPath` answers 200. */
async function startProcess(name: string, args: string[], env: Record<string, string>, readyPath: string, readyLine?: string): Promise<Started> {
  const port = await freePort();
  // Straight into the log file, as a log collector would take it: through a pipe to this process,
  // a server's synchronous log writes waited on this busy process reading them (bench/results/gateway.md).
  const log = openSync(join(logDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', log, log] });
  closeSync(log);
  children.push(child);
  const origin = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start; see ${join(logDir, `${name}.log`)}:\n${readFileSync(join(logDir, `${name}.log`), 'utf8').slice(-2000)}`);
    try {
      const logged = !readyLine || readFileSync(join(logDir, `${name}.log`), 'utf8').includes(readyLine);
      if (logged && (await fetch(origin + readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${name} did not become ready; see ${join(logDir, `${name}.log`)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  progress(`${name} ready on ${origin}`);
  return { name, origin, url: `${origin}/graphql`, child };
}

/**
 * Waits until the process has relayed and handled every event so far (its outbox backlog and
 * consumer lag gauges on /metrics all 0): after the demo seed, the projections and notifications
 * work through thousands of events, which the first rounds otherwise competed with.
 */
async function settled(origin: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    const text = await (await fetch(`${origin}/metrics`)).text();
    const pending = [...text.matchAll(/^cb_(?:outbox_backlog_events|consumer_lag_messages)\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    if (pending === 0) break;
    if (Date.now() - started > 180_000) throw new Error(`${origin}: ${pending} events still pending after 3 minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
  progress(`settled: no events pending (${((Date.now() - started) / 1000).toFixed(1)} s after ready)`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function stopAll(): Promise<void> {
  await Promise.all(children.map(stopProcess));
  children.length = 0;
}

/** `node --import tsx <entry>`; with `profileAs`, a V8 CPU profile under that name is written at exit. */
const tsx = (entry: string, profileAs?: string) => [
  ...(profileAs ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${profileAs}-${Date.now()}.cpuprofile`] : []),
  '--import',
  'tsx',
  join(ROOT, entry),
];

function progress(line: string) {
  process.stderr.write(`[bench:gateway ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

async function ask(url: string, query: string): Promise<unknown> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await r.json()) as { data?: unknown; errors?: unknown };
  if (!r.ok || body.errors) throw new Error(`${url} answered ${r.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

interface Figure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, query: string, seconds = SECONDS): Promise<Figure> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const fmt = (f: Figure) => `${f.rps.toFixed(0).padStart(6)} req/s  p50 ${String(f.p50).padStart(4)} ms  p99 ${String(f.p99).padStart(4)} ms${f.errors || f.non2xx ? `  (${f.errors} errors, ${f.non2xx} non-2xx)` : ''}`;
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const started = new Date();
  if (CPU_PROF) mkdirSync(PROFILE_DIR, { recursive: true });
  progress(`data in ${dataDir}; ${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections; anonymous-search limit raised to ${BENCH_LIMITS.CB_LIMIT_ANONYMOUS_SEARCHES_PER_MINUTE}/min for the bench`);

  // 1. The embedded profile: npm start's one process, which also seeds the demo data.
  const embeddedProcess = await startProcess('embedded', tsx('gateway/src/main.ts', CPU_PROF ? 'embedded' : undefined), { ...baseEnv, CB_SEED: 'auto' }, '/readyz',
    // Listening comes before the demo seed; this line after it.
    'Career Boost is ready',
  );
  const expected = await ask(embeddedProcess.url, SEARCH);
  const total = (expected as { searchAssignments: { total: number } }).searchAssignments.total;
  if (!total) throw new Error('the demo data has no hit for "zorg": nothing to measure');
  await settled(embeddedProcess.origin);
  progress(`embedded: warming up`);
  await load(embeddedProcess.url, SEARCH, 3);
  const embedded: Figure[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    embedded.push(await load(embeddedProcess.url, SEARCH));
    progress(`embedded round ${round}: ${fmt(embedded.at(-1)!)}`);
  }
  await stopAll();
  if (EMBEDDED_ONLY) {
    progress(`embedded median: ${median(embedded.map((f) => f.rps)).toFixed(0)} req/s (BENCH_EMBEDDED_ONLY: no results file)`);
    return;
  }

  // 2. The subgraphs as separate processes on the seeded data, and both gateways in front of them.
  const subgraphs: Record<string, Started> = {};
  for (const name of ['students', 'companies', 'placements', 'search'] as const) {
    subgraphs[name] = await startProcess(name, tsx(`services/${name}/src/main.ts`, CPU_PROF && name === 'search' ? 'search' : undefined), baseEnv, '/readyz');
  }
  // Notifications asks students and companies for addresses; the bench sends it nothing to mail.
  subgraphs.notifications = await startProcess('notifications', tsx('services/notifications/src/main.ts'), {
    ...baseEnv,
    STUDENTS_URL: subgraphs.students.url,
    COMPANIES_URL: subgraphs.companies.url,
  }, '/readyz');
  const urls = {
    STUDENTS_URL: subgraphs.students.url,
    COMPANIES_URL: subgraphs.companies.url,
    PLACEMENTS_URL: subgraphs.placements.url,
    SEARCH_URL: subgraphs.search.url,
    NOTIFICATIONS_URL: subgraphs.notifications.url,
  };
  const ours = await startProcess('ours', tsx('bench/gateway-process.ts', CPU_PROF ? 'ours' : undefined), { ...baseEnv, ...urls }, '/readyz');
  // Hive Gateway reads the same supergraph; only the subgraph URLs point at these processes. The
  // identity subgraph is hosted inside our gateway and is not asked by the bench's queries.
  const supergraphFile = join(dataDir, 'supergraph.graphql');
  let supergraph = readFileSync(join(ROOT, 'contracts', 'schema', 'supergraph.graphql'), 'utf8');
  for (const name of Object.keys(subgraphs)) supergraph = supergraph.replace(`http://${name}.internal/graphql`, subgraphs[name].url);
  writeFileSync(supergraphFile, supergraph);
  const hiveBin = join(ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
  const hive = await startProcess('hive', [hiveBin, 'supergraph', supergraphFile, '--disable-websockets'], baseEnv, '/healthcheck');
  // Hive Gateway by default merges identical subgraph requests that are in flight at the same time
  // (@graphql-tools/executor-http deduplicateInflightRequests). The bench's 20 connections send the
  // same query, so that saves it subgraph calls a real mix of queries would not share; measured
  // both ways. (Ours passes a request id and trace per request, so its calls never look identical.)
  const noDedupeConfig = join(dataDir, 'hive-no-dedupe.config.mjs');
  writeFileSync(noDedupeConfig, `export const gatewayConfig = { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } };\n`);
  const hiveNoDedupe = await startProcess('hive-no-dedupe', [hiveBin, 'supergraph', supergraphFile, '--disable-websockets', '-c', noDedupeConfig], baseEnv, '/healthcheck');

  // Both answer the same, so both do the same work.
  for (const gw of [ours, hive, hiveNoDedupe]) {
    const data = await ask(gw.url, SEARCH);
    if (JSON.stringify(data) !== JSON.stringify(expected)) throw new Error(`${gw.name} answers differently from the embedded process:\n${JSON.stringify(data).slice(0, 500)}`);
  }
  progress(`both gateways answer ${total} hits for "zorg", the same as the embedded process`);

  progress('warming up both gateways');
  const contenders = { ours, hive, hiveNoDedupe } as const;
  type Who = keyof typeof contenders;
  for (const gw of Object.values(contenders)) await load(gw.url, SEARCH, 3);
  const rounds: Array<Record<Who, Figure>> = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // Rotate who goes first, so no one always runs on a machine another has just warmed.
    const names = Object.keys(contenders) as Who[];
    const order = [...names.slice((round - 1) % names.length), ...names.slice(0, (round - 1) % names.length)];
    const figures = {} as Record<Who, Figure>;
    for (const who of order) {
      figures[who] = await load(contenders[who].url, SEARCH);
      progress(`round ${round} ${who.padEnd(12)}: ${fmt(figures[who])}`);
    }
    rounds.push(figures);
    progress(`round ${round} ratio ours/Hive ${(figures.ours.rps / figures.hive.rps).toFixed(2)}, ours/Hive without dedupe ${(figures.ours.rps / figures.hiveNoDedupe.rps).toFixed(2)}`);
  }

  await ask(ours.url, TYPENAME);
  await ask(subgraphs.search.url, TYPENAME);
  const typenameOurs = await load(ours.url, TYPENAME);
  progress(`{ __typename } through our gateway: ${fmt(typenameOurs)}`);
  const typenameDirect = await load(subgraphs.search.url, TYPENAME);
  progress(`{ __typename } direct on search:    ${fmt(typenameDirect)}`);
  await stopAll();

  const ratios = rounds.map((r) => r.ours.rps / r.hive.rps);
  const ratiosNoDedupe = rounds.map((r) => r.ours.rps / r.hiveNoDedupe.rps);
  const summary = {
    ours: median(rounds.map((r) => r.ours.rps)),
    hive: median(rounds.map((r) => r.hive.rps)),
    hiveNoDedupe: median(rounds.map((r) => r.hiveNoDedupe.rps)),
    ratioNoDedupe: median(ratiosNoDedupe),
    ratio: median(ratios),
    embedded: median(embedded.map((f) => f.rps)),
  };
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}, Node ${process.version}`;
  const hiveVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@graphql-hive', 'gateway', 'package.json'), 'utf8')).version;
  const apolloVersion = JSON.parse(readFileSync(require.resolve('@apollo/gateway/package.json', { paths: [join(ROOT, 'gateway')] }), 'utf8')).version;
  const row = (name: string, f: Figure) => `| ${name} | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.errors + f.non2xx} |`;
  const md = [
    `# Gateway benchmark, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine}. Other work (tests, other benches) may have run on the machine at the same time:`,
    'the ratios, measured in alternation within one run, are what count; absolute figures vary between runs.',
    '',
    `Query: \`${SEARCH}\`, anonymous, ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s per gateway (after a 3 s warm-up each),`,
    `demo data (${total} hits). @apollo/gateway ${apolloVersion} vs @graphql-hive/gateway ${hiveVersion} (one process; defaults, and once more with its in-flight dedupe off), same subgraph processes,`,
    `same supergraph. Anonymous-search rate limit raised to ${BENCH_LIMITS.CB_LIMIT_ANONYMOUS_SEARCHES_PER_MINUTE}/min for the bench; LOG_LEVEL=info, NODE_ENV=production.${CPU_PROF ? ' **Run with --cpu-prof** (slower).' : ''}`,
    '',
    '| run | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
    ...rounds.flatMap((r, i) => [row(`round ${i + 1} ours`, r.ours), row(`round ${i + 1} Hive`, r.hive), row(`round ${i + 1} Hive, in-flight dedupe off`, r.hiveNoDedupe)]),
    ...embedded.map((f, i) => row(`embedded (npm start, one process) round ${i + 1}`, f)),
    row('`{ __typename }` through our gateway', typenameOurs),
    row('`{ __typename }` direct on the search subgraph', typenameDirect),
    '',
    `**Median: ours ${summary.ours.toFixed(0)} req/s, Hive ${summary.hive.toFixed(0)} req/s, ratio ours/Hive ${summary.ratio.toFixed(2)}** (per round: ${ratios.map((r) => r.toFixed(2)).join(', ')}; aim ≥ 1.0).`,
    `**Against Hive with its in-flight dedupe off: ${summary.hiveNoDedupe.toFixed(0)} req/s, ratio ${summary.ratioNoDedupe.toFixed(2)}** (per round: ${ratiosNoDedupe.map((r) => r.toFixed(2)).join(', ')}).`,
    `**Embedded: ${summary.embedded.toFixed(0)} req/s** (aim ≥ 400).`,
    '',
  ].join('\n');
  const resultsDir = join(ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `gateway-${started.toISOString().slice(0, 16).replace(':', '')}.md`);
  writeFileSync(file, md);
  process.stdout.write(`\n${md}\nwritten to ${file}\n`);
}

let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) return;
  interrupted = true;
  progress('interrupted: stopping every process the bench started');
  void stopAll().then(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(130);
  });
});

main()
  .then(() => rmSync(dataDir, { recursive: true, force: true }))
  .catch(async (err) => {
    progress(`failed: ${err instanceof Error ? err.message : String(err)} (logs kept in ${logDir})`);
    await stopAll();
    process.exit(1);
  });
