import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { Reasons, normaliseEmail } from '@cb/contracts';
import { badInput } from '../errors';

/**
 * The password rule for accounts people choose themselves: long enough, not guessable. "Guessable"
 * is zxcvbn's estimate (the maintained zxcvbn-ts dictionaries of common and breached passwords,
 * English and Dutch words, names, keyboard walks, dates and l33t variants), and a password may not
 * contain the account's e-mail address or its part before the @. Score 3 of 4 is zxcvbn's "safely
 * unguessable" for an online attack, which is what a rate-limited sign-in faces.
 */
export const MIN_PASSWORD_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({
  // Anyone can send a password, so its check must stay cheap: with the library's defaults a crafted
  // 128-character one of l33t-like symbols took seconds of CPU. The first 64 characters decide and
  // at most 10 l33t substitutions are tried (tens of milliseconds at worst).
  maxLength: 64,
  l33tMaxSubstitutions: 10,
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary, ...dutch.dictionary },
});

/** Why a password is refused, as a sentence that says what to fix; undefined when it is fine. */
export function passwordProblem(password: string, email: string): string | undefined {
  const address = normaliseEmail(email);
  const localPart = address.split('@')[0] ?? '';
  const lower = password.toLowerCase();
  if (lower.includes(address) || (localPart.length >= 3 && lower.includes(localPart))) {
    return 'must not contain your e-mail address or the part before the @; choose something else.';
  }
  const { score, feedback } = zxcvbn.check(password, [address, localPart]);
  if (score >= MIN_PASSWORD_SCORE) return undefined;
  const hint = feedback.warning ? `${feedback.warning.replace(/\.?$/, '.')} ` : '';
  return `is too easy to guess. ${hint}Use a longer phrase of several uncommon words, or add more characters.`;
}

/** Throws BAD_USER_INPUT with reason PASSWORD_TOO_WEAK on `field` unless the password passes. */
export function checkPasswordPolicy(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw badInput(field, Reasons.PASSWORD_TOO_WEAK, `${field}: ${problem}`);
}
