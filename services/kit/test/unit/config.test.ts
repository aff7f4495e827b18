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
