import { checkPasswordPolicy, passwordProblem } from '../../src/auth/password-policy';

describe('the password policy', () => {
  it.each([
    ['password12', 'noor@student.nl', /too easy to guess/],
    ['1234567890', 'noor@student.nl', /too easy to guess/],
    ['qwertyuiop', 'noor@student.nl', /too easy to guess/],
    ['wachtwoord1', 'noor@student.nl', /too easy to guess/],
    ['Welkom01!', 'noor@student.nl', /too easy to guess/],
    ['noor@student.nl', 'noor@student.nl', /e-mail address/],
    ['NOOR@Student.nl1', ' noor@student.nl ', /e-mail address/],
    ['noor-de-beste-2026', 'noor@student.nl', /part before the @/],
  ])('refuses %s for %s', (password, email, problem) => {
    expect(passwordProblem(password, email)).toMatch(problem);
  });

  it.each([
    ['CareerBoost-company-2026', 'hr@dordtse-scheepswerf.demo'],
    ['CareerBoost-student-2026', 'sanne@student.demo'],
    ['Zeilboot-Merwede-2026', 'noor@student.nl'],
    ['correct horse battery staple', 'noor@student.nl'],
  ])('accepts %s for %s', (password, email) => {
    expect(passwordProblem(password, email)).toBeUndefined();
  });

  it('refuses with BAD_USER_INPUT, reason PASSWORD_TOO_WEAK, on the field named', () => {
    expect(() => checkPasswordPolicy('password12', 'noor@student.nl', 'input.password')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { reason: 'PASSWORD_TOO_WEAK', field: 'input.password' } }),
    );
  });
});

describe('the password policy’s cost', () => {
  it('checks even a crafted 128-character password in well under a second', () => {
    for (const crafted of ['Ab1!'.repeat(32), '@4$5!1|0'.repeat(16), '1q2w3e4r'.repeat(16)]) {
      const started = performance.now();
      passwordProblem(crafted, 'noor@student.nl');
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
