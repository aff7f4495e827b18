import { startMarketplace, type Marketplace } from '@cb/gateway';
import { readEnv } from '@cb/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const STAFF = { email: 'staff@test.careerboost.nl', password: 'staff-password-123' };

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface TestMarketplace {
  url: string;
  dataDir: string;
  marketplace: Marketplace;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  signIn(email: string, password: string): Promise<string>;
  /** Stops the marketplace, runs `between` (e.g. to delete files), and starts it again on the same data. */
  restart(between?: () => void): Promise<void>;
  stop(): Promise<void>;
}

/** The whole embedded marketplace on a free port with its own data directory, talked to over HTTP. */
export async function startTestMarketplace(dataDir = mkdtempSync(join(tmpdir(), 'cb-e2e-'))): Promise<TestMarketplace> {
  const env = readEnv({
    CB_DATA_DIR: dataDir,
    PORT: '0',
    CB_SEED: 'never',
    STAFF_EMAIL: STAFF.email,
    STAFF_PASSWORD: STAFF.password,
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
    async gql(query, variables, token) {
      const response = await fetch(marketplace.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResult;
      return { ...body, status: response.status } as never;
    },
    async ok(query, variables, token) {
      const result = await self.gql(query, variables, token);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    async signIn(email, password) {
      const data = await self.ok<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      return data.signIn.token;
    },
    async restart(between) {
      await marketplace.stop();
      between?.();
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
