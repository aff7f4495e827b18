/**
 * Our gateway alone in its own process, for `npm run bench:gateway`: the same startGateway as
 * `npm start` in the distributed profile, but with the rate-limit counters in memory, so the bench
 * needs no MongoDB or Kafka (the gateway itself uses neither on the query the bench sends).
 * Needs JWT_SECRET and STUDENTS_URL, COMPANIES_URL, PLACEMENTS_URL, SEARCH_URL, NOTIFICATIONS_URL.
 */
import { openRateLimitStore, readEnv } from '@cb/kit';
import { gatewayOptionsFromEnv, startGateway } from '../gateway/src/gateway';

async function main() {
  const env = readEnv();
  // In memory without MONGO_URL (the bench's env has none); no introspection, no web app.
  const gateway = await startGateway({ ...gatewayOptionsFromEnv(env, await openRateLimitStore(env)('identity')), introspection: false });
  const stop = async () => {
    await gateway.stop();
    // process.exit (not a signal death) so that --cpu-prof writes its profile.
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

void main();
