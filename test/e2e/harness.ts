import { startMarketplace, type Marketplace } from '@cb/gateway';
import { readEnv } from '@cb/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mailIn, type ReadMail } from '../mail/eml';

export const STAFF = { email: 'staff@test.careerboost.nl', password: 'staff-password-123' };

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; field?: string; retryAfter?: number } }>;
}

/** The extensions (code, reason, field …) of an answer's first error: what a client acts on. */
export const firstError = (r: GraphQLResult) => r.errors?.[0]?.extensions;

export interface TestMarketplace {
  url: string;
  dataDir: string;
  marketplace: Marketplace;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  signIn(email: string, password: string): Promise<string>;
  /** The mail sent so far to `address`: what the fixtures read a verification link from. */
  mailTo: Mailbox;
  /** Stops the marketplace, runs `between` (e.g. to delete files), and starts it again on the same data. */
  restart(between?: () => void | Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/** What the business steps (fixtures.ts) need of a marketplace: its GraphQL API through the gateway, and the mail it sent. */
export type MarketplaceApi = Pick<TestMarketplace, 'gql' | 'ok' | 'signIn' | 'mailTo'>;

/** Where a test reads the mail sent to an address: the embedded profile's `.eml` files, or an SMTP sink. */
export type Mailbox = (address: string) => ReadMail[];

/** The embedded profile without SMTP_URL writes each mail under $CB_DATA_DIR/mail/. */
export const mailFilesIn =
  (dataDir: string): Mailbox =>
  (address) =>
    mailIn(join(dataDir, 'mail')).filter((mail) => mail.to === address);

/**
 * The whole marketplace, talked to over HTTP through the gateway. Embedded by default: one process
 * on a free port with its own data directory. With CB_TEST_PROFILE=distributed (the distributed
 * suite sets it) the same tests run against separate processes on real Kafka and FerretDB.
 * `mailbox` is where the mail lands when `extraEnv` sends it elsewhere (an SMTP sink).
 */
export async function startTestMarketplace(dataDir?: string, extraEnv: Record<string, string> = {}, mailbox?: Mailbox): Promise<TestMarketplace> {
  if (process.env.CB_TEST_PROFILE === 'distributed') {
    const { startDistributedTestMarketplace } = await import('../distributed/cluster');
    return startDistributedTestMarketplace();
  }
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'cb-e2e-'));
  return startEmbeddedTestMarketplace(dir, extraEnv, mailbox ?? mailFilesIn(dir));
}

/**
 * Tests of per-client-address rules start the gateway with CB_TRUST_PROXY=loopback and name the
 * client in X-Forwarded-For, as a reverse proxy would.
 */
export const AS_BEHIND_PROXY = { CB_TRUST_PROXY: 'loopback' };

/** GraphQL as a client at `address` (through a trusted proxy, see AS_BEHIND_PROXY). */
export function clientAt(url: () => string, address: string) {
  return async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>> => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await response.json()) as GraphQLResult<T>), status: response.status };
  };
}

/** GraphQL over HTTP against a gateway URL: what every test uses to talk to the marketplace. */
/** `headers` go with every request (e.g. Accept-Language). */
export function graphqlClient(url: () => string, headers: Record<string, string> = {}) {
  const gql = async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>> => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResult<T>;
    return { ...body, status: response.status };
  };
  const ok = async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> => {
    const result = await gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const signIn = async (email: string, password: string) => {
    const data = await ok<{ signIn: { token: string } }>('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
      e: email,
      p: password,
    });
    return data.signIn.token;
  };
  return { gql, ok, signIn };
}

async function startEmbeddedTestMarketplace(dataDir: string, extraEnv: Record<string, string>, mailTo: Mailbox): Promise<TestMarketplace> {
  const env = readEnv({
    CB_DATA_DIR: dataDir,
    PORT: '0',
    CB_SEED: 'never',
    STAFF_EMAIL: STAFF.email,
    STAFF_PASSWORD: STAFF.password,
    ...extraEnv,
  });
  let marketplace = await startMarketplace(env);
  const self: TestMarketplace = {
    get url() {
      return marketplace.url;
    },
    dataDir,
    get marketplace() {
      return marketplace;
    },
    ...graphqlClient(() => marketplace.url),
    mailTo,
    async restart(between) {
      await marketplace.stop();
      await between?.();
      marketplace = await startMarketplace(env);
    },
    async stop() {
      await marketplace.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return self;
}

/** Polls until `check` returns a truthy value (events travel asynchronously between services). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, what: string, ms = 15000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let counter = 0;
/** A unique e-mail address / KvK number per call, so tests never collide. */
export const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}`;
export const kvk = () => String(10000000 + Math.floor(Math.random() * 89999999));
