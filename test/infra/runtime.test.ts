import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEPLOYABLES } from '../../infra/bundle';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
const pinned: string = pkg.devDependencies.node;

/** The runtime is pinned in one place (devDependencies.node); everything else must agree with it. */
describe('the pinned Node runtime', () => {
  it('is Node 24 LTS, and it is the Node these tests run on', () => {
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(process.version).toBe(`v${pinned}`);
  });

  it('is what engines, @types/node, the bundles and the images say', () => {
    expect(pkg.engines.node).toBe('>=24 <25');
    expect(pkg.devDependencies['@types/node']).toMatch(/^24\./);
    expect(read('infra/bundle.ts')).toContain("target: 'node24'");
    expect(read('Dockerfile')).toContain(`ARG NODE_VERSION=${pinned}\n`);
    expect(read('web/Dockerfile')).toMatch(/^FROM node:24[.-]/m);
  });
});

describe('the services image (Dockerfile)', () => {
  const dockerfile = read('Dockerfile');

  it('copies every workspace manifest before npm ci, so the lock file installs', () => {
    const manifests = (pkg.workspaces as string[]).flatMap((w) =>
      w.endsWith('/*') ? ['students', 'companies', 'placements', 'search', 'kit'].map((s) => `${w.slice(0, -1)}${s}`) : [w],
    );
    for (const dir of manifests) expect([dir, dockerfile.includes(`COPY ${dir}/package.json ${dir}/`)]).toEqual([dir, true]);
  });

  it('runs as a non-root user with a readiness health check', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/readyz/m);
  });

  it('is what docker-compose builds every Node deployable from, one SERVICE each', () => {
    const compose = parse(read('docker-compose.yml'));
    const built = Object.entries<any>(compose.services).filter(([, s]) => s.build?.dockerfile === 'Dockerfile');
    expect(built.map(([name, s]) => [name, s.build.args.SERVICE]).sort()).toEqual(Object.keys(DEPLOYABLES).map((n) => [n, n]).sort());
  });
});
