import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const secrets = { JWT_SECRET: 'j'.repeat(48), MEILI_MASTER_KEY: 'm'.repeat(24), SMTP_URL: 'smtp://mail.example.nl:587' };
const compose = (env: Record<string, string>) =>
  spawnSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });

/**
 * There is no Docker engine on our machines, so docker-compose.yml is checked by what docker-compose
 * 1.29 (Debian's package, installed by .ci/run) can tell without one: that the file is valid and
 * keeps the rules of DESIGN.md and the distributed-profile issue.
 */
const available = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
if (!available) console.warn('SKIPPED docker-compose.yml checks: docker-compose is not installed (apt-get install docker-compose; .ci/run does).');

(available ? describe : describe.skip)('docker-compose.yml', () => {
  const result = available ? compose(secrets) : ({} as ReturnType<typeof compose>);

  it('is accepted by docker-compose config', () => {
    expect(result.error).toBeUndefined();
    expect(result.stderr).not.toMatch(/ERROR/);
    expect(result.status).toBe(0);
  });

  it('refuses to start without JWT_SECRET', () => {
    const without = compose({ MEILI_MASTER_KEY: secrets.MEILI_MASTER_KEY });
    expect(without.status).not.toBe(0);
    expect(without.stderr).toMatch(/JWT_SECRET/);
  });

  it('refuses to start without SMTP_URL: the distributed profile sends mail only over SMTP', () => {
    const without = compose({ JWT_SECRET: secrets.JWT_SECRET, MEILI_MASTER_KEY: secrets.MEILI_MASTER_KEY });
    expect(without.status).not.toBe(0);
    expect(without.stderr).toMatch(/SMTP_URL/);
  });

  it('runs Kafka, MongoDB, Meilisearch, the five services, the gateway and the web app, each with a health check', () => {
    const config = parse(result.stdout);
    expect(Object.keys(config.services).sort()).toEqual(
      ['companies', 'gateway', 'kafka', 'meilisearch', 'mongo', 'notifications', 'placements', 'search', 'students', 'web'].sort(),
    );
    for (const [name, service] of Object.entries<any>(config.services)) expect([name, Boolean(service.healthcheck)]).toEqual([name, true]);
  });

  it('checks the five services and the gateway by /readyz: store, bus and consumer, not only a running process', () => {
    const config = parse(result.stdout);
    for (const name of ['students', 'companies', 'placements', 'search', 'notifications', 'gateway']) {
      expect([name, config.services[name].healthcheck.test.join(' ')]).toEqual([name, expect.stringContaining('/readyz')]);
    }
  });

  it('builds every deployable from a Dockerfile that exists', () => {
    const config = parse(result.stdout);
    const built = Object.entries<any>(config.services).filter(([, s]) => s.build);
    expect(built.map(([n]) => n).sort()).toEqual(['companies', 'gateway', 'notifications', 'placements', 'search', 'students', 'web']);
    for (const [, s] of built) expect(existsSync(join(s.build.context, s.build.dockerfile))).toBe(true);
  });

  it('publishes only the gateway and the web app; subgraphs stay on the compose network', () => {
    const config = parse(result.stdout);
    const published = Object.entries<any>(config.services).filter(([, s]) => s.ports?.length).map(([n]) => n);
    expect(published.sort()).toEqual(['gateway', 'web']);
  });

  it('seeds nothing by default and uses the distributed profile for every service', () => {
    const config = parse(result.stdout);
    for (const name of ['students', 'companies', 'placements', 'search', 'notifications', 'gateway']) {
      expect(config.services[name].environment).toMatchObject({ CB_PROFILE: 'distributed', CB_SEED: 'never' });
    }
  });
});
