import { ConfigError, readEnv } from '@cb/kit';
import { startMarketplace } from './marketplace';
import { seedIfNeeded } from './seed';

/** `npm start`: the whole marketplace in one process (embedded profile by default). */
async function main() {
  const env = readEnv();
  const started = Date.now();
  const marketplace = await startMarketplace(env);
  await seedIfNeeded(marketplace, env);
  console.log(`Career Boost (${env.CB_PROFILE}) is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  GraphQL: ${marketplace.url}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    await marketplace.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('Career Boost could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
