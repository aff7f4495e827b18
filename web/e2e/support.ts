import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../src/i18n/en';
import { nl } from '../src/i18n/nl';

export const SCREENSHOTS = join(__dirname, '..', 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** The demo accounts the seed creates (README). */
export const DEMO = {
  staff: { email: 'staff@careerboost.demo', password: 'CareerBoost-staff-2026' },
  company: { email: 'hr@dordtse-scheepswerf.demo', password: 'CareerBoost-company-2026' },
  student: { email: 'sanne@student.demo', password: 'CareerBoost-student-2026' },
};

export type Lang = 'nl' | 'en';
/** The app's own dictionaries: tests find controls by the words a person reads, in each language. */
export const texts = { nl, en } as const;

/**
 * Matches a form label exactly, with or without the required-field asterisk the label shows
 * (getByLabel reads the label's text, including the aria-hidden "*").
 */
export function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
}

/** Fills `{{name}}` placeholders like i18next does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * Checks the page with axe-core (WCAG 2.0/2.1 A and AA rules) and fails on any serious or
 * critical violation; saves a full-page screenshot under test-results/screenshots/ either way.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`).join('\n');
  expect(bad, `axe found serious/critical violations on ${name}:\n${report}`).toEqual([]);
}

/** Opens the app in a language (the switch remembers it, like a person's choice). */
export async function openIn(page: Page, lang: Lang, path = '/'): Promise<void> {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export async function signIn(page: Page, lang: Lang, account: { email: string; password: string }): Promise<void> {
  const t = texts[lang];
  await openIn(page, lang, '/signin');
  await page.getByLabel(t.fields.email).fill(account.email);
  await page.getByLabel(t.fields.password).fill(account.password);
  await page.getByRole('button', { name: t.signIn.submit }).click();
  // Attached, not visible: on a phone the sign-out button sits in the folded menu.
  await expect(page.getByRole('button', { name: t.nav.signOut, includeHidden: true })).toBeAttached();
}

/** A short unique word, so a test finds exactly what it made. */
export function uniqueWord(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export function kvkNumber(): string {
  return String(10000000 + Math.floor(Math.random() * 89999999));
}

export function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** GraphQL straight to the gateway, for setting up a situation faster than clicking it together. */
export async function gql<T = any>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

export async function apiSignIn(request: APIRequestContext, account: { email: string; password: string }): Promise<string> {
  const data = await gql<{ signIn: { token: string } }>(request, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
    e: account.email,
    p: account.password,
  });
  return data.signIn.token;
}

/**
 * Retries while the services are still learning of a change (events arrive a moment later):
 * Playwright's own retrying block, which fails with the last error once `ms` have passed.
 */
export async function eventually<T>(action: () => Promise<T>, ms = 15_000): Promise<T> {
  let result: T | undefined;
  await expect(async () => {
    result = await action();
  }).toPass({ timeout: ms, intervals: [200] });
  return result as T;
}

/**
 * An assignment of the organisation signed in with `companyToken`, published through the API: an
 * internship next autumn, so it takes applications on any day the specs run; `input` overrides.
 */
export async function publishVia(request: APIRequestContext, companyToken: string, input: Record<string, unknown> & { title: string }): Promise<string> {
  const year = new Date().getFullYear() + 1;
  const { createAssignment } = await gql(
    request,
    'mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }',
    {
      i: {
        description: 'Meewerken op de werf aan een echt project, naast een ervaren collega.',
        type: 'INTERNSHIP',
        levels: ['BACHELOR'],
        periodStart: `${year}-09-01`,
        periodEnd: `${year}-12-18`,
        hoursPerWeek: 32,
        places: 1,
        ...input,
      },
    },
    companyToken,
  );
  await gql(request, 'mutation($id: ID!) { publishAssignment(id: $id) { id } }', { id: createAssignment.id }, companyToken);
  return createAssignment.id as string;
}

/** Where the test marketplace (e2e/serve.ts) writes its mail as `.eml` files. */
const MAIL_DIR = join(__dirname, '..', 'test-results', 'marketplace-data', 'mail');

/**
 * The path (with its token) of the link to `page` in the newest mail to `address`, as a person
 * would click it: read from the `.eml` file, quoted-printable soft breaks and escapes undone.
 */
export async function linkInMail(address: string, page: '/reset-password' | '/verify-email'): Promise<string> {
  const pattern = new RegExp(`https?://[^/\\s]+(${page}\\?token=[A-Za-z0-9_.%-]+)`);
  return eventually(async () => {
    const files = existsSync(MAIL_DIR) ? readdirSync(MAIL_DIR).filter((f) => f.endsWith('.eml')) : [];
    for (const file of files) {
      const raw = readFileSync(join(MAIL_DIR, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const link = raw.includes(`To: ${address}`) ? pattern.exec(raw) : null;
      if (link) return link[1];
    }
    const mine = files.map((f) => readFileSync(join(MAIL_DIR, f), 'utf8')).filter((raw) => raw.includes(address));
    throw new Error(`no ${page} link in a mail to ${address} yet (${files.length} mails in ${MAIL_DIR}; ${mine.length} name the address${mine[0] ? `: ${mine[0].slice(0, 1500)}` : ''})`);
  });
}

/**
 * A student registered through the API, in `lang`'s mail language, and verified by the link in the
 * mail registering sent, as its owner would (an unverified student may not apply). `verified:
 * false` leaves the address unverified.
 */
export async function registerStudentVia(
  request: APIRequestContext,
  student: { name: string; email: string; password: string; lang?: Lang; verified?: boolean },
): Promise<void> {
  await gql(request, 'mutation($i: RegisterStudentInput!, $l: Language) { registerStudent(input: $i, language: $l) { id } }', {
    i: { name: student.name, email: student.email, password: student.password, institutionId: 'hogeschool-rotterdam', programmeId: 'hr-hbo-ict', level: 'BACHELOR', studyYear: 4 },
    l: (student.lang ?? 'nl').toUpperCase(),
  });
  if (student.verified ?? true) await verifyByMail(request, student.email);
}

/** Opens the verification link of the mail to `address` without a browser (set-up through the API). */
export async function verifyByMail(request: APIRequestContext, address: string): Promise<void> {
  const token = new URL(await linkInMail(address, '/verify-email'), 'http://mail.link').searchParams.get('token');
  await gql(request, 'mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
}

/** Opens the verification link of the mail to `address` in `page`, as its owner clicks it. */
export async function verifyInBrowser(page: Page, lang: Lang, address: string): Promise<void> {
  await page.goto(await linkInMail(address, '/verify-email'));
  await expect(page.getByRole('status').filter({ hasText: texts[lang].account.verify.done })).toBeVisible();
}
