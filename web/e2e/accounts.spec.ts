import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO, apiSignIn, checkPage, eventually, exactly, gql, linkInMail, openIn, publishVia, registerStudentVia, signIn, texts, uniqueWord, verifyInBrowser, type Lang } from './support';

/**
 * Issue 14, accounts: a person who forgot their password asks for a link on the sign-in page,
 * opens it from the mail (read from the server's mail directory) and chooses a new one; a new
 * account sees the banner until it opens the verification link. In Dutch and English, each page
 * screenshot and axe-checked.
 */

const PASSWORD = 'Een-lange-zin-voor-de-kade-2026';
const NEW_PASSWORD = 'Vogelkers-Biesbosch-Kade-77';

/** A student with history: an application the organisation has moved, so there is a notification too. */
async function studentWithHistory(page: Page, lang: Lang): Promise<{ email: string; title: string }> {
  const email = await registerStudent(page, lang, 'gegevens');
  const companyToken = await apiSignIn(page.request, DEMO.company);
  const title = `Mijn gegevens ${uniqueWord('opdracht')}`;
  const assignmentId = await openAssignment(page, title);
  const token = await apiSignIn(page.request, { email, password: PASSWORD });
  const { apply } = await eventually(() => gql(page.request, 'mutation($a: ID!) { apply(assignmentId: $a, motivation: "Ik bouw graag mee.") { id } }', { a: assignmentId }, token));
  await gql(page.request, 'mutation($id: ID!) { moveApplication(id: $id, status: IN_REVIEW) { id } }', { id: apply.id }, companyToken);
  await eventually(async () => {
    const { notifications } = await gql(page.request, '{ notifications { total } }', {}, token);
    if (notifications.total < 1) throw new Error('not notified yet');
  });
  await gql(page.request, 'mutation { saveSearch(input: { name: "Werf", query: "werf", filter: { sectors: [ENGINEERING] } }) { id } }', {}, token);
  await gql(page.request, 'mutation { setNotificationPreference(kind: OFFER_MADE, delivery: NEVER) { kind } }', {}, token);
  return { email, title };
}

/** A new student, verified by the mailed link unless `verified` is false. */
async function registerStudent(page: Page, lang: Lang, prefix: string, verified = true) {
  const email = `${uniqueWord(prefix)}@student.nl`;
  await registerStudentVia(page.request, { name: `Student ${prefix}`, email, password: PASSWORD, lang, verified });
  return email;
}

/** An assignment of the demo company that takes applications. */
async function openAssignment(page: Page, title: string): Promise<string> {
  const companyToken = await apiSignIn(page.request, DEMO.company);
  return publishVia(page.request, companyToken, { title, type: 'PROJECT', places: 2, hoursPerWeek: 24 });
}

for (const lang of ['nl', 'en'] as const) {
  const t = texts[lang];

  test(`a forgotten password is reset with the link from the mail (${lang})`, async ({ page }) => {
    const email = await registerStudent(page, lang, 'vergeten');
    await openIn(page, lang, '/signin');
    await page.getByRole('link', { name: t.signIn.forgot }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.account.forgot.title })).toBeVisible();
    await page.getByLabel(exactly(t.fields.email)).fill(email);
    await page.getByRole('button', { name: t.account.forgot.submit }).click();
    await expect(page.getByRole('status').filter({ hasText: t.account.forgot.sent })).toBeVisible();
    await checkPage(page, `issue14-${lang}-01-forgot-password`);

    await page.goto(await linkInMail(email, '/reset-password'));
    await expect(page.getByRole('heading', { level: 1, name: t.account.reset.title })).toBeVisible();
    await page.getByLabel(exactly(t.account.reset.password)).fill('password12');
    await page.getByRole('button', { name: t.account.reset.submit }).click();
    await expect(page.locator('.field-error')).toHaveText(t.reasons.PASSWORD_TOO_WEAK);
    await checkPage(page, `issue14-${lang}-02-reset-weak`);
    await page.getByLabel(exactly(t.account.reset.password)).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: t.account.reset.submit }).click();
    await expect(page.getByRole('status').filter({ hasText: t.account.reset.done })).toBeVisible();
    await checkPage(page, `issue14-${lang}-03-reset-done`);
    await signIn(page, lang, { email, password: NEW_PASSWORD });
  });

  test(`a new account sees the banner until it opens the verification link (${lang})`, async ({ page }) => {
    const email = await registerStudent(page, lang, 'bevestig', false);
    await signIn(page, lang, { email, password: PASSWORD });
    const banner = page.getByRole('status').filter({ hasText: t.account.banner.text });
    await expect(banner).toBeVisible();
    await checkPage(page, `issue14-${lang}-04-unverified-banner`);

    await page.goto(await linkInMail(email, '/verify-email'));
    await expect(page.getByRole('status').filter({ hasText: t.account.verify.done })).toBeVisible();
    await expect(banner).toHaveCount(0);
    await checkPage(page, `issue14-${lang}-05-verified`);
  });

  test(`an unverified student is told on the assignment page to verify first, and applies once verified (${lang})`, async ({ page }) => {
    const id = await openAssignment(page, `Eerst bevestigen ${uniqueWord('opdracht')}`);
    const email = await registerStudent(page, lang, 'onbevestigd', false);
    await signIn(page, lang, { email, password: PASSWORD });
    await page.goto(`/assignments/${id}`);
    const apply = page.locator('section.apply');
    await expect(apply.getByRole('heading', { name: t.apply.notPossible })).toBeVisible();
    // The refusal says what to do (the link in the mail, or a new one); the banner offers the new one.
    await expect(apply.getByRole('status')).toHaveText(t.reasons.EMAIL_NOT_VERIFIED);
    await expect(page.getByRole('status').filter({ hasText: t.account.banner.text }).getByRole('button', { name: t.account.banner.resend })).toBeVisible();
    await expect(page.getByRole('button', { name: t.apply.submit })).toHaveCount(0);
    await checkPage(page, `issue14-${lang}-07-apply-unverified`);

    await verifyInBrowser(page, lang, email);
    // Placements hears of the verification by event, a moment later.
    await expect(async () => {
      await page.goto(`/assignments/${id}`);
      await expect(page.getByLabel(exactly(t.apply.motivation))).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 20_000 });
    await page.getByLabel(exactly(t.apply.motivation)).fill('Ik bouw graag mee aan de werf.');
    await page.getByRole('button', { name: t.apply.submit }).click();
    await expect(page.getByText(t.apply.done)).toBeVisible();
    await checkPage(page, `issue14-${lang}-08-applied-verified`);
  });

  test(`account settings refuse a wrong current password and change it with the right one (${lang})`, async ({ page }) => {
    const email = await registerStudent(page, lang, 'wijzig');
    await signIn(page, lang, { email, password: PASSWORD });
    await openIn(page, lang, '/account');
    await expect(page.getByRole('heading', { level: 1, name: t.account.settings.title })).toBeVisible();
    const form = page.locator('section', { has: page.getByRole('heading', { name: t.account.settings.passwordTitle }) });
    await form.getByLabel(exactly(t.account.settings.currentPassword)).fill('niet-mijn-wachtwoord');
    await form.getByLabel(exactly(t.account.settings.newPassword)).fill(NEW_PASSWORD);
    await form.getByRole('button', { name: t.account.settings.passwordSubmit }).click();
    await expect(form.locator('.field-error')).toHaveText(t.reasons.WRONG_PASSWORD);
    await form.getByLabel(exactly(t.account.settings.currentPassword)).fill(PASSWORD);
    await form.getByRole('button', { name: t.account.settings.passwordSubmit }).click();
    await expect(form.getByRole('status')).toHaveText(t.account.settings.passwordChanged);
    await checkPage(page, `issue14-${lang}-06-account-settings`);
  });

  test(`a student downloads their data as JSON and deletes their account (${lang})`, async ({ page }) => {
    const { email, title } = await studentWithHistory(page, lang);
    await signIn(page, lang, { email, password: PASSWORD });
    await openIn(page, lang, '/account');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: t.account.myData.download }).click();
    const file = await (await downloading).path();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.student).toMatchObject({ email, name: 'Student gegevens', skills: [] });
    expect(data.student.applications).toHaveLength(1);
    expect(data.student.applications[0]).toMatchObject({ status: 'IN_REVIEW', motivation: 'Ik bouw graag mee.', assignment: { title } });
    expect(data.student.applications[0].history.map((h: { to: string }) => h.to)).toEqual(['SUBMITTED', 'IN_REVIEW']);
    expect(data.student.placements).toEqual([]);
    expect(data.notifications.total).toBeGreaterThan(0);
    expect(data.savedSearches).toEqual([expect.objectContaining({ name: 'Werf', query: 'werf', filter: expect.objectContaining({ sectors: ['ENGINEERING'] }) })]);
    expect(data.notificationPreferences).toContainEqual({ kind: 'OFFER_MADE', delivery: 'NEVER' });
    expect(data.student.preferredLanguage).toMatch(/^(NL|EN)$/);
    await checkPage(page, `issue14-${lang}-07-my-data`);

    await page.getByRole('button', { name: t.account.myData.delete }).click();
    const dialog = page.getByRole('dialog', { name: t.account.myData.confirmTitle });
    await expect(dialog).toBeVisible();
    await checkPage(page, `issue14-${lang}-08-delete-confirm`);
    await dialog.getByRole('button', { name: t.account.myData.confirmYes }).click();
    await expect(page.getByRole('link', { name: t.nav.signIn, includeHidden: true })).toBeAttached();
    const after = await page.request.post('/graphql', { data: { query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: email, p: PASSWORD } } });
    expect((await after.json()).errors[0].extensions.reason).toBe('INVALID_CREDENTIALS');
  });
}
