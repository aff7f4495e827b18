/**
 * The marketplace the browser tests drive: the whole embedded profile (all services, the gateway
 * and the built web app) on the port Playwright chose, with its own data directory and the demo
 * data seeded, so every role has something to look at. The directory lives under the ignored
 * test-results/ and is wiped at the start of each run (and removed on SIGTERM), so even a killed
 * run leaves at most one behind.
 */
import { startMarketplace } from '@cb/gateway';
import { seedIfNeeded } from '@cb/gateway/src/seed';
import { readEnv } from '@cb/kit';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

async function main() {
  const dataDir = join(__dirname, '..', 'test-results', 'marketplace-data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = readEnv({ ...process.env, CB_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: process.env.PORT ?? '0', CB_SEED: 'auto' });
  const marketplace = await startMarketplace(env);
  await seedIfNeeded(marketplace, env);
  console.log(`browser-test marketplace ready at ${marketplace.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Never hang the test run on a slow shutdown: the data directory is thrown away anyway.
    const timer = setTimeout(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    }, 5000);
    await marketplace.stop().catch(() => undefined);
    clearTimeout(timer);
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  console.error('browser-test marketplace could not start:', err);
  process.exit(1);
});
