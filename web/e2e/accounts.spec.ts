import { expect, test, type Page } from '@playwright/test';
import { checkPage, exactly, gql, linkInMail, openIn, signIn, texts, uniqueWord, type Lang } from './support';

/**
 * Issue 14, accounts: a person who forgot their password asks for a link on the sign-in page,
 * opens it from the mail (read from the server's mail directory) and chooses a new one; a new
 * account sees the banner until it opens the verification link. In Dutch and English, each page
 * screenshot and axe-checked.
 */

const PASSWORD = 'Een-lange-zin-voor-de-kade-2026';
const NEW_PASSWORD = 'Vogelkers-Biesbosch-Kade-77';

async function registerStudent(page: Page, lang: Lang, prefix: string) {
  const email = `${uniqueWord(prefix)}@student.nl`;
  await gql(page.request, 'mutation($i: RegisterStudentInput!, $l: Language) { registerStudent(input: $i, language: $l) { id } }', {
    i: { name: `Student ${prefix}`, email, password: PASSWORD, institutionId: 'hogeschool-rotterdam', programmeId: 'hr-hbo-ict', level: 'BACHELOR', studyYear: 4 },
    l: lang.toUpperCase(),
  });
  return email;
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
    const email = await registerStudent(page, lang, 'bevestig');
    await signIn(page, lang, { email, password: PASSWORD });
    const banner = page.getByRole('status').filter({ hasText: t.account.banner.text });
    await expect(banner).toBeVisible();
    await checkPage(page, `issue14-${lang}-04-unverified-banner`);

    await page.goto(await linkInMail(email, '/verify-email'));
    await expect(page.getByRole('status').filter({ hasText: t.account.verify.done })).toBeVisible();
    await expect(banner).toHaveCount(0);
    await checkPage(page, `issue14-${lang}-05-verified`);
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
}
