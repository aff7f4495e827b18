/**
 * The type-aware lint rules do fail code that breaks them: ESLint, with the repository's own
 * eslint.config.mjs, reports exactly the lines of the fixture marked `// breaks: <rule>`. (That the
 * repository itself is clean is `npm run lint`, which `npm test` runs before jest.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = 'test/quality/fixtures/lint/promises.ts';
const ESLINT = join(ROOT, 'node_modules/eslint/bin/eslint.js');

interface LintResult {
  messages: { ruleId: string | null; line: number; message: string }[];
}

/** "line rule" for each marker: the problem is expected on the line after it. */
function markedBreaks(): string[] {
  return readFileSync(join(ROOT, FIXTURE), 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const marker = /^\s*\/\/ breaks: (\S+)/.exec(text);
      return marker ? [`${i + 2} ${marker[1]}`] : [];
    });
}

describe('type-aware lint rules (typescript-eslint)', () => {
  it('report every marked line of the fixture, and nothing else', () => {
    // --no-ignore: the configuration ignores the fixtures so that `npm run lint` passes.
    const run = spawnSync(process.execPath, [ESLINT, '--no-ignore', '--format', 'json', FIXTURE], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as LintResult[];
    expect(result.messages.map((m) => `${m.line} ${m.ruleId}`).sort()).toEqual(markedBreaks().sort());
  });
});
