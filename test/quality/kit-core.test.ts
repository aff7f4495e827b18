/**
 * The domain layer loads only the narrow kit core (issue 15): importing a domain rule must not
 * start SQLite, Apollo Server, Express or argon2. Each check runs in a fresh Node process (jest
 * has its own module registry, so only a real process shows what `require` loads), and the same
 * probe on the kit's barrel shows that the probe does see those packages when they are loaded.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const HEAVY = ['better-sqlite3', '@apollo/server', 'express', '@node-rs/argon2'];

/** The packages of HEAVY that end up in require.cache after requiring `target` in a new process. */
function heavyPackagesLoadedBy(target: string): string[] {
  const probe = `
    require(${JSON.stringify(target)});
    const loaded = Object.keys(require.cache);
    const heavy = ${JSON.stringify(HEAVY)}.filter((p) => loaded.some((f) => f.includes('/node_modules/' + p + '/')));
    process.stdout.write(JSON.stringify(heavy));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', probe], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as string[];
}

describe('the narrow kit core', () => {
  it('importing placements/src/domain/workflow.ts loads none of better-sqlite3, Apollo Server, Express, argon2', () => {
    expect(heavyPackagesLoadedBy(join(ROOT, 'services/placements/src/domain/workflow.ts'))).toEqual([]);
  });

  it('@cb/kit/core loads none of them either', () => {
    expect(heavyPackagesLoadedBy('@cb/kit/core')).toEqual([]);
  });

  it('the probe sees them when the full kit is imported', () => {
    expect(heavyPackagesLoadedBy('@cb/kit')).toEqual(HEAVY);
  });

  it('deep imports into the kit are refused by its exports map', () => {
    expect(() => heavyPackagesLoadedBy('@cb/kit/src/store/store.sqlite')).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });
});
