/**
 * The layer rules (.dependency-cruiser.cjs) hold for the repository, and they do catch what they
 * forbid: the fixture tree under fixtures/layers breaks every rule, each import that should be
 * reported marked `// breaks: <rule>` on the line above it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = 'test/quality/fixtures/layers';
/** Everything with code in it; the fixture tree is cruised on its own. */
const TREE = ['contracts', 'services', 'gateway', 'web/src', 'web/e2e', 'web/scripts', 'test', 'infra', 'bench'];
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(args: string[]): Violation[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`depcruise printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));

/** "rule  file" for every `// breaks: rule` marker in the fixture tree. */
function markedBreaks(): string[] {
  return filesUnder(FIXTURE).flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^\/\/ breaks: ([a-z-]+)/gm)].map((m) => `${m[1]}  ${file}`),
  );
}

describe('layer rules (dependency-cruiser)', () => {
  it('hold for the whole repository', () => {
    const violations = cruise(['--exclude', `^${FIXTURE}/`, ...TREE]);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  it('report every marked import of the fixture tree, and nothing else', () => {
    const reported = cruise([FIXTURE]).map((v) => `${v.rule.name}  ${v.from}`);
    expect(reported.sort()).toEqual(markedBreaks().sort());
  });

  it('the fixture tree breaks every rule of the configuration', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS config dependency-cruiser reads
    const config = require(join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: { name: string }[] };
    const broken = new Set(markedBreaks().map((line) => line.split('  ')[0]));
    expect([...broken].sort()).toEqual(config.forbidden.map((r) => r.name).sort());
  });
});
