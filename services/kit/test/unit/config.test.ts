import { ConfigError, readEnv } from '../../src/config';

describe('configuration from the environment', () => {
  it('defaults to the embedded profile on port 4000', () => {
    expect(readEnv({})).toMatchObject({ CB_PROFILE: 'embedded', PORT: 4000, CB_DATA_DIR: './data' });
  });

  it('names every variable the distributed profile is missing', () => {
    expect(() => readEnv({ CB_PROFILE: 'distributed' })).toThrow(ConfigError);
    try {
      readEnv({ CB_PROFILE: 'distributed' });
    } catch (err) {
      expect((err as Error).message).toMatch(/JWT_SECRET/);
      expect((err as Error).message).toMatch(/KAFKA_BROKERS/);
      expect((err as Error).message).toMatch(/MONGO_URL/);
    }
  });

  it('creates event topics with 3 partitions, replication 1 and min.insync.replicas 1 unless told otherwise', () => {
    expect(readEnv({})).toMatchObject({ KAFKA_TOPIC_PARTITIONS: 3, KAFKA_REPLICATION_FACTOR: 1, KAFKA_MIN_INSYNC_REPLICAS: 1, KAFKA_CLIENT_ID: 'careerboost' });
    expect(readEnv({ KAFKA_TOPIC_PARTITIONS: '12', KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2' })).toMatchObject({
      KAFKA_TOPIC_PARTITIONS: 12,
      KAFKA_REPLICATION_FACTOR: 3,
      KAFKA_MIN_INSYNC_REPLICAS: 2,
    });
  });

  it('refuses topic settings under which no write could succeed', () => {
    expect(() => readEnv({ KAFKA_REPLICATION_FACTOR: '1', KAFKA_MIN_INSYNC_REPLICAS: '2' })).toThrow(/KAFKA_MIN_INSYNC_REPLICAS/);
    expect(() => readEnv({ KAFKA_TOPIC_PARTITIONS: '0' })).toThrow(/KAFKA_TOPIC_PARTITIONS/);
    expect(() => readEnv({ KAFKA_CLIENT_ID: 'career boost' })).toThrow(/KAFKA_CLIENT_ID/);
  });

  it('says what is wrong with a bad value', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readEnv({ CB_PROFILE: 'cloud' })).toThrow(/CB_PROFILE/);
  });
});

import { isoDate } from '../../src/validation';

describe('calendar dates in input', () => {
  it('accepts real dates and refuses ones that do not exist or have the wrong form', () => {
    expect(isoDate().safeParse('2028-02-29').success).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-9-1', '01-09-2026']) expect(isoDate().safeParse(bad).success).toBe(false);
  });
});

import { introspectionEnabled } from '../../src/config';

describe('introspection', () => {
  const distributed = { CB_PROFILE: 'distributed', JWT_SECRET: 'x'.repeat(32), KAFKA_BROKERS: 'k:9092', MONGO_URL: 'mongodb://m:27017' };
  it('is on in the embedded profile and off in the distributed one, unless switched', () => {
    expect(introspectionEnabled(readEnv({}))).toBe(true);
    expect(introspectionEnabled(readEnv(distributed))).toBe(false);
    expect(introspectionEnabled(readEnv({ ...distributed, CB_INTROSPECTION: 'true' }))).toBe(true);
    expect(introspectionEnabled(readEnv({ CB_INTROSPECTION: 'false' }))).toBe(false);
  });
});
