/**
 * Smoke test for infra/engines: real Kafka + real FerretDB, end to end.
 *
 *   SMOKE_NODE_MODULES=/tmp/ksmoke/node_modules npx tsx infra/engines/smoke.ts
 *
 * kafkajs and mongodb are deliberately NOT dependencies of the repo; install them in a scratch
 * dir outside it:  mkdir -p /tmp/ksmoke && cd /tmp/ksmoke && npm init -y && npm i kafkajs@2.2.4 mongodb@6
 *
 * Checks: topic create / produce / consume, consumer-group offset commit, Kafka pause()/resume()
 * on the same ports with the same consumer and producer, FerretDB insert/find and
 * pause()/resume(), stop() of everything, no child processes / temp dirs / listening ports
 * left, and that engines die by themselves when their parent Node process is SIGKILLed.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { cleanupStaleEngineDirs, startFerretDB, startKafka, stopAllEngines, type FerretDBEngine, type KafkaEngine } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
const NODE_MODULES = process.env.SMOKE_NODE_MODULES ?? '/tmp/ksmoke/node_modules';
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
const load = (name: string): any => require(path.join(NODE_MODULES, name));

const timings: Record<string, string> = {};
const secs = (t0: number): string => ((Date.now() - t0) / 1000).toFixed(1) + 's';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function step(msg: string): void {
  process.stdout.write(`\n=== ${msg}\n`);
}
function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error('ASSERTION FAILED: ' + msg);
  process.stdout.write(`  ok - ${msg}\n`);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // an exited orphan may linger as a zombie until its new parent reaps it: that is not alive
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function childPids(): string[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/\b(ps|esbuild)$/.test(l)); // ps itself; tsx's esbuild service
}

/** Any process on the machine whose command line mentions one of `dirs`. */
function processesUsing(dirs: string[]): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => dirs.some((d) => l.includes(d)) && !l.includes(' ps -eo'));
}

async function waitUntil(what: string, fn: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!(await fn())) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`);
    await sleep(100);
  }
}

/** --orphan-child mode: start both engines, report pids, then wait to be SIGKILLed. */
async function orphanChild(): Promise<void> {
  const [k, f] = await Promise.all([startKafka({ log: () => undefined }), startFerretDB({ log: () => undefined })]);
  process.stdout.write(JSON.stringify({ kafkaPid: k.pid, ferretPid: f.pid, kafkaDir: k.dir, ferretDir: f.dir, kafkaPort: k.port, ferretPort: f.port }) + '\n');
  setInterval(() => undefined, 1 << 30);
}

async function smokeKafka(kafka: KafkaEngine): Promise<void> {
  const { Kafka, logLevel } = load('kafkajs');
  const kafkaLogs: string[] = [];
  const client = new Kafka({
    clientId: 'engines-smoke',
    brokers: kafka.brokers,
    logLevel: logLevel.WARN,
    logCreator: () => (e: any) => kafkaLogs.push(`${new Date().toISOString()} ${e.namespace}: ${e.log.message}${e.log.error ? " (" + e.log.error + ")" : ""}`),
    retry: { retries: 10, initialRetryTime: 200, maxRetryTime: 2000 },
  });
  const admin = client.admin();
  await admin.connect();
  try {
    await kafkaChecks(kafka, client, admin);
  } catch (err) {
    kafkaLogs.forEach((l) => process.stdout.write('    kafkajs: ' + l + '\n'));
    throw err;
  }
  process.stdout.write(`  (kafkajs logged ${kafkaLogs.length} warnings/errors, expected during outages)\n`);
  if (process.env.SMOKE_VERBOSE) kafkaLogs.forEach((l) => process.stdout.write('    ' + l + '\n'));
}

async function kafkaChecks(kafka: KafkaEngine, client: any, admin: any): Promise<void> {
  const topic = 'smoke-topic';
  const groupId = 'smoke-group';
  assert(await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true }), 'topic created');

  const producer = client.producer();
  await producer.connect();
  const consumer = client.consumer({ groupId, retry: { retries: 20, initialRetryTime: 200, maxRetryTime: 2000 } });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const received: string[] = [];
  let t0 = Date.now();
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic: t, partition, message }: any) => {
      received.push(message.value.toString());
      await consumer.commitOffsets([{ topic: t, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
    },
  });

  await producer.send({ topic, messages: [{ key: 'k', value: 'before-outage' }] });
  await waitUntil('first message', () => received.includes('before-outage'), 60_000);
  timings['kafka: first produce->consume incl. group join'] = secs(t0);
  assert(true, 'message produced and consumed by group ' + groupId);

  const committed = async (): Promise<string> => {
    const offs = await admin.fetchOffsets({ groupId, topics: [topic] });
    return offs[0].partitions[0].offset;
  };
  await waitUntil('commit of offset 1', async () => (await committed()) === '1', 10_000);
  assert(true, 'consumer group committed offset 1');

  step('Kafka outage: pause() / resume() on the same ports');
  t0 = Date.now();
  await kafka.pause();
  timings['kafka: pause (SIGTERM, clean shutdown)'] = secs(t0);
  assert(!kafka.running && !(await portOpen(kafka.port)), `broker down, port ${kafka.port} closed`);
  await sleep(2000); // let the clients notice the outage
  t0 = Date.now();
  await kafka.resume();
  timings['kafka: resume'] = secs(t0);
  assert(kafka.running && (await portOpen(kafka.port)), `broker back on the same port ${kafka.port}`);

  t0 = Date.now();
  await producer.send({ topic, messages: [{ key: 'k', value: 'after-outage' }] });
  await waitUntil('message after outage', () => received.includes('after-outage'), 90_000);
  timings['kafka: produce->consume after resume (same clients)'] = secs(t0);
  assert(received.filter((m) => m === 'before-outage').length >= 1, 'data from before the outage kept');
  assert(true, 'message produced after resume is consumed by the same consumer');
  await waitUntil('commit of offset 2', async () => (await committed()) === '2', 15_000);
  assert(true, 'consumer group committed offset 2 after the outage');

  step('Kafka crash: pause({ signal: SIGKILL }) / resume()');
  t0 = Date.now();
  await kafka.pause({ signal: 'SIGKILL' });
  await kafka.resume();
  timings['kafka: crash (SIGKILL) + resume'] = secs(t0);
  await producer.send({ topic, messages: [{ key: 'k', value: 'after-crash' }] });
  await waitUntil('message after crash', () => received.includes('after-crash'), 90_000);
  assert(true, 'message produced after crash-restart is consumed');
  await waitUntil('commit of offset 3', async () => (await committed()) === '3', 15_000);
  assert(true, 'consumer group committed offset 3 after the crash');

  await consumer.disconnect();
  await producer.disconnect();
  await admin.disconnect();
}

async function smokeFerret(ferret: FerretDBEngine): Promise<void> {
  const { MongoClient } = load('mongodb');
  const client = new MongoClient(ferret.url, { serverSelectionTimeoutMS: 10_000 });
  await client.connect();
  const coll = client.db('smoke').collection('docs');
  const res = await coll.insertOne({ name: 'ferret', n: 42, tags: ['a', 'b'] });
  assert(res.acknowledged, 'insertOne acknowledged');
  const doc = await coll.findOne({ name: 'ferret' });
  assert(doc && doc.n === 42 && doc.tags.length === 2, 'findOne returns the inserted document');
  const hello = await client.db('admin').command({ hello: 1 });
  process.stdout.write(`  hello: maxWireVersion=${hello.maxWireVersion}\n`);
  const buildInfo = await client.db('admin').command({ buildInfo: 1 });
  process.stdout.write(`  buildInfo: version=${buildInfo.version} ferretdb=${JSON.stringify(buildInfo.ferretdb ?? {})}\n`);
  await client.close();

  step('FerretDB pause() / resume() keeps data and port');
  const t0 = Date.now();
  await ferret.pause();
  assert(!(await portOpen(ferret.port)), 'FerretDB port closed while paused');
  await ferret.resume();
  timings['ferretdb: pause + resume'] = secs(t0);
  const client2 = new MongoClient(ferret.url, { serverSelectionTimeoutMS: 10_000 });
  await client2.connect();
  const again = await client2.db('smoke').collection('docs').findOne({ name: 'ferret' });
  assert(again && again.n === 42, 'document survives pause/resume (SQLite state kept)');
  await client2.close();
  const oldPid = ferret.pid;
  await ferret.restart();
  assert(ferret.running && ferret.pid !== oldPid && (await portOpen(ferret.port)), 'restart() gives a new process on the same port');
}

async function orphanCheck(): Promise<void> {
  step('parent SIGKILLed: engines must exit by themselves (stdin EOF watchdog)');
  const child = spawn(process.execPath, [...process.execArgv, __filename, '--orphan-child'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise<any>((resolve, reject) => {
    let buf = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buf += d;
      const line = buf.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`orphan child exited early (${code})`)));
    setTimeout(() => reject(new Error('orphan child did not start engines in 180s')), 180_000).unref();
  });
  assert(pidAlive(info.kafkaPid) && pidAlive(info.ferretPid), `child started Kafka (pid ${info.kafkaPid}) and FerretDB (pid ${info.ferretPid})`);
  child.removeAllListeners('exit');
  const t0 = Date.now();
  child.kill('SIGKILL');
  await waitUntil('orphaned engines to exit', () => !pidAlive(info.kafkaPid) && !pidAlive(info.ferretPid), 30_000);
  timings['orphans exit after parent SIGKILL'] = secs(t0);
  assert(true, 'Kafka and FerretDB exited after their parent was SIGKILLed');
  assert(processesUsing([info.kafkaDir, info.ferretDir]).length === 0, 'no process uses the orphaned engine dirs');
  assert(!(await portOpen(info.kafkaPort)) && !(await portOpen(info.ferretPort)), 'their ports are closed');
  // A SIGKILLed parent cannot clean its temp dirs: the next start sweeps them (or call this).
  const removed = cleanupStaleEngineDirs();
  assert(removed.includes(info.kafkaDir) && removed.includes(info.ferretDir) && !fs.existsSync(info.kafkaDir) && !fs.existsSync(info.ferretDir), 'cleanupStaleEngineDirs() removed the dead run\'s temp dirs');
}

async function main(): Promise<void> {
  if (process.argv.includes('--orphan-child')) return orphanChild();
  for (const m of ['kafkajs', 'mongodb']) {
    if (!fs.existsSync(path.join(NODE_MODULES, m))) {
      throw new Error(`${m} not found in ${NODE_MODULES}; see the header of ${__filename}`);
    }
  }
  const tAll = Date.now();

  step('start Kafka and FerretDB');
  let t0 = Date.now();
  const kafkaP = startKafka().then((k) => ((timings['kafka: startKafka()'] = secs(t0)), k));
  const ferretP = startFerretDB().then((f) => ((timings['ferretdb: startFerretDB()'] = secs(t0)), f));
  const [kafka, ferret] = await Promise.all([kafkaP, ferretP]);
  assert(kafka.brokers.length === 1 && /^127\.0\.0\.1:\d+$/.test(kafka.brokers[0]), `Kafka ${kafka.version} at ${kafka.brokers[0]}`);
  assert(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/.test(ferret.url), `FerretDB ${ferret.version} at ${ferret.url}`);

  try {
    step('Kafka: topic, produce, consume, group commit');
    await smokeKafka(kafka);
    step('FerretDB: insert / find');
    await smokeFerret(ferret);
  } catch (err) {
    process.stdout.write(`\nKafka log: ${kafka.logFile}\nFerretDB log: ${ferret.logFile}\n`);
    throw err;
  } finally {
    step('stop');
    const pids = [kafka.pid, ferret.pid].filter((p): p is number => p !== undefined);
    t0 = Date.now();
    await Promise.all([kafka.stop(), ferret.stop()]);
    timings['stop both'] = secs(t0);
    await stopAllEngines();
    assert(pids.every((p) => !pidAlive(p)), `engine processes ${pids.join(', ')} are gone`);
  }
  assert(childPids().length === 0, 'no child processes left: ' + JSON.stringify(childPids()));
  assert(processesUsing([kafka.dir, ferret.dir]).length === 0, 'no process on the machine uses the engine dirs');
  assert(!fs.existsSync(kafka.dir) && !fs.existsSync(ferret.dir), 'temp dirs removed');
  assert(!(await portOpen(kafka.port)) && !(await portOpen(kafka.controllerPort)) && !(await portOpen(ferret.port)), 'ports closed');

  if (!process.env.SMOKE_SKIP_ORPHAN) await orphanCheck();
  assert(childPids().length === 0, 'no child processes left at the end');

  timings['total'] = secs(tAll);
  step('timings');
  for (const [k, v] of Object.entries(timings)) process.stdout.write(`  ${k.padEnd(52)} ${v}\n`);
  process.stdout.write('\nSMOKE PASSED\n');
}

main().catch((err) => {
  process.stderr.write(`\nSMOKE FAILED: ${err && err.stack ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
