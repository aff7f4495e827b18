import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFerretDB, startKafka } from '../../infra/engines';
import { STAFF, graphqlClient, type MarketplaceApi, type TestMarketplace } from '../e2e/harness';
import { SmtpSink } from '../mail/smtp-sink';

const ROOT = join(__dirname, '..', '..');

export const ENTRY = {
  students: 'services/students/src/main.ts',
  companies: 'services/companies/src/main.ts',
  placements: 'services/placements/src/main.ts',
  search: 'services/search/src/main.ts',
  notifications: 'services/notifications/src/main.ts',
  gateway: 'gateway/src/main.ts',
} as const;
export type ProcessName = keyof typeof ENTRY;

export interface Engines {
  brokers: string[];
  mongoUrl: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** One process of the marketplace (a service, a gateway, or the whole embedded profile), started from its real entry point. */
export class ServiceProcess {
  private child?: ChildProcess;
  private output: string[] = [];
  /** Everything the process wrote to stdout since it started (the log tests read it whole). */
  stdout = '';
  stderr = '';

  constructor(
    readonly name: string,
    private readonly entry: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `extraEnv` holds for this start only (e.g. a moved clock); a later start() goes without it. */
  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    this.output = [];
    this.stdout = '';
    this.stderr = '';
    // One process per service (tsx as a loader, not its CLI, which would add a parent process that
    // a SIGKILL would leave the real service orphaned behind).
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, this.entry)], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...this.env, ...extraEnv, PORT: String(this.port), HOST: '127.0.0.1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (b: Buffer) => {
      this.output.push(b.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout.on('data', (b: Buffer) => {
      this.stdout += b.toString();
      keep(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      this.stderr += b.toString();
      keep(b);
    });
    // Ready, not only live: its store answers, its bus is connected and its consumer runs.
    const until = Date.now() + 60000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited at start:\n${this.log()}`);
      try {
        const r = await fetch(`${this.origin}/readyz`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > until) throw new Error(`${this.name} did not become ready:\n${this.log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** SIGTERM is a graceful stop; SIGKILL is a crash. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    await exited;
    clearTimeout(timer);
  }

  log(): string {
    return this.output.join('').split('\n').slice(-40).join('\n');
  }
}

export interface Cluster {
  gatewayUrl: string;
  processes: Record<string, ServiceProcess>;
  dataDir: string;
  /** The SMTP server the notifications service sends to (a real one, in this process). */
  mail: SmtpSink;
  stop(): Promise<void>;
}

/** The business steps' view of a cluster (test/e2e/fixtures.ts): GraphQL through `url`, and the mail it sent. */
export const clusterApi = (cluster: Cluster, url: () => string = () => cluster.gatewayUrl): MarketplaceApi => ({
  ...graphqlClient(url),
  mailTo: cluster.mail.mailTo,
});

/**
 * The distributed profile as separate processes: each service and the gateway from its own entry
 * point, on real Kafka and FerretDB. `extraPlacements` starts more placements processes (same
 * consumer group and database) with a gateway each, to test capacity across processes. A `mail`
 * sink passed in outlives the cluster (a restart keeps the mailbox); one made here stops with it.
 */
export async function startCluster(
  engines: Engines,
  options: { extraPlacements?: number; staff?: { email: string; password: string }; env?: Record<string, string>; mail?: SmtpSink } = {},
): Promise<Cluster & { extraGateways: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cb-dist-'));
  const ownSink = !options.mail;
  const mail = options.mail ?? new SmtpSink();
  if (ownSink) await mail.start();
  const env: Record<string, string> = {
    CB_PROFILE: 'distributed',
    CB_DATA_DIR: dataDir,
    CB_SEED: 'never',
    JWT_SECRET: 'distributed-test-secret-0123456789abcdef',
    KAFKA_BROKERS: engines.brokers.join(','),
    MONGO_URL: engines.mongoUrl,
    // The load tests register hundreds of students from this one address, as a trusted client would
    // (README "Rate limits"); the counters live in FerretDB and outlast a cluster restart.
    CB_LIMIT_REGISTRATIONS_PER_HOUR: '10000',
    ...(options.staff ? { STAFF_EMAIL: options.staff.email, STAFF_PASSWORD: options.staff.password } : {}),
    ...options.env,
  };
  const processes: Record<string, ServiceProcess> = {};
  for (const name of ['students', 'companies', 'placements', 'search'] as const) {
    processes[name] = new ServiceProcess(name, ENTRY[name], await freePort(), env);
  }
  processes.notifications = new ServiceProcess('notifications', ENTRY.notifications, await freePort(), {
    ...env,
    SMTP_URL: mail.url,
    CB_MAIL_RETRY_MS: '200',
    CB_MAIL_RETRY_MAX_MS: '2000',
    STUDENTS_URL: processes.students.url,
    COMPANIES_URL: processes.companies.url,
  });
  const extra = Array.from({ length: options.extraPlacements ?? 0 }, (_, i) => i + 2);
  for (const i of extra) processes[`placements-${i}`] = new ServiceProcess(`placements-${i}`, ENTRY.placements, await freePort(), env);
  const subgraphEnv = (placements: ServiceProcess) => ({
    ...env,
    STUDENTS_URL: processes.students.url,
    COMPANIES_URL: processes.companies.url,
    PLACEMENTS_URL: placements.url,
    SEARCH_URL: processes.search.url,
    NOTIFICATIONS_URL: processes.notifications.url,
  });
  try {
    // Started one by one: two cores, and each process compiles its TypeScript on start.
    for (const p of Object.values(processes)) await p.start();
    processes.gateway = new ServiceProcess('gateway', ENTRY.gateway, await freePort(), subgraphEnv(processes.placements));
    await processes.gateway.start();
    const extraGateways: string[] = [];
    for (const i of extra) {
      const gw = new ServiceProcess(`gateway-${i}`, ENTRY.gateway, await freePort(), subgraphEnv(processes[`placements-${i}`]));
      processes[`gateway-${i}`] = gw;
      await gw.start();
      extraGateways.push(gw.url);
    }
    return {
      gatewayUrl: processes.gateway.url,
      extraGateways,
      processes,
      dataDir,
      mail,
      async stop() {
        for (const p of Object.values(processes).reverse()) await p.stop();
        if (ownSink) await mail.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    for (const p of Object.values(processes).reverse()) await p.stop().catch(() => undefined);
    if (ownSink) await mail.stop();
    throw err;
  }
}

/**
 * A cluster on a Kafka broker and a FerretDB started for it alone: for a test that stops its
 * broker, or a bench that wants engines nobody else loads. `stop` stops the cluster, then both.
 */
export async function startClusterOnOwnEngines(options: Parameters<typeof startCluster>[1] = {}) {
  const [kafka, mongo] = await Promise.all([startKafka(), startFerretDB()]);
  const stopEngines = async () => {
    await Promise.all([kafka.stop(), mongo.stop()]);
  };
  try {
    const cluster = await startCluster({ brokers: kafka.brokers, mongoUrl: mongo.url }, options);
    return {
      kafka,
      mongo,
      cluster,
      async stop() {
        try {
          await cluster.stop();
        } finally {
          await stopEngines();
        }
      },
    };
  } catch (err) {
    await stopEngines();
    throw err;
  }
}

/** Kafka and FerretDB as provisioned by the distributed suite's global set-up. */
export function enginesFromEnv(): Engines {
  const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean);
  const mongoUrl = process.env.MONGO_URL;
  if (!brokers?.length || !mongoUrl) throw new Error('KAFKA_BROKERS and MONGO_URL must be set (the distributed suite’s global set-up does it)');
  return { brokers, mongoUrl };
}

/** The embedded e2e tests' TestMarketplace, backed by a cluster of separate processes. */
export async function startDistributedTestMarketplace(): Promise<TestMarketplace> {
  const engines = enginesFromEnv();
  // One mailbox across restarts: a test reads mail sent before a restart after it.
  const mail = new SmtpSink();
  await mail.start();
  let cluster = await startCluster(engines, { staff: STAFF, mail });
  return {
    get url() {
      return cluster.gatewayUrl;
    },
    get dataDir() {
      return cluster.dataDir;
    },
    get marketplace(): never {
      throw new Error('the distributed profile has no in-process marketplace');
    },
    ...graphqlClient(() => cluster.gatewayUrl),
    mailTo: mail.mailTo,
    async restart(between) {
      await cluster.stop();
      await between?.();
      cluster = await startCluster(engines, { staff: STAFF, mail });
    },
    async stop() {
      await cluster.stop();
      await mail.stop();
    },
  };
}
