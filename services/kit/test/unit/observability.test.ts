import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '../../src/observability/logger';
import { operationLabel } from '../../src/observability/metrics';

/** What a logger of the product's format writes while `write` runs, one parsed JSON object per line. */
function logged(write: (logger: Logger) => void): Array<Record<string, any>> {
  const lines: string[] = [];
  write(createLogger({ write: (chunk: string) => lines.push(chunk) }));
  return lines.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

describe('the logger', () => {
  it('writes JSON lines with the level as a word, an ISO time and the message', () => {
    const [line] = logged((logger) => logger.warn({ group: 'search' }, 'something to look at'));
    expect(line).toMatchObject({ level: 'warn', msg: 'something to look at', group: 'search' });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it('censors personal fields wherever a caller puts them, and the authorization header', () => {
    const [line] = logged((logger) =>
      logger.warn(
        { email: 'sanne@student.demo', input: { name: 'Sanne de Jong', motivation: 'Ik wil graag', password: 'geheim' }, headers: { authorization: 'Bearer abc' } },
        'careless call',
      ),
    );
    expect(line).toMatchObject({ email: '[redacted]', input: { name: '[redacted]', motivation: '[redacted]', password: '[redacted]' }, headers: { authorization: '[redacted]' } });
  });

  it('replaces e-mail addresses quoted in any logged text, such as a library error', () => {
    const [line] = logged((logger) => logger.error({ reason: 'E11000 duplicate key: { email: "sanne@student.demo" }', err: new Error('no account hr@bedrijf.nl') }, 'failed'));
    expect(JSON.stringify(line)).not.toMatch(/sanne@student\.demo|hr@bedrijf\.nl/);
    expect(line.reason).toBe('E11000 duplicate key: { email: "[e-mail]" }');
    expect(line.err).toMatchObject({ type: 'Error', message: 'no account [e-mail]', stack: expect.stringMatching(/^Error: no account \[e-mail\]/) });
  });

  it('writes stdout asynchronously, and the last line still reaches the file when the process exits right after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-log-exit-'));
    const file = join(dir, 'stdout.log');
    const out = openSync(file, 'w');
    try {
      // Many lines, then exit at once: the async destination still holds some when exit comes.
      const script = `const { logger } = require(${JSON.stringify(require.resolve('../../src/observability/logger'))});
        for (let i = 0; i < 20000; i++) logger.info({ i }, 'line');
        logger.info('the last line');
        process.exit(0);`;
      execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', out, 'inherit'] });
    } finally {
      closeSync(out);
    }
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    rmSync(dir, { recursive: true, force: true });
    expect(lines).toHaveLength(20001);
    expect(JSON.parse(lines[lines.length - 1])).toMatchObject({ level: 'info', msg: 'the last line' });
  });
});

describe('the operation label of the GraphQL metrics', () => {
  it('is the operation name, "anonymous" without one, and the same name for the gateway and its subgraph fetches', () => {
    expect(operationLabel('Apply')).toBe('Apply');
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('Apply__placements__0')).toBe('Apply');
  });

  it('stays bounded: odd names and names past the first hundred become "other"', () => {
    expect(operationLabel('no spaces please')).toBe('other');
    for (let i = 0; i < 150; i++) operationLabel(`Op${i}`);
    expect(operationLabel('OneMore')).toBe('other');
    expect(operationLabel('Apply')).toBe('Apply'); // seen before the cap
  });
});
