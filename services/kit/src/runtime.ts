import { randomBytes, createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenService } from './auth/tokens';
import type { EventBus } from './bus/port';
import { SqliteLogBus } from './bus/event-bus.sqlite-log';
import { ConfigError, type Env } from './config';
import type { Store } from './store/port';
import { SqliteStore } from './store/store.sqlite';

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
  close(): Promise<void>;
}

export async function createRuntime(env: Env): Promise<Runtime> {
  switch (env.CB_PROFILE) {
    case 'embedded':
      return embeddedRuntime(env);
    case 'distributed':
      return distributedRuntime(env);
  }
}

function embeddedRuntime(env: Env): Runtime {
  mkdirSync(env.CB_DATA_DIR, { recursive: true });
  const secret = env.JWT_SECRET ?? localSecret(join(env.CB_DATA_DIR, 'jwt-secret'));
  const bus = new SqliteLogBus(join(env.CB_DATA_DIR, 'event-log.sqlite'));
  const stores: Store[] = [];
  return {
    env,
    bus,
    tokens: new TokenService(secret),
    internalKey: deriveInternalKey(secret),
    async openStore(service) {
      const store = new SqliteStore(join(env.CB_DATA_DIR, `${service}.sqlite`));
      stores.push(store);
      return store;
    },
    async close() {
      await bus.close();
      await Promise.all(stores.map((s) => s.close()));
    },
  };
}

async function distributedRuntime(_env: Env): Promise<Runtime> {
  // The Kafka and MongoDB adapters are the distributed-profile issue's work; until they land the
  // profile refuses to start instead of half-working.
  throw new ConfigError(['CB_PROFILE: "distributed" is not available in this build yet; use "embedded"']);
}

/** The embedded profile makes its own signing key on first start and keeps it under ./data. */
function localSecret(file: string): string {
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function deriveInternalKey(secret: string): string {
  return createHmac('sha256', secret).update('career-boost internal calls').digest('base64url');
}
