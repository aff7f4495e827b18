import jwt from 'jsonwebtoken';
import { TokenService } from '../../src/auth/tokens';

const secret = 'a'.repeat(48);

describe('bearer tokens', () => {
  const tokens = new TokenService(secret);

  it('round-trips the role and subject ids of a viewer', () => {
    const token = tokens.sign({ accountId: 'stu_1', role: 'STUDENT', studentId: 'stu_1' });
    expect(tokens.verify(token)).toEqual({ accountId: 'stu_1', role: 'STUDENT', studentId: 'stu_1', companyId: undefined, issuedAt: expect.any(Number) });
  });

  it('rejects a token signed with another secret, a made-up role, or an expired token', () => {
    const other = new TokenService('b'.repeat(48)).sign({ accountId: 'x', role: 'STAFF' });
    expect(tokens.verify(other)).toBeUndefined();
    const forged = jwt.sign({ role: 'ADMIN' }, secret, { subject: 'x', issuer: 'career-boost', audience: 'career-boost-api' });
    expect(tokens.verify(forged)).toBeUndefined();
    const expired = jwt.sign({ role: 'STAFF' }, secret, { subject: 'x', issuer: 'career-boost', audience: 'career-boost-api', expiresIn: -10 });
    expect(tokens.verify(expired)).toBeUndefined();
  });

  it('reports a malformed Authorization header as rejected, and none as anonymous', () => {
    expect(tokens.fromHeader(undefined)).toEqual({ invalid: false });
    expect(tokens.fromHeader('Basic abc').invalid).toBe(true);
    expect(tokens.fromHeader('Bearer nonsense').invalid).toBe(true);
  });

  it('refuses a short secret', () => {
    expect(() => new TokenService('short')).toThrow(/32 characters/);
  });
});
