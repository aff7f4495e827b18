import { randomBytes, createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenService } from './auth/tokens';
import type { EventBus } from './bus/port';
import { SqliteLogBus } from './bus/event-bus.sqlite-log';
import { ConfigError, type Env } from './config';
import type { Store } from './store/port';
import { SqliteStore } from './store/store.sqlite';
import { memoryRateLimits } from './rate-limit/rate-limit.memory';
import { rateLimitSettings, type RateLimitSettings } from './rate-limit/limits';
import type { RateLimitStore } from './rate-limit/port';

/**
 * The adapters of one runtime profile. This is the only place that knows which engine backs a port;
 * everything else receives ports.
 */
export interface Runtime {
  env: Env;
  bus: EventBus;
  tokens: TokenService;
  /** Lets the gateway's identity component call internal-only subgraph fields. */
  internalKey: string;
  openStore(service: string): Promise<Store>;
  /** Counters for rate limits in the owner's store (shared by its processes when distributed). */
  openRateLimits(owner: string): Promise<RateLimitStore>;
  limits: RateLimitSettings;
  close(): Promise<void>;
}

/** `service` names the process's one service in the distributed profile (its Kafka client id). */
export async function createRuntime(env: Env, options: { service?: string } = {}): Promise<Runtime> {
  switch (env.CB_PROFILE) {
    case 'embedded':
      return embeddedRuntime(env);
    case 'distributed':
      return distributedRuntime(env, options.service);
  }
}

function embeddedRuntime(env: Env): Runtime {
  mkdirSync(env.CB_DATA_DIR, { recursive: true });
  const secret = env.JWT_SECRET ?? localSecret(join(env.CB_DATA_DIR, 'jwt-secret'));
  const bus = new SqliteLogBus(join(env.CB_DATA_DIR, 'event-log.sqlite'));
  return assemble(env, secret, bus, async (service) => new SqliteStore(join(env.CB_DATA_DIR, `${service}.sqlite`)), openRateLimitStore(env));
}

/** What both profiles share: tokens and keys from the secret, and closing every store they opened. */
function assemble(
  env: Env,
  secret: string,
  bus: EventBus,
  open: (service: string) => Promise<Store>,
  openLimits: (owner: string) => Promise<RateLimitStore>,
): Runtime {
  // One store per name and runtime: the identity store is opened by both account owners, which
  // share one process in the embedded profile.
  const stores = new Map<string, Promise<Store>>();
  const limitStores = new Map<string, Promise<RateLimitStore>>();
  return {
    env,
    bus,
    tokens: new TokenService(secret),
    internalKey: deriveInternalKey(secret),
    openStore(service) {
      if (!stores.has(service)) stores.set(service, open(service));
      return stores.get(service)!;
    },
    openRateLimits(owner) {
      if (!limitStores.has(owner)) limitStores.set(owner, openLimits(owner));
      return limitStores.get(owner)!;
    },
    limits: rateLimitSettings(env),
    async close() {
      await bus.close();
      await Promise.all([...stores.values(), ...limitStores.values()].map(async (s) => (await s.catch(() => undefined))?.close()));
    },
  };
}

/**
 * Production adapters: Kafka for the bus, one MongoDB database per service. Loaded lazily, so the
 * embedded profile never loads the Kafka client or the MongoDB driver. (The search service picks its own index:
 * Meilisearch when MEILI_URL is set, else the embedded engine.)
 */
async function distributedRuntime(env: Env, service?: string): Promise<Runtime> {
  const { JWT_SECRET: secret, KAFKA_BROKERS: brokers, MONGO_URL: mongoUrl } = env;
  if (!secret || !brokers?.length || !mongoUrl) {
    throw new ConfigError(['JWT_SECRET, KAFKA_BROKERS and MONGO_URL are required in the distributed profile']);
  }
  const [{ KafkaBus }, { MongoStore }] = await Promise.all([import('./bus/event-bus.kafka'), import('./store/store.mongo')]);
  const bus = new KafkaBus(brokers, {
    clientId: service ? `${env.KAFKA_CLIENT_ID}-${service}` : env.KAFKA_CLIENT_ID,
    partitions: env.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: env.KAFKA_REPLICATION_FACTOR,
    minInSyncReplicas: env.KAFKA_MIN_INSYNC_REPLICAS,
  });
  try {
    await bus.provision();
  } catch (err) {
    await bus.close();
    throw err;
  }
  return assemble(env, secret, bus, (service) => MongoStore.connect(mongoUrl, `careerboost_${service}`), openRateLimitStore(env));
}

/**
 * Where an owner's rate-limit counters live: with MONGO_URL in its MongoDB database, so every process
 * of the owner shares them; without (the embedded profile), in this process's memory, which is all
 * of the marketplace there. One memory store per process, shared by its owners.
 */
export function openRateLimitStore(env: Env): (owner: string) => Promise<RateLimitStore> {
  if (env.CB_PROFILE === 'distributed' && env.MONGO_URL) {
    const url = env.MONGO_URL;
    return async (owner) => (await import('./rate-limit/rate-limit.mongo')).mongoRateLimits(url, owner);
  }
  const memory = memoryRateLimits();
  return async () => memory;
}

/** The embedded profile makes its own signing key on first start and keeps it under ./data. */
function localSecret(file: string): string {
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export function deriveInternalKey(secret: string): string {
  return createHmac('sha256', secret).update('career-boost internal calls').digest('base64url');
}
