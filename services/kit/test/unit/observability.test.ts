import { logger } from '../../src/observability/logger';
import { operationLabel } from '../../src/observability/metrics';

/** What the logger writes to stdout while `write` runs, one parsed JSON object per line. */
function logged(write: () => void): Array<Record<string, any>> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    write();
  } finally {
    spy.mockRestore();
  }
  return lines.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

describe('the logger', () => {
  it('writes JSON lines with the level as a word, an ISO time and the message', () => {
    const [line] = logged(() => logger.warn({ group: 'search' }, 'something to look at'));
    expect(line).toMatchObject({ level: 'warn', msg: 'something to look at', group: 'search' });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it('censors personal fields wherever a caller puts them, and the authorization header', () => {
    const [line] = logged(() =>
      logger.warn(
        { email: 'sanne@student.demo', input: { name: 'Sanne de Jong', motivation: 'Ik wil graag', password: 'geheim' }, headers: { authorization: 'Bearer abc' } },
        'careless call',
      ),
    );
    expect(line).toMatchObject({ email: '[redacted]', input: { name: '[redacted]', motivation: '[redacted]', password: '[redacted]' }, headers: { authorization: '[redacted]' } });
  });

  it('replaces e-mail addresses quoted in any logged text, such as a library error', () => {
    const [line] = logged(() => logger.error({ reason: 'E11000 duplicate key: { email: "sanne@student.demo" }', err: new Error('no account hr@bedrijf.nl') }, 'failed'));
    expect(JSON.stringify(line)).not.toMatch(/sanne@student\.demo|hr@bedrijf\.nl/);
    expect(line.reason).toBe('E11000 duplicate key: { email: "[e-mail]" }');
    expect(line.err).toMatchObject({ type: 'Error', message: 'no account [e-mail]', stack: expect.stringMatching(/^Error: no account \[e-mail\]/) });
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
