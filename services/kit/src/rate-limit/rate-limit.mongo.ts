import { MongoClient } from 'mongodb';
import { RateLimiterMongo } from 'rate-limiter-flexible';
import type { CounterRule, RateLimitStore } from './port';

/**
 * Counters in the owner's MongoDB database (`careerboost_<owner>`, one collection per rule), so all
 * processes of a service share them. Each hit is one `findOneAndUpdate` with `$inc` and upsert: atomic
 * on MongoDB. On FerretDB 1.x an update is read-then-write (see store.mongo.ts), so hits that land on
 * one key at the same instant from several processes can be counted once: a limit may let a few
 * more through under a concurrent burst, never refuse earlier than configured.
 */
export async function mongoRateLimits(url: string, owner: string): Promise<RateLimitStore> {
  const client = await new MongoClient(url).connect();
  const dbName = `careerboost_${owner}`;
  return {
    counter: (rule: CounterRule) =>
      new RateLimiterMongo({
        storeClient: client,
        dbName,
        tableName: `rate_limit_${rule.name}`,
        keyPrefix: rule.name,
        points: rule.points,
        duration: rule.durationSeconds,
      }),
    close: () => client.close(),
  };
}
