import { z } from 'zod';

/**
 * The environment, parsed and validated in one place. A bad value stops the process at start with
 * a message that names the variable and what to put in it.
 */
export const PROFILES = ['embedded', 'distributed'] as const;
export type Profile = (typeof PROFILES)[number];

const commaList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const positive = z.coerce.number().int().min(1, 'must be a whole number of at least 1');
const limit = (fallback: number) => positive.default(fallback);

const envSchema = z.object({
  CB_PROFILE: z.enum(PROFILES).default('embedded'),
  CB_DATA_DIR: z.string().default('./data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters of random text').optional(),
  KAFKA_BROKERS: commaList.optional(),
  /** Event topics are created with these (and checked against them at start); see event-bus.kafka.ts. */
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(3),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(10).default(1),
  KAFKA_MIN_INSYNC_REPLICAS: z.coerce.number().int().min(1).max(10).default(1),
  /** Each process names itself `<KAFKA_CLIENT_ID>-<service>` to the brokers. */
  KAFKA_CLIENT_ID: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dots, dashes and underscores only').default('careerboost'),
  MONGO_URL: z.string().url('must be a mongodb:// URL').optional(),
  MEILI_URL: z.string().url('must be an http:// URL').optional(),
  MEILI_KEY: z.string().optional(),
  CB_SEED: z.enum(['auto', 'always', 'never']).default('auto'),
  /** Distributed profile: where the gateway finds each subgraph. */
  STUDENTS_URL: z.string().url('must be the subgraph URL, e.g. http://students:4001/graphql').optional(),
  COMPANIES_URL: z.string().url('must be the subgraph URL, e.g. http://companies:4002/graphql').optional(),
  PLACEMENTS_URL: z.string().url('must be the subgraph URL, e.g. http://placements:4003/graphql').optional(),
  SEARCH_URL: z.string().url('must be the subgraph URL, e.g. http://search:4004/graphql').optional(),
  NOTIFICATIONS_URL: z.string().url('must be the subgraph URL, e.g. http://notifications:4005/graphql').optional(),
  /** Mail (services/notifications): SMTP when set, e.g. smtp://user:pass@mail:587; the distributed notifications service requires it. */
  SMTP_URL: z.string().url('must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Career Boost <noreply@careerboost.nl>'),
  /** The web app's public address, for the links in e-mails. */
  CB_PUBLIC_URL: z.string().url('must be the web app\'s address, e.g. https://careerboost.nl').default('http://localhost:4000'),
  /** How often the mail relay looks for mail to send (it is also woken when mail is queued). */
  CB_MAIL_POLL_MS: positive.default(5_000),
  /** A mail the server did not accept is tried again after this, doubling per attempt up to the maximum. */
  CB_MAIL_RETRY_MS: positive.default(1_000),
  CB_MAIL_RETRY_MAX_MS: positive.default(300_000),
  /** How often the notifications service looks for days whose digests are due (and once at start). */
  CB_DIGEST_INTERVAL_MS: positive.default(300_000),
  STAFF_EMAIL: z.string().email('must be an e-mail address').optional(),
  STAFF_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /** Operation limits of the public endpoint (graphql/limits.ts), the same in every subgraph. */
  CB_LIMIT_DEPTH: limit(12),
  CB_LIMIT_ALIASES: limit(100),
  CB_LIMIT_ROOT_FIELDS: limit(10),
  CB_LIMIT_TOKENS: limit(3000),
  CB_LIMIT_COST: limit(20000),
  /** A client that sends this key in `x-cb-trusted-client` gets every limit times the factor. */
  CB_TRUSTED_CLIENT_KEY: z.string().min(32, 'must be at least 32 characters of random text').optional(),
  CB_TRUSTED_LIMIT_FACTOR: z.coerce.number().int().min(1).max(1000).default(10),
  /** Introspection: on by default in the embedded profile, off in the distributed one. */
  CB_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /**
   * Express's `trust proxy` for the gateway (e.g. `loopback`, `10.0.0.0/8`, a hop count): set it when
   * a reverse proxy in front of the gateway sets X-Forwarded-For, so limits see the real client.
   */
  CB_TRUST_PROXY: z.string().optional(),
  /**
   * Shifts the placements service's clock by this many milliseconds (may be negative): for e2e tests
   * of time rules (offers that lapse) across processes. Leave it 0 in production.
   */
  CB_CLOCK_OFFSET_MS: z.coerce.number().int().default(0),
  /** How often the placements service looks for offers past their answer-by date (and once at start). */
  CB_OFFER_EXPIRY_INTERVAL_MS: positive.default(60_000),
  /** How often students, companies and placements apply the retention rule (contracts/rules/retention.ts; also once at start). */
  CB_RETENTION_INTERVAL_MS: positive.default(3_600_000),
  // Rate limits (README "Rate limits"); every one counts per window in the owner's store.
  CB_LIMIT_SIGNIN_FREE_FAILURES: positive.default(5),
  CB_LIMIT_SIGNIN_CLIENT_FREE_FAILURES: positive.default(50),
  CB_LIMIT_SIGNIN_ACCOUNT_FREE_FAILURES: positive.default(100),
  CB_LIMIT_SIGNIN_MAX_DELAY_SECONDS: positive.default(900),
  CB_LIMIT_REGISTRATIONS_PER_HOUR: positive.default(30),
  CB_LIMIT_APPLICATIONS_PER_HOUR: positive.default(30),
  CB_LIMIT_OPEN_APPLICATIONS: positive.default(20),
  CB_LIMIT_POSTINGS_PER_HOUR: positive.default(50),
  CB_LIMIT_ANONYMOUS_SEARCHES_PER_MINUTE: positive.default(300),
  CB_RATE_LIMIT_TRUSTED_CLIENTS: commaList.optional(),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Configuration problem — fix these environment variables:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Schema introspection: the embedded profile is for development, the distributed one faces the internet. */
export const introspectionEnabled = (env: Env) => (env.CB_INTROSPECTION ?? (env.CB_PROFILE === 'embedded' ? 'true' : 'false')) === 'true';

export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const cfg = parsed.data;
  const problems: string[] = [];
  if (cfg.CB_PROFILE === 'distributed') {
    if (!cfg.JWT_SECRET) problems.push('JWT_SECRET: required in the distributed profile (32+ random characters)');
    if (!cfg.KAFKA_BROKERS?.length) problems.push('KAFKA_BROKERS: required in the distributed profile, e.g. kafka:9092');
    if (!cfg.MONGO_URL) problems.push('MONGO_URL: required in the distributed profile, e.g. mongodb://mongo:27017');
  }
  if (cfg.KAFKA_MIN_INSYNC_REPLICAS > cfg.KAFKA_REPLICATION_FACTOR) {
    problems.push(`KAFKA_MIN_INSYNC_REPLICAS: ${cfg.KAFKA_MIN_INSYNC_REPLICAS} is more than KAFKA_REPLICATION_FACTOR (${cfg.KAFKA_REPLICATION_FACTOR}); no write could ever succeed`);
  }
  if (problems.length) throw new ConfigError(problems);
  return cfg;
}
