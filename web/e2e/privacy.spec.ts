import { expect, test } from '@playwright/test';
import { RETENTION } from '@cb/contracts/src/rules/retention';
import { DEMO, checkPage, fill, openIn, signIn, texts } from './support';

/**
 * Issue 14, "My data (AVG)": the privacy page says what is kept, why, for how long (the retention
 * rule's own numbers) and whom to ask; it is linked from the footer of every page, the registration
 * forms and the account page. In Dutch and English, screenshot and axe-checked (colour contrast of
 * the footer link included).
 */
for (const lang of ['nl', 'en'] as const) {
  const t = texts[lang];

  test(`the privacy page says what is kept, why and for how long (${lang})`, async ({ page }) => {
    await openIn(page, lang, '/');
    await page.getByRole('contentinfo').getByRole('link', { name: t.privacy.link }).click();
    await expect(page).toHaveURL(/\/privacy/);
    await expect(page.getByRole('heading', { level: 1, name: t.privacy.title })).toBeVisible();
    const main = page.getByRole('main');
    for (const item of Object.values(t.privacy.kept)) await expect(main.getByText(item)).toBeVisible();
    await expect(main.getByText(fill(t.privacy.howLong.unverified, { days: RETENTION.unverifiedAccountDays }))).toBeVisible();
    await expect(main.getByText(fill(t.privacy.howLong.motivations, { years: RETENTION.closedMotivationYears }))).toBeVisible();
    await expect(main.getByText(t.privacy.howLong.counts)).toBeVisible();
    // The contact is configured (VITE_PRIVACY_CONTACT): whatever it is, the link mails that address.
    const contact = main.getByRole('link', { name: /@/ });
    await expect(contact).toHaveAttribute('href', `mailto:${await contact.textContent()}`);
    await expect(main.getByRole('link', { name: t.privacy.toAccount })).toHaveAttribute('href', '/account');
    await checkPage(page, `issue14-${lang}-privacy`);
  });

  test(`the registration forms and the account page link to the privacy page (${lang})`, async ({ page }) => {
    for (const path of ['/register/student', '/register/company']) {
      await openIn(page, lang, path);
      await page.getByRole('main').getByRole('link', { name: t.privacy.note }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.privacy.title })).toBeVisible();
    }
    await signIn(page, lang, DEMO.student);
    await openIn(page, lang, '/account');
    await checkPage(page, `issue14-${lang}-account-privacy-link`);
    await page.getByRole('main').getByRole('link', { name: t.privacy.note }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.privacy.title })).toBeVisible();
  });
}
