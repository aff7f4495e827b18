import { isKvkNumber } from '../src/domain/company';

describe('KvK number check', () => {
  it('accepts the eight digits of a Chamber of Commerce number', () => {
    expect(isKvkNumber('24123456')).toBe(true);
    expect(isKvkNumber('01234567')).toBe(true);
  });

  it('refuses other lengths, letters and the never-issued all-zero number', () => {
    for (const bad of ['2412345', '241234567', '2412345a', '', '00000000', '24 12 34 56']) expect(isKvkNumber(bad)).toBe(false);
  });
});
