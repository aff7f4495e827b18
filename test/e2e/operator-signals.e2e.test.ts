import { EventTypes } from '@cb/contracts';
import { SqliteStore } from '@cb/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceProcess, freePort } from '../distributed/cluster';
import { DEMO_ACCOUNTS } from '@cb/gateway/src/seed';
import { publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';
import { eventually, graphqlClient, mailFilesIn, type MarketplaceApi } from './harness';
import { startOtlpReceiver, type ReceivedSpan } from './otlp-receiver';

const SERVICES = ['students', 'companies', 'placements', 'search', 'notifications'];
const MOTIVATION = 'Ik woon in Zwijndrecht en wil graag aan schepen rekenen.';

/**
 * `npm start` as an operator sees it: the embedded profile's real entry point in its own process,
 * on a fresh data directory with the demo data, its stdout captured whole, its spans exported to
 * a collector started here. The whole flow runs through it: demo sign-ins (and a wrong password),
 * an organisation and a student registering, an application with a motivation, an offer, an accept.
 */
describe('npm start: logs, traces, metrics and health (embedded profile)', () => {
  let dataDir: string;
  let collector: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let app: ServiceProcess;
  const registered: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cb-npm-start-'));
    collector = await startOtlpReceiver();
    app = new ServiceProcess('npm start', 'gateway/src/main.ts', await freePort(), {
      CB_PROFILE: 'embedded',
      CB_DATA_DIR: dataDir,
      CB_SEED: 'always',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    });
    await app.start();
    await eventually(async () => app.stdout.includes('"msg":"Career Boost is ready"'), 'the demo seed to finish', 90000);

    const api = graphqlClient(() => app.url);
    const m: MarketplaceApi = { ...api, mailTo: mailFilesIn(dataDir) };
    const staff = await api.signIn(DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password);
    await api.signIn(DEMO_ACCOUNTS.company.email, DEMO_ACCOUNTS.company.password);
    const sanne = await api.signIn(DEMO_ACCOUNTS.student.email, DEMO_ACCOUNTS.student.password);
    const wrong = await api.gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
      e: DEMO_ACCOUNTS.student.email,
      p: 'not-her-password',
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });

    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { title: 'Afstudeeropdracht scheepsplanning', places: 2 });
    const student = await registerStudent(m);
    registered.push(student.email);
    await api.ok('query Me { me { student { name } } }', {}, sanne);
    const applicationId = await eventually(async () => {
      const r = await api.gql('mutation Apply($a: ID!, $m: String!) { apply(assignmentId: $a, motivation: $m) { id } }', { a: assignmentId, m: MOTIVATION }, sanne);
      return r.data?.apply?.id as string | undefined;
    }, 'placements to know the new assignment');
    await api.ok('mutation($id: ID!) { moveApplication(id: $id, status: OFFERED, note: "Welkom, Sanne!") { status } }', { id: applicationId }, company.token);
    await api.ok('mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: applicationId }, sanne);
  }, 240000);

  afterAll(async () => {
    if (process.env.CB_SHOW_LOG) console.log(app.stdout.split('\n').slice(0, 60).join('\n'));
    await app?.stop();
    await collector?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const logLines = () => app.stdout.split('\n').filter((l) => l.trim() !== '');

  it('answers /livez, and /readyz with the store, bus and consumer of every service it hosts', async () => {
    const live = await fetch(`${app.origin}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.origin}/readyz`);
    const body = (await ready.json()) as { checks: Record<string, { ok: boolean }> };
    expect(ready.status).toBe(200);
    const expected = ['gateway', ...SERVICES.flatMap((s) => [`${s}.store`, `${s}.bus`, `${s}.consumer`])];
    expect(Object.keys(body.checks).sort()).toEqual(expected.sort());
    expect(Object.values(body.checks).every((c) => c.ok === true)).toBe(true);
    // /health stays for probes written before /livez existed.
    expect((await fetch(`${app.origin}/health`)).status).toBe(200);
  });

  it('serves Prometheus metrics: operations, consumer lag, outbox backlog, dead letters, sign-in failures, the process', async () => {
    const response = await fetch(`${app.origin}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^cb_graphql_operation_duration_seconds_count\{server="gateway",operation="Apply",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^cb_graphql_operation_duration_seconds_count\{server="placements",operation="Apply",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^cb_graphql_operation_duration_seconds_bucket\{[^}]*server="gateway",operation="anonymous",outcome="ok"[^}]*\} \d+$/m);
    expect(text).toMatch(/^cb_sign_in_failures_total 1$/m);
    for (const s of SERVICES) {
      expect(text).toMatch(new RegExp(`^cb_outbox_backlog_events\\{service="${s}"\\} \\d+$`, 'm'));
      expect(text).toMatch(new RegExp(`^cb_consumer_lag_messages\\{group="${s}"\\} \\d+$`, 'm'));
    }
    expect(text).toContain('# TYPE cb_events_dead_lettered_total counter');
    expect(text).toMatch(/^cb_events_handled_total\{group="search",type="nl\.careerboost\.application\.submitted\.v1"\} [1-9]\d*$/m);
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it('writes every stdout line as a JSON log line with level, time and msg (the seed progress too)', () => {
    const lines = logLines();
    expect(lines.length).toBeGreaterThan(20);
    const notJson = lines.filter((l) => {
      try {
        const entry = JSON.parse(l);
        return !(typeof entry.level === 'string' && typeof entry.time === 'string' && typeof entry.msg === 'string');
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(expect.arrayContaining(['first start: seeding demo data', 'seeded', 'demo data ready', 'Career Boost is ready']));
  });

  it('writes one info line per request, with a request id and a trace id; the subgraphs the gateway asks in-process are in its trace', async () => {
    const requests = logLines()
      .map((l) => JSON.parse(l))
      .filter((e) => e.msg === 'request');
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((e) => typeof e.requestId !== 'string' || !/^[0-9a-f]{32}$/.test(e.traceId))).toEqual([]);
    // One process: the gateway asks placements in-process, whose line is at debug (issue 13), so the
    // Apply wrote the gateway's line alone.
    const apply = requests.find((e) => e.server === 'gateway' && e.operation === 'Apply');
    expect(requests.filter((e) => e.requestId === apply.requestId).map((e) => e.server)).toEqual(['gateway']);
    const atGateway = requests.filter((e) => e.server === 'gateway');
    // Info lines of services are of the calls that still go over HTTP: the gateway's password checks
    // of a sign-in (with its request id and trace), and the mail relay asking an owner for an address
    // or an account mail's link, each in its own trace.
    const RELAY_CALLS = new Set(['MailContact', 'AccountMail']);
    const orphans = requests.filter(
      (e) => e.server !== 'gateway' && !RELAY_CALLS.has(e.operation) && !atGateway.some((g) => g.requestId === e.requestId && g.traceId === e.traceId),
    );
    expect(orphans).toEqual([]);
    // What the subgraphs' lines showed before is in their server spans: the Apply reached placements
    // in the gateway's trace with the gateway's request id, and every in-process subgraph span
    // belongs to a gateway request.
    const atPlacements = await eventually(
      async () => collector.spans.find((s) => s.scope === 'career-boost/placements' && s.kind === 2 && s.attributes['cb.request_id'] === apply.requestId),
      "placements' server span of the Apply",
    );
    expect(atPlacements.traceId).toBe(apply.traceId);
    // (Checked against the gateway's log lines, which are all there; an exporter may drop spans.)
    const subgraphSpans = collector.spans.filter(
      (s) => s.kind === 2 && SERVICES.some((name) => s.scope === `career-boost/${name}`) && !RELAY_CALLS.has(String(s.attributes['graphql.operation.name'])),
    );
    expect(subgraphSpans.length).toBeGreaterThan(10);
    const spanOrphans = subgraphSpans.filter((s) => !atGateway.some((g) => g.traceId === s.traceId && g.requestId === s.attributes['cb.request_id']));
    expect(spanOrphans.map((s) => `${s.scope} ${s.name} ${String(s.attributes['graphql.operation.name'])}`)).toEqual([]);
  });

  it('logs no e-mail address, name or motivation of anyone: demo accounts, seeded people, people the flow registered', async () => {
    const people: string[] = [...Object.values(DEMO_ACCOUNTS).map((a) => a.email), 'Sanne de Jong', 'Sam Jansen', 'Eva de Vries', MOTIVATION, 'Welkom, Sanne!', ...registered];
    const students = new SqliteStore(join(dataDir, 'students.sqlite'));
    const companies = new SqliteStore(join(dataDir, 'companies.sqlite'));
    for (const s of await students.collection<{ id: string; name: string; email: string }>({ name: 'students' }).find()) people.push(s.name, s.email);
    for (const c of await companies.collection<{ id: string; contactName: string; contactEmail: string }>({ name: 'companies' }).find()) {
      people.push(c.contactName, c.contactEmail);
    }
    await Promise.all([students.close(), companies.close()]);
    expect(people.length).toBeGreaterThan(1000); // 500 seeded students, 36 organisations, the demo accounts, the flow's
    const output = (app.stdout + app.stderr).toLowerCase();
    expect(people.filter((p) => output.includes(p.toLowerCase()))).toEqual([]);
  });

  it('continues one trace from the Apply mutation at the gateway through placements and the bus to the consumers of its event', async () => {
    const gatewaySpan = await eventually(
      async () => collector.spans.find((s) => s.scope === 'career-boost/gateway' && s.kind === 2 && s.status !== 2 && s.attributes['graphql.operation.name'] === 'Apply'),
      'the gateway span of the Apply that succeeded (earlier tries fail until placements knows the assignment)',
    );
    const inTrace = (pred: (s: ReceivedSpan) => boolean) => collector.spans.filter((s) => s.traceId === gatewaySpan.traceId && pred(s));
    const consumers = await eventually(async () => {
      const found = inTrace((s) => s.kind === 5 && s.name === `process ${EventTypes.applicationSubmitted}`);
      return found.length >= 3 && found;
    }, 'consumer spans of application.submitted in the same trace');
    // Search, students and notifications learn of the application; placements feeds its own funnel from it.
    expect(consumers.map((s) => s.scope).sort()).toEqual(['career-boost/notifications', 'career-boost/placements', 'career-boost/search', 'career-boost/students']);
    expect(inTrace((s) => s.scope === 'career-boost/placements' && s.kind === 2)).toHaveLength(1);
    expect(new Set(collector.spans.map((s) => s.service))).toEqual(new Set(['career-boost']));
  });
});
