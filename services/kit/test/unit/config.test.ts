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
