import { EventTypes } from '@cb/contracts';
import { publishAssignment, registerApprovedCompany, registerStudent } from '../e2e/fixtures';
import { STAFF, eventually, graphqlClient } from '../e2e/harness';
import { startOtlpReceiver } from '../e2e/otlp-receiver';
import { clusterApi, enginesFromEnv, startCluster, type Cluster } from './cluster';

const SERVICES = ['students', 'companies', 'placements', 'search'] as const;

/**
 * The operator's signals on every process of the distributed profile — each service and the
 * gateway its own process on real Kafka and FerretDB — with spans exported to a collector here.
 */
describe('logs, traces, metrics and health on every process (distributed profile)', () => {
  let cluster: Cluster;
  let collector: Awaited<ReturnType<typeof startOtlpReceiver>>;
  beforeAll(async () => {
    collector = await startOtlpReceiver();
    cluster = await startCluster(enginesFromEnv(), {
      staff: STAFF,
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '200' },
    });
    // On a broker that earlier tests filled, a new search process first rebuilds its projection
    // from the whole log: let every consumer group catch up (by its own lag metric) before the flow.
    await eventually(async () => {
      await new Promise((r) => setTimeout(r, 1000)); // each scrape asks the broker
      const lags = await Promise.all(SERVICES.map(async (name) => (await fetch(`${new URL(cluster.processes[name].url).origin}/metrics`)).text()));
      return lags.every((text, i) => new RegExp(`^cb_consumer_lag_messages\\{group="${SERVICES[i]}"\\} 0$`, 'm').test(text));
    }, 'every consumer group to catch up with the log', 240000);
    const api = graphqlClient(() => cluster.gatewayUrl);
    const m = clusterApi(cluster);
    const wrong = await api.gql('mutation SignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: STAFF.email, p: 'not-the-password' });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    const staff = await api.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { title: 'Opdracht met een spoor door Kafka' });
    const student = await registerStudent(m);
    await eventually(async () => {
      const r = await api.gql('mutation Apply($a: ID!, $m: String!) { apply(assignmentId: $a, motivation: $m) { id } }', { a: assignmentId, m: 'Graag!' }, student.token);
      return r.data?.apply?.id;
    }, 'placements to know the assignment and the student', 60000);
  }, 480000);
  afterAll(async () => {
    await cluster?.stop();
    await collector?.stop();
  });

  const origin = (name: string) => new URL(cluster.processes[name].url).origin;

  it('answers /livez and /readyz on every service process and the gateway, each with its own checks', async () => {
    for (const name of [...SERVICES, 'gateway']) {
      expect((await fetch(`${origin(name)}/livez`)).status).toBe(200);
      const ready = await fetch(`${origin(name)}/readyz`);
      expect({ name, status: ready.status }).toEqual({ name, status: 200 });
      const { checks } = (await ready.json()) as { checks: Record<string, unknown> };
      const expected = name === 'gateway' ? ['gateway'] : [`${name}.store`, `${name}.bus`, `${name}.consumer`];
      expect(Object.keys(checks).sort()).toEqual(expected.sort());
    }
  });

  it('serves /metrics on every process: operations and sign-in failures at the gateway, lag and backlog at each service', async () => {
    const metrics = async (name: string) => (await fetch(`${origin(name)}/metrics`)).text();
    const gateway = await metrics('gateway');
    expect(gateway).toMatch(/^cb_graphql_operation_duration_seconds_count\{server="gateway",operation="Apply",outcome="ok"\} 1$/m);
    expect(gateway).toMatch(/^cb_sign_in_failures_total 1$/m);
    expect(gateway).toMatch(/^process_cpu_seconds_total \d/m);
    for (const name of SERVICES) {
      const text = await metrics(name);
      expect(text).toMatch(new RegExp(`^cb_outbox_backlog_events\\{service="${name}"\\} \\d+$`, 'm'));
      expect(text).toMatch(new RegExp(`^cb_consumer_lag_messages\\{group="${name}"\\} \\d+$`, 'm'));
      expect(text).toContain('# TYPE cb_events_dead_lettered_total counter');
      expect(text).toContain('# TYPE cb_graphql_operation_duration_seconds histogram');
      expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    }
    expect(await metrics('placements')).toMatch(/^cb_graphql_operation_duration_seconds_count\{server="placements",operation="Apply",outcome="ok"\} 1$/m);
  });

  it('writes JSON log lines on stdout of every process, with a request id and a trace id on each request line', () => {
    for (const [name, p] of Object.entries(cluster.processes)) {
      const entries = p.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => ({ name, line: l, entry: safeJson(l) }));
      expect(entries.filter((e) => !e.entry || typeof e.entry.level !== 'string' || typeof e.entry.msg !== 'string')).toEqual([]);
      const requests = entries.filter((e) => e.entry?.msg === 'request');
      expect(requests.filter((e) => typeof e.entry?.requestId !== 'string' || !/^[0-9a-f]{32}$/.test(e.entry?.traceId))).toEqual([]);
    }
  });

  it('continues the trace of the Apply mutation across Kafka to the consumers in other processes', async () => {
    const gatewaySpan = await eventually(
      async () => collector.spans.find((s) => s.service === 'gateway' && s.kind === 2 && s.status !== 2 && s.attributes['graphql.operation.name'] === 'Apply'),
      'the gateway span of the Apply that succeeded (earlier tries fail until placements knows the assignment)',
    );
    const consumers = await eventually(async () => {
      const found = collector.spans.filter((s) => s.traceId === gatewaySpan.traceId && s.kind === 5 && s.name === `process ${EventTypes.applicationSubmitted}`);
      return found.length >= 4 && found;
    }, 'consumer spans of application.submitted in the same trace', 60000);
    expect(consumers.map((s) => s.service).sort()).toEqual(['notifications', 'placements', 'search', 'students']);
  });
});

function safeJson(line: string): Record<string, any> | undefined {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
