/**
 * Our gateway alone in its own process, for `npm run bench:gateway`: the same startGateway as
 * `npm start` in the distributed profile, but with the rate-limit counters in memory, so the bench
 * needs no MongoDB or Kafka (the gateway itself uses neither on the query the bench sends).
 * Needs JWT_SECRET and STUDENTS_URL, COMPANIES_URL, PLACEMENTS_URL, SEARCH_URL, NOTIFICATIONS_URL.
 */
import { TokenService, deriveInternalKey, limitsFromEnv, openRateLimitStore, rateLimitSettings, readEnv } from '@cb/kit';
import { startGateway } from '../gateway/src/gateway';

async function main() {
  const env = readEnv();
  const gateway = await startGateway({
    tokens: new TokenService(env.JWT_SECRET!),
    internalKey: deriveInternalKey(env.JWT_SECRET!),
    subgraphUrls: { students: env.STUDENTS_URL!, companies: env.COMPANIES_URL!, placements: env.PLACEMENTS_URL!, search: env.SEARCH_URL!, notifications: env.NOTIFICATIONS_URL! },
    host: env.HOST,
    port: env.PORT,
    limits: limitsFromEnv(env),
    introspection: false,
    // In memory without MONGO_URL (the bench's env has none).
    rateLimits: await openRateLimitStore(env)('identity'),
    rateLimitSettings: rateLimitSettings(env),
  });
  const stop = async () => {
    await gateway.stop();
    // process.exit (not a signal death) so that --cpu-prof writes its profile.
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

void main();
