/**
 * Real engines for tests, as native processes on loopback (no Docker):
 *
 *   - Apache Kafka 3.9.x, KRaft combined mode (broker+controller), single node  -> startKafka()
 *   - FerretDB 1.24.x (MongoDB wire protocol) on SQLite                           -> startFerretDB()
 *
 * Binaries come from the engine cache (see provision.sh / README.md); a missing cache entry is
 * fetched/built on first use, which takes minutes: progress goes to stderr.
 *
 * No leftovers: children are spawned attached (not detached), killed from a process 'exit'
 * handler, and each child also exits by itself when its stdin pipe (held by this process) closes,
 * which covers a parent that dies without running 'exit' handlers (SIGKILL, uncaught signal).
 * Child handles are unref'd: a running engine does not keep the Node process alive.
 *
 * Node built-ins only; CommonJS-compatible.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export type LogFn = (line: string) => void;

export interface EngineCommonOptions {
  /** Engine cache directory. Default: $CB_ENGINE_CACHE or ~/.cache/career-boost-engines. */
  cacheDir?: string;
  /** Progress/diagnostic lines. Default: stderr (silenced by CB_ENGINES_QUIET=1). */
  log?: LogFn;
  /** How long to wait for the engine to become ready (per start/resume). */
  startTimeoutMs?: number;
  /** How long stop()/pause() wait after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
  /** Keep the temp dir (logs, data) after stop() for post-mortems. Default: $CB_ENGINES_KEEP_DIRS === '1'. */
  keepDir?: boolean;
}

export interface KafkaOptions extends EngineCommonOptions {
  /** Kafka version (Maven artifact org.apache.kafka:kafka_2.13). Default: kafka/pom.xml, or $CB_KAFKA_VERSION. */
  version?: string;
  /** Max heap, passed as -Xmx. Default '512m'. */
  heap?: string;
  /** Extra JVM arguments, appended after the defaults. */
  jvmArgs?: string[];
  /** Java executable. Default: $CB_KAFKA_JAVA, else $JAVA_HOME/bin/java, else `java` on PATH. */
  java?: string;
  /** auto.create.topics.enable. Default false: tests create their topics explicitly (as in prod). */
  autoCreateTopics?: boolean;
  /** Extra/overriding server.properties entries (applied last). */
  brokerConfig?: Record<string, string | number | boolean>;
  /** Fixed ports instead of free ones. */
  port?: number;
  controllerPort?: number;
}

export interface EngineHandle {
  /** Temp dir holding config, data and the log file. Removed by stop() unless keepDir. */
  readonly dir: string;
  /** Combined stdout/stderr of the engine process (all runs appended). */
  readonly logFile: string;
  readonly version: string;
  /** True while the process runs (false after pause() or stop()). */
  readonly running: boolean;
  /** PID of the current process, or undefined while paused/stopped. */
  readonly pid: number | undefined;
  /**
   * Outage simulation: stop the process but keep config and data. 'SIGTERM' (default) is a clean
   * shutdown; 'SIGKILL' simulates a crash. No-op when already paused.
   */
  pause(opts?: { signal?: 'SIGTERM' | 'SIGKILL' }): Promise<void>;
  /** Start again with the same ports, config and data; resolves when ready. No-op when running. */
  resume(): Promise<void>;
  /** pause() then resume(). */
  restart(opts?: { signal?: 'SIGTERM' | 'SIGKILL' }): Promise<void>;
  /** Final stop: terminate the process and remove the temp dir. Idempotent. */
  stop(): Promise<void>;
}

export interface KafkaEngine extends EngineHandle {
  /** Bootstrap servers, e.g. ['127.0.0.1:40123']. Stable across pause()/resume(). */
  readonly brokers: string[];
  readonly port: number;
  readonly controllerPort: number;
  readonly clusterId: string;
}

export interface FerretDBOptions extends EngineCommonOptions {
  /** Fixed port instead of a free one (the wrapper binds port 0 and reports the real port). */
  port?: number;
  /** FerretDB log level: debug | info | warn | error. Default 'warn'. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

export interface FerretDBEngine extends EngineHandle {
  /** e.g. 'mongodb://127.0.0.1:40124/'. Stable across pause()/resume(). */
  readonly url: string;
  readonly port: number;
}

export interface ProvisionResult {
  kafkaVersion?: string;
  kafkaHome?: string;
  ferretdbVersion?: string;
  ferretdbBin?: string;
}

/** Directory where fetched jars and built binaries are cached. */
export function engineCacheDir(): string {
  return process.env.CB_ENGINE_CACHE || path.join(os.homedir(), '.cache', 'career-boost-engines');
}

/** Fetch Kafka jars into the cache if needed (runs provision.sh kafka). */
export async function ensureKafka(opts: KafkaOptions = {}): Promise<{ version: string; home: string }> {
  const r = await provision('kafka', opts, opts.version);
  return { version: must(r.kafkaVersion, 'KAFKA_VERSION'), home: must(r.kafkaHome, 'KAFKA_HOME') };
}

/** Build the FerretDB wrapper into the cache if needed (runs provision.sh ferretdb). */
export async function ensureFerretDB(opts: FerretDBOptions = {}): Promise<{ version: string; bin: string }> {
  const r = await provision('ferretdb', opts);
  return { version: must(r.ferretdbVersion, 'FERRETDB_VERSION'), bin: must(r.ferretdbBin, 'FERRETDB_BIN') };
}

/** Start a single-node KRaft Kafka broker on 127.0.0.1 with free ports. */
export async function startKafka(opts: KafkaOptions = {}): Promise<KafkaEngine> {
  const log = logger(opts);
  sweepStaleDirsOnce(log);
  const { version, home } = await ensureKafka(opts);
  const port = opts.port ?? (await freePort());
  const controllerPort = opts.controllerPort ?? (await freePort());
  const run = engineRun('kafka', opts, log, { startTimeoutMs: 120_000, stopTimeoutMs: 30_000 });
  const { dir, logFile } = run;
  const dataDir = path.join(dir, 'data');
  const propsFile = path.join(dir, 'server.properties');
  // Kafka's Uuid: 16 random bytes, base64url without padding.
  // base64url may start with '-', which the storage tool would read as an option: avoid that.
  const clusterId = `k${crypto.randomBytes(15).toString('base64url')}`;

  const props: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'log.dirs': dataDir,
    'num.partitions': 1,
    'default.replication.factor': 1,
    'min.insync.replicas': 1,
    // Single node: internal topics must have RF 1 or group coordinators / transactions never appear.
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 1, // default 50: slow first group join, pointless here
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'transaction.state.log.num.partitions': 1,
    'group.initial.rebalance.delay.ms': 0,
    // After a crash (pause({signal:'SIGKILL'})) the restarted broker cannot re-register until the
    // previous incarnation's session expires: default 9s/2s; 5s/1s keeps crash tests snappy.
    'broker.session.timeout.ms': 5000,
    'broker.heartbeat.interval.ms': 1000,
    'auto.create.topics.enable': opts.autoCreateTopics ?? false,
    'delete.topic.enable': true,
    'num.network.threads': 2,
    'num.io.threads': 4,
    'num.recovery.threads.per.data.dir': 1,
    'log.cleaner.threads': 1,
    'log.cleaner.dedupe.buffer.size': 16 * 1024 * 1024,
    ...(opts.brokerConfig ?? {}),
  };
  fs.writeFileSync(
    propsFile,
    Object.entries(props)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join('\n') + '\n',
  );

  const java = opts.java ?? process.env.CB_KAFKA_JAVA ?? (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
  const classpath = [path.join(home, 'libs', '*'), path.join(home, 'launcher')].join(path.delimiter);
  const log4j = path.join(__dirname, 'kafka', 'log4j.properties');
  const jvm = [
    `-Xmx${opts.heap ?? '512m'}`,
    '-Xms128m',
    '-Xss1m',
    '-XX:+UseSerialGC', // 2-core CI boxes: fewer GC threads, tiny heap anyway
    '-XX:TieredStopAtLevel=1', // C1 only: much faster warm-up, plenty for test traffic
    '-XX:-UsePerfData', // no /tmp/hsperfdata_* files left behind by a SIGKILL
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=${pathToFileUrl(log4j)}`,
    `-Dkafka.logs.dir=${path.join(dir, 'logs')}`,
    ...(opts.jvmArgs ?? []),
    '-cp',
    classpath,
  ];

  log(`[engines] formatting Kafka ${version} storage in ${dir}`);
  await runToCompletion(java, [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propsFile], logFile, 60_000);

  const engine = new Supervised({
    name: `Kafka ${version}`,
    command: java,
    args: [...jvm, 'ParentWatch', 'kafka.Kafka', propsFile],
    env: process.env,
    ...run,
    version,
    ready: async (s, offset, deadline) => {
      await waitForLogLine(s, offset, /Kafka Server started/, deadline);
      await waitForTcp('127.0.0.1', port, deadline, s);
    },
  });
  log(`[engines] starting Kafka ${version} on 127.0.0.1:${port} (controller :${controllerPort}), log: ${logFile}`);
  await startOrStop(engine);

  return Object.assign(engine.handle(), {
    brokers: [`127.0.0.1:${port}`],
    port,
    controllerPort,
    clusterId,
  });
}

/** Start FerretDB (SQLite backend, fresh temp dir) on 127.0.0.1 with a free port. */
export async function startFerretDB(opts: FerretDBOptions = {}): Promise<FerretDBEngine> {
  const log = logger(opts);
  sweepStaleDirsOnce(log);
  const { version, bin } = await ensureFerretDB(opts);
  const run = engineRun('ferretdb', opts, log, { startTimeoutMs: 30_000, stopTimeoutMs: 15_000 });
  const { dir, logFile } = run;
  let port = opts.port ?? 0;

  const engine: Supervised = new Supervised({
    name: `FerretDB ${version}`,
    command: bin,
    args: () => [
      '-listen-addr',
      `127.0.0.1:${port}`,
      '-state-dir',
      path.join(dir, 'state'),
      '-log-level',
      opts.logLevel ?? 'warn',
      '-exit-on-stdin-eof',
    ],
    // Belt and braces: the embeddable package never starts telemetry anyway.
    env: { ...process.env, FERRETDB_TELEMETRY: 'disable', DO_NOT_TRACK: '1' },
    ...run,
    version,
    ready: async (s, offset, deadline) => {
      const m = await waitForLogLine(s, offset, /FERRETDB_READY mongodb:\/\/127\.0\.0\.1:(\d+)\//, deadline);
      port = Number(m[1]); // after the first start, resume() reuses this port
      await waitForMongoHello('127.0.0.1', port, deadline, s);
    },
  });
  log(`[engines] starting FerretDB ${version} (SQLite in ${dir}), log: ${logFile}`);
  await startOrStop(engine);
  return Object.assign(engine.handle(), {
    url: `mongodb://127.0.0.1:${port}/`,
    port,
  });
}

/**
 * What every engine's run shares: its own fresh temp dir (also the process's working directory)
 * with its log file, removed on stop and at exit unless kept (keepDir / CB_ENGINES_KEEP_DIRS=1), and
 * the start and stop timeouts, the engine's defaults unless the options say otherwise.
 */
function engineRun(
  engine: 'kafka' | 'ferretdb',
  opts: EngineCommonOptions,
  log: LogFn,
  defaults: Pick<SupervisedSpec, 'startTimeoutMs' | 'stopTimeoutMs'>,
): Pick<SupervisedSpec, 'dir' | 'cwd' | 'logFile' | 'log' | 'keepDir' | 'startTimeoutMs' | 'stopTimeoutMs'> {
  const keepDir = opts.keepDir ?? process.env.CB_ENGINES_KEEP_DIRS === '1';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cb-${engine}-`));
  writeOwnerFile(dir, undefined, keepDir);
  if (!keepDir) registerTempDir(dir);
  return {
    dir,
    cwd: dir,
    logFile: path.join(dir, `${engine}.log`),
    log,
    keepDir,
    startTimeoutMs: opts.startTimeoutMs ?? defaults.startTimeoutMs,
    stopTimeoutMs: opts.stopTimeoutMs ?? defaults.stopTimeoutMs,
  };
}

/** Starts a supervised engine; one that fails to come up is stopped again, not left half-running. */
async function startOrStop(engine: Supervised): Promise<void> {
  try {
    await engine.start();
  } catch (err) {
    await engine.stop().catch(() => undefined);
    throw err;
  }
}

/** Stop every engine started by this process (e.g. from a jest globalTeardown / afterAll). */
export async function stopAllEngines(): Promise<void> {
  await Promise.all([...allEngines].map((e) => e.stop()));
}

// ---------------------------------------------------------------------------------------------
// Provisioning (delegates to provision.sh, the single implementation of fetch/build/cache)
// ---------------------------------------------------------------------------------------------

const PROVISION_SH = path.join(__dirname, 'provision.sh');
const provisionMemo = new Map<string, Promise<ProvisionResult>>();

function provision(what: 'kafka' | 'ferretdb', opts: EngineCommonOptions, kafkaVersion?: string): Promise<ProvisionResult> {
  const cacheDir = opts.cacheDir ?? engineCacheDir();
  const key = `${what}|${cacheDir}|${kafkaVersion ?? ''}`;
  let p = provisionMemo.get(key);
  if (!p) {
    p = runProvision(what, cacheDir, logger(opts), kafkaVersion);
    provisionMemo.set(key, p);
    p.catch(() => provisionMemo.delete(key));
  }
  return p;
}

function runProvision(what: string, cacheDir: string, log: LogFn, kafkaVersion?: string): Promise<ProvisionResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CB_ENGINE_CACHE: cacheDir };
    if (kafkaVersion) env.CB_KAFKA_VERSION = kafkaVersion;
    const child = spawn('bash', [PROVISION_SH, what, '--print'], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let errTail = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    let pending = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      errTail = (errTail + d).slice(-8000);
      pending += d;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) if (l.trim()) log(l);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending.trim()) log(pending);
      if (code !== 0) {
        reject(new Error(`provision.sh ${what} failed (exit ${code}):\n${errTail}`));
        return;
      }
      const kv = Object.fromEntries(
        out
          .split('\n')
          .map((l) => l.match(/^([A-Z_]+)=(.*)$/))
          .filter((m): m is RegExpMatchArray => m !== null)
          .map((m) => [m[1], m[2]]),
      );
      resolve({
        kafkaVersion: kv.KAFKA_VERSION,
        kafkaHome: kv.KAFKA_HOME,
        ferretdbVersion: kv.FERRETDB_VERSION,
        ferretdbBin: kv.FERRETDB_BIN,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Process supervision
// ---------------------------------------------------------------------------------------------

interface SupervisedSpec {
  name: string;
  command: string;
  args: string[] | (() => string[]);
  cwd: string;
  env: NodeJS.ProcessEnv;
  dir: string;
  logFile: string;
  version: string;
  log: LogFn;
  keepDir: boolean;
  startTimeoutMs: number;
  stopTimeoutMs: number;
  /** Resolve when the freshly started process is ready; `offset` = log size before the spawn. */
  ready: (s: Supervised, offset: number, deadline: number) => Promise<unknown>;
}

const liveChildren = new Set<ChildProcess>();
const tempDirs = new Set<string>();
const allEngines = new Set<Supervised>();

/** Last-resort cleanup when the Node process exits with engines still running. */
function onProcessExit(): void {
  for (const c of liveChildren) {
    try {
      c.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  for (const d of tempDirs) {
    try {
      fs.rmSync(d, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    } catch {
      /* best effort */
    }
  }
}

let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', onProcessExit);
}

/** Drop the hook once nothing is left, so many test files in one jest worker do not pile up listeners. */
function maybeUninstallExitHook(): void {
  if (exitHookInstalled && liveChildren.size === 0 && tempDirs.size === 0 && allEngines.size === 0) {
    process.off('exit', onProcessExit);
    exitHookInstalled = false;
  }
}

function registerTempDir(dir: string): void {
  installExitHook();
  tempDirs.add(dir);
}

class Supervised {
  child: ChildProcess | undefined;
  exited: Promise<void> | undefined;
  exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private stopped = false;
  private transition: Promise<void> = Promise.resolve();

  constructor(readonly spec: SupervisedSpec) {
    installExitHook();
    allEngines.add(this);
  }

  get running(): boolean {
    return this.child !== undefined && this.exitInfo === undefined;
  }

  handle(): EngineHandle {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      dir: this.spec.dir,
      logFile: this.spec.logFile,
      version: this.spec.version,
      get running() {
        return self.running;
      },
      get pid() {
        return self.running ? self.child?.pid : undefined;
      },
      pause: (o) => this.serial(() => this.doPause(o?.signal ?? 'SIGTERM')),
      resume: () => this.serial(() => this.doResume()),
      restart: (o) =>
        this.serial(async () => {
          await this.doPause(o?.signal ?? 'SIGTERM');
          await this.doResume();
        }),
      stop: () => this.stop(),
    };
  }

  /** Run state transitions one at a time. */
  private serial(fn: () => Promise<void>): Promise<void> {
    const next = this.transition.then(fn, fn);
    this.transition = next.catch(() => undefined);
    return next;
  }

  async start(): Promise<void> {
    const t0 = Date.now();
    const offset = fileSize(this.spec.logFile);
    const fd = fs.openSync(this.spec.logFile, 'a');
    let child: ChildProcess;
    try {
      const args = typeof this.spec.args === 'function' ? this.spec.args() : this.spec.args;
      child = spawn(this.spec.command, args, {
        cwd: this.spec.cwd,
        env: this.spec.env,
        // stdin: a pipe we never write to; the child exits when it closes (ParentWatch /
        // -exit-on-stdin-eof). stdout/stderr go straight to the log file, so a busy event loop
        // can never block the engine on a full pipe.
        stdio: ['pipe', fd, fd],
        detached: false,
      });
    } finally {
      fs.closeSync(fd);
    }
    this.child = child;
    this.exitInfo = undefined;
    liveChildren.add(child);
    writeOwnerFile(this.spec.dir, child.pid, this.spec.keepDir);
    this.exited = new Promise<void>((resolve) => {
      const done = (code: number | null, signal: NodeJS.Signals | null): void => {
        if (this.child === child && this.exitInfo === undefined) this.exitInfo = { code, signal };
        liveChildren.delete(child);
        resolve();
      };
      child.once('exit', done);
      child.once('error', (err) => {
        fs.appendFileSync(this.spec.logFile, `\n[engines] spawn error: ${String(err)}\n`);
        done(null, null);
      });
    });
    // Do not keep the Node process alive just because an engine runs; the 'exit' hook cleans up.
    child.unref();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    child.stdin?.on('error', () => undefined); // EPIPE when the child is gone

    try {
      await this.spec.ready(this, offset, t0 + this.spec.startTimeoutMs);
    } catch (err) {
      await this.kill('SIGKILL');
      throw err;
    }
    this.spec.log(`[engines] ${this.spec.name} ready in ${((Date.now() - t0) / 1000).toFixed(1)}s (pid ${child.pid})`);
  }

  /** Error if the current child has already exited (used while waiting for readiness). */
  assertAlive(): void {
    if (this.exitInfo !== undefined || this.child === undefined) {
      const how = this.exitInfo ? `exit code ${this.exitInfo.code}, signal ${this.exitInfo.signal}` : 'not started';
      throw new Error(`${this.spec.name} exited during startup (${how}). Log ${this.spec.logFile}\n${diagnose(this.spec.logFile)}`);
    }
  }

  private async kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.exited) return;
    if (this.exitInfo === undefined) {
      child.ref(); // keep Node alive until the child is really gone
      child.kill(signal);
      const timer = setTimeout(() => {
        this.spec.log(`[engines] ${this.spec.name} did not stop within ${this.spec.stopTimeoutMs}ms; SIGKILL`);
        child.kill('SIGKILL');
      }, this.spec.stopTimeoutMs);
      try {
        await this.exited;
      } finally {
        clearTimeout(timer);
      }
    }
    child.stdin?.destroy();
    this.child = undefined;
    this.exited = undefined;
  }

  private async doPause(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    if (this.stopped) throw new Error(`${this.spec.name} was stopped`);
    if (!this.child) return;
    const t0 = Date.now();
    await this.kill(signal);
    this.spec.log(`[engines] ${this.spec.name} paused (${signal}) in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  }

  private async doResume(): Promise<void> {
    if (this.stopped) throw new Error(`${this.spec.name} was stopped`);
    if (this.running) return;
    await this.kill('SIGKILL'); // clears a child that died by itself
    await this.start();
  }

  stop(): Promise<void> {
    return this.serial(async () => {
      if (this.stopped) return;
      this.stopped = true;
      allEngines.delete(this);
      await this.kill('SIGTERM');
      if (!this.spec.keepDir) fs.rmSync(this.spec.dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
      tempDirs.delete(this.spec.dir);
      maybeUninstallExitHook();
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Stale temp dirs
// ---------------------------------------------------------------------------------------------
// The 'exit' hook cannot run when the parent is SIGKILLed, and does not fire inside jest (jest
// gives test code a copy of `process`). The engines still exit (stdin watchdog), but their temp
// dirs stay; every temp dir therefore records its owner, and later starts sweep the dead ones.

const TEMP_DIR_RE = /^cb-(kafka|ferretdb)-/;
const OWNER_FILE = '.cb-engine-owner.json';

function writeOwnerFile(dir: string, enginePid: number | undefined, keep: boolean): void {
  try {
    fs.writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify({ ownerPid: process.pid, enginePid: enginePid ?? null, keep }));
  } catch {
    /* dir removed concurrently */
  }
}

function pidAlive(pid: unknown): boolean {
  if (typeof pid !== 'number' || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // an exited process not yet reaped by its (new) parent is a zombie: not alive
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

/**
 * Remove cb-kafka-* / cb-ferretdb-* temp dirs whose owning Node process and engine process are
 * both gone (kept ones, keepDir / CB_ENGINES_KEEP_DIRS=1, are left alone). Runs automatically once per process on the first start; exported for CI clean-up.
 */
export function cleanupStaleEngineDirs(log: LogFn = () => undefined): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(os.tmpdir());
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!TEMP_DIR_RE.test(name)) continue;
    const dir = path.join(os.tmpdir(), name);
    if (tempDirs.has(dir)) continue;
    let owner: { ownerPid?: unknown; enginePid?: unknown; keep?: unknown };
    try {
      owner = JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8'));
    } catch {
      // no owner file yet: only sweep it when clearly abandoned (older than an hour)
      try {
        if (Date.now() - fs.statSync(dir).mtimeMs < 3600_000) continue;
      } catch {
        continue;
      }
      owner = {};
    }
    if (owner.keep === true || pidAlive(owner.ownerPid) || pidAlive(owner.enginePid)) continue;
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      /* not ours to remove (other user) or racing: leave it */
    }
  }
  if (removed.length) log(`[engines] removed ${removed.length} stale temp dir(s) of dead test runs`);
  return removed;
}

let swept = false;
function sweepStaleDirsOnce(log: LogFn): void {
  if (swept) return;
  swept = true;
  cleanupStaleEngineDirs(log);
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function logger(opts: EngineCommonOptions): LogFn {
  if (opts.log) return opts.log;
  if (process.env.CB_ENGINES_QUIET === '1') return () => undefined;
  return (line) => process.stderr.write(line.endsWith('\n') ? line : line + '\n');
}

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`provision.sh did not report ${what}`);
  return v;
}

function pathToFileUrl(p: string): string {
  return 'file:' + p.split(path.sep).map(encodeURIComponent).join('/');
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** First ERROR/FATAL lines of the log (the cause; the tail is often only shutdown noise) + the tail. */
function diagnose(file: string): string {
  const errors = tail(file, 256 * 1024)
    .split('\n')
    .filter((l) => /\b(ERROR|FATAL)\b|level=ERROR/.test(l))
    .slice(0, 5)
    .map((l) => (l.length > 1500 ? l.slice(0, 1500) + '...' : l));
  return (errors.length ? `first errors:\n${errors.join('\n')}\n--- log tail:\n` : '') + tail(file, 4000);
}

function tail(file: string, bytes = 6000): string {
  try {
    const size = fileSize(file);
    const fd = fs.openSync(file, 'r');
    try {
      const len = Math.min(bytes, size);
      const buf = Buffer.alloc(len);
      fs.readSync(fd, buf, 0, len, size - len);
      return buf.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '(no log)';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const handedOutPorts = new Set<number>();

/** A currently free TCP port on 127.0.0.1 (never the same one twice in this process). */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.unref();
      srv.on('error', reject);
      srv.listen(0, '127.0.0.1', () => {
        const addr = srv.address();
        srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
      });
    });
    if (!handedOutPorts.has(port)) {
      handedOutPorts.add(port);
      return port;
    }
  }
  throw new Error('could not find a free port');
}

/** Wait for `re` to appear in the log after `offset`; returns the match. */
async function waitForLogLine(s: Supervised, offset: number, re: RegExp, deadline: number): Promise<RegExpMatchArray> {
  let pos = offset;
  let carry = '';
  for (;;) {
    const size = fileSize(s.spec.logFile);
    if (size > pos) {
      const fd = fs.openSync(s.spec.logFile, 'r');
      try {
        const buf = Buffer.alloc(size - pos);
        fs.readSync(fd, buf, 0, buf.length, pos);
        pos = size;
        const text = carry + buf.toString('utf8');
        const m = text.match(re);
        if (m) return m;
        carry = text.slice(-1000);
      } finally {
        fs.closeSync(fd);
      }
    }
    s.assertAlive();
    if (Date.now() > deadline) {
      throw new Error(`${s.spec.name} not ready (no ${re} in log) within the start timeout. Log ${s.spec.logFile}\n${diagnose(s.spec.logFile)}`);
    }
    await sleep(100);
  }
}

function tryConnect(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (ok: boolean): void => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

async function waitForTcp(host: string, port: number, deadline: number, s: Supervised): Promise<void> {
  for (;;) {
    if (await tryConnect(host, port, 1000)) return;
    s.assertAlive();
    if (Date.now() > deadline) throw new Error(`${s.spec.name}: ${host}:${port} does not accept connections. Log ${s.spec.logFile}\n${diagnose(s.spec.logFile)}`);
    await sleep(100);
  }
}

/** Minimal BSON document with int32 / string fields. */
function bsonDoc(fields: Array<[string, number | string]>): Buffer {
  const parts: Buffer[] = [];
  for (const [k, v] of fields) {
    const key = Buffer.from(k + '\0', 'utf8');
    if (typeof v === 'number') {
      const b = Buffer.alloc(4);
      b.writeInt32LE(v);
      parts.push(Buffer.from([0x10]), key, b);
    } else {
      const str = Buffer.from(v + '\0', 'utf8');
      const len = Buffer.alloc(4);
      len.writeInt32LE(str.length);
      parts.push(Buffer.from([0x02]), key, len, str);
    }
  }
  const body = Buffer.concat([...parts, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(body.length + 4);
  return Buffer.concat([size, body]);
}

/** Send a real OP_MSG {hello: 1} and check for an {ok: 1.0} reply. */
function mongoHello(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const doc = bsonDoc([
      ['hello', 1],
      ['$db', 'admin'],
    ]);
    const header = Buffer.alloc(16 + 4 + 1);
    header.writeInt32LE(16 + 4 + 1 + doc.length, 0); // messageLength
    header.writeInt32LE(1, 4); // requestID
    header.writeInt32LE(0, 8); // responseTo
    header.writeInt32LE(2013, 12); // OP_MSG
    header.writeUInt32LE(0, 16); // flagBits
    header.writeUInt8(0, 20); // section kind 0: body
    const sock = net.connect({ host, port });
    let got = Buffer.alloc(0);
    const done = (ok: boolean): void => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('error', () => done(false));
    sock.once('connect', () => sock.write(Buffer.concat([header, doc])));
    sock.on('data', (d: Buffer) => {
      got = Buffer.concat([got, d]);
      if (got.length >= 4 && got.length >= got.readInt32LE(0)) {
        const okDouble = Buffer.alloc(8);
        okDouble.writeDoubleLE(1);
        const okField = Buffer.concat([Buffer.from([0x01]), Buffer.from('ok\0'), okDouble]);
        done(got.readInt32LE(12) === 2013 && got.indexOf(okField) >= 0);
      }
    });
  });
}

async function waitForMongoHello(host: string, port: number, deadline: number, s: Supervised): Promise<void> {
  for (;;) {
    if (await mongoHello(host, port, 2000)) return;
    s.assertAlive();
    if (Date.now() > deadline) throw new Error(`${s.spec.name}: no hello reply on ${host}:${port}. Log ${s.spec.logFile}\n${diagnose(s.spec.logFile)}`);
    await sleep(100);
  }
}

/** Run a command to completion with output appended to `logFile`; reject on non-zero exit. */
function runToCompletion(command: string, args: string[], logFile: string, timeoutMs: number): Promise<void> {
  installExitHook();
  return new Promise((resolve, reject) => {
    const fd = fs.openSync(logFile, 'a');
    let child: ChildProcess;
    try {
      child = spawn(command, args, { stdio: ['ignore', fd, fd] });
    } finally {
      fs.closeSync(fd);
    }
    liveChildren.add(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      liveChildren.delete(child);
      reject(new Error(`cannot run ${command}: ${err.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      liveChildren.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.slice(-6).join(' ')} failed (code ${code}, signal ${signal}). Log ${logFile}\n${diagnose(logFile)}`));
    });
  });
}
