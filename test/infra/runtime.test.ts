import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The runtime is pinned in one place (devDependencies.node); everything else must agree with it. */
describe('the pinned Node runtime', () => {
  const pinned: string = pkg.devDependencies.node;

  it('is Node 24 LTS, and it is the Node these tests run on', () => {
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(process.version).toBe(`v${pinned}`);
  });

  it('is what engines, @types/node, the bundles and the images say', () => {
    expect(pkg.engines.node).toBe('>=24 <25');
    expect(pkg.devDependencies['@types/node']).toMatch(/^24\./);
    expect(readFileSync(join(ROOT, 'infra', 'bundle.ts'), 'utf8')).toContain("target: 'node24'");
    const dockerfiles = [join(ROOT, 'Dockerfile'), ...['gateway', 'web'].map((d) => join(ROOT, d, 'Dockerfile'))].filter((f) => {
      try {
        return readFileSync(f).length > 0;
      } catch {
        return false;
      }
    });
    for (const service of readdirSync(join(ROOT, 'services'))) {
      try {
        readFileSync(join(ROOT, 'services', service, 'Dockerfile'));
        dockerfiles.push(join(ROOT, 'services', service, 'Dockerfile'));
      } catch {
        // one shared Dockerfile at the root instead
      }
    }
    expect(dockerfiles.length).toBeGreaterThan(0);
    for (const file of dockerfiles) {
      const nodeImages = readFileSync(file, 'utf8').match(/^FROM\s+node:\S+/gm) ?? [];
      for (const from of nodeImages) expect([file, from]).toEqual([file, expect.stringMatching(/^FROM\s+node:24[.-]/)]);
    }
  });
});
