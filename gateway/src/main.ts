import { ConfigError, TokenService, deriveInternalKey, openRateLimitStore, rateLimitSettings, readEnv, type Env } from '@cb/kit';
import { startGateway } from './gateway';
import { startMarketplace } from './marketplace';
import { serveWebApp } from './web';
import { seedIfNeeded } from './seed';

/**
 * `npm start`. Embedded profile: the whole marketplace in one process. Distributed profile: this
 * process is only the gateway; each service runs as its own process (services/<name>/src/main.ts).
 */
async function main() {
  const env = readEnv();
  const started = Date.now();
  const running = env.CB_PROFILE === 'embedded' ? await embedded(env) : await gatewayOnly(env);
  console.log(`Career Boost (${env.CB_PROFILE}) is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  GraphQL: ${running.url}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function embedded(env: Env) {
  const marketplace = await startMarketplace(env);
  await seedIfNeeded(marketplace, env);
  return marketplace;
}

async function gatewayOnly(env: Env) {
  const missing = (['STUDENTS_URL', 'COMPANIES_URL', 'PLACEMENTS_URL', 'SEARCH_URL'] as const).filter((k) => !env[k]);
  if (missing.length) throw new ConfigError(missing.map((k) => `${k}: required for the gateway in the distributed profile`));
  // The gateway needs no bus and no store: only the token key, the key for internal calls and the
  // sign-in counters.
  const rateLimits = await openRateLimitStore(env)('identity');
  const gateway = await startGateway({
    tokens: new TokenService(env.JWT_SECRET!),
    internalKey: deriveInternalKey(env.JWT_SECRET!),
    subgraphUrls: { students: env.STUDENTS_URL!, companies: env.COMPANIES_URL!, placements: env.PLACEMENTS_URL!, search: env.SEARCH_URL! },
    host: env.HOST,
    port: env.PORT,
    // Sign-in counters in the identity database when MONGO_URL is set, so gateways share them.
    rateLimits,
    limits: rateLimitSettings(env),
    trustProxy: env.CB_TRUST_PROXY,
    extend: (app) => serveWebApp(app),
  });
  return {
    url: gateway.url,
    async stop() {
      await gateway.stop();
      await rateLimits.close();
    },
  };
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('Career Boost could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
