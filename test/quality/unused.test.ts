/**
 * knip does report unused files, exports and dependencies: run over the fixture package (a
 * project of its own), it finds the ones its README lists. (That the repository itself has none
 * is `npm run lint:unused`, which `npm test` runs before jest.)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const KNIP = join(ROOT, 'node_modules/knip/bin/knip.js');

interface KnipIssue {
  file: string;
  files: { name: string }[];
  exports: { name: string }[];
  dependencies: { name: string }[];
}

describe('unused code (knip)', () => {
  it('reports the orphan file, the export nobody imports and the dependency nobody uses', () => {
    const run = spawnSync(process.execPath, [KNIP, '--directory', join(__dirname, 'fixtures/unused'), '--reporter', 'json', '--no-progress'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { issues: KnipIssue[] };
    const found = report.issues.flatMap((i) => [
      ...i.files.map((f) => `file ${f.name}`),
      ...i.exports.map((e) => `export ${i.file} ${e.name}`),
      ...i.dependencies.map((d) => `dependency ${i.file} ${d.name}`),
    ]);
    expect(found.sort()).toEqual(['dependency package.json zod', 'export src/used.ts neverImported', 'file src/orphan.ts']);
  });
});
