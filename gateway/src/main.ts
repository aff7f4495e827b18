import {
  ConfigError,
  exitOnStartFailure,
  logger,
  openRateLimitStore,
  readEnv,
  startTracing,
  stopOnSignals,
  type Env,
} from '@cb/kit';
import { gatewayOptionsFromEnv, startGateway } from './gateway';
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
  logger.info({ profile: env.CB_PROFILE, url: running.url, seconds: Number(((Date.now() - started) / 1000).toFixed(1)) }, 'Career Boost is ready');
  stopOnSignals(logger, () => running.stop());
}

async function embedded(env: Env) {
  const marketplace = await startMarketplace(env);
  await seedIfNeeded(marketplace, env);
  return marketplace;
}

async function gatewayOnly(env: Env) {
  const missing = (['STUDENTS_URL', 'COMPANIES_URL', 'PLACEMENTS_URL', 'SEARCH_URL', 'NOTIFICATIONS_URL'] as const).filter((k) => !env[k]);
  if (missing.length) throw new ConfigError(missing.map((k) => `${k}: required for the gateway in the distributed profile`));
  startTracing('gateway');
  // The gateway needs no bus and no store: only the token key, the key for internal calls and the
  // sign-in counters.
  const rateLimits = await openRateLimitStore(env)('identity');
  const gateway = await startGateway({ ...gatewayOptionsFromEnv(env, rateLimits), extend: (app) => serveWebApp(app) });
  return {
    url: gateway.url,
    async stop() {
      await gateway.stop();
      await rateLimits.close();
    },
  };
}

main().catch((err) => exitOnStartFailure(logger, err, 'Career Boost could not start'));
