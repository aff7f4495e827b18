import { expect, test, type Page } from '@playwright/test';
import { DEMO, apiSignIn, checkPage, exactly, fill, gql, kvkNumber, openIn, publishVia, signIn, texts, uniqueWord } from './support';

/**
 * Issue 11's web parts: every refusal in the page's language beside its field (summary on top,
 * focus on the first refused field), confirmations before steps that cannot be undone, and the
 * compact menu on a phone. Each state is screenshot and checked with axe, in Dutch and English.
 */
const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

async function expectFieldError(page: Page, label: string, text: string) {
  const control = page.getByLabel(exactly(label));
  await expect(control).toHaveAttribute('aria-invalid', 'true');
  await expect(control).toHaveAccessibleDescription(escape(text));
}

for (const lang of ['nl', 'en'] as const) {
  const t = texts[lang];

  test(`the empty assignment form says at every required field what to do, with a summary and focus (${lang})`, async ({ page }) => {
    await signIn(page, lang, DEMO.company);
    await page.goto('/company/assignments/new');
    await expect(page.getByLabel(exactly(t.fields.title))).toBeVisible();
    await page.getByRole('button', { name: t.editor.saveDraft }).click();

    const summary = page.locator('.error-summary');
    await expect(summary).toBeVisible();
    // Title, description, start and end date are empty in a new form (the rest has defaults).
    await expect(summary.getByRole('link')).toHaveCount(4);
    await expect(summary.getByRole('link', { name: `${t.fields.title}: ${t.reasons.REQUIRED}` })).toBeVisible();
    for (const label of [t.fields.title, t.fields.description, t.fields.periodStart, t.fields.periodEnd]) {
      await expectFieldError(page, label, t.reasons.REQUIRED);
    }
    await expect(page.getByLabel(exactly(t.fields.title))).toBeFocused();
    // A link in the summary takes focus to its field.
    await summary.getByRole('link', { name: new RegExp(`^${t.fields.periodEnd}`) }).click();
    await expect(page.getByLabel(exactly(t.fields.periodEnd))).toBeFocused();
    // Nothing in English on the Dutch page, and no "something went wrong on our side".
    await expect(page.getByRole('alert').filter({ hasText: t.errors.INTERNAL_SERVER_ERROR.title })).toHaveCount(0);
    await checkPage(page, `issue11-${lang}-01-empty-assignment-form`);
  });

  test(`a too-short title is refused by the API and shown at the title field with its limit (${lang})`, async ({ page }) => {
    const year = new Date().getFullYear() + 1;
    await signIn(page, lang, DEMO.company);
    await page.goto('/company/assignments/new');
    await page.getByLabel(exactly(t.fields.title)).fill('Ab');
    await page.getByLabel(exactly(t.fields.description)).fill('Meehelpen met het ontwerp van een nieuw casco voor de binnenvaart.');
    await page.getByLabel(exactly(t.fields.periodStart)).fill(`${year}-09-01`);
    await page.getByLabel(exactly(t.fields.periodEnd)).fill(`${year}-12-18`);
    await page.getByRole('button', { name: t.editor.saveDraft }).click();

    const tooShort = fill(t.limits.TOO_SHORT, { min: 3 });
    await expectFieldError(page, t.fields.title, tooShort);
    await expect(page.getByLabel(exactly(t.fields.title))).toBeFocused();
    await expect(page.locator('.error-summary').getByRole('link')).toHaveCount(1);
    await expect(page.locator('.error-summary')).toContainText(`${t.fields.title}: ${tooShort}`);
    // The API's English summary ("Please fix: input.title …") is never shown.
    await expect(page.getByText(/Please fix|input\.title/)).toHaveCount(0);
    await checkPage(page, `issue11-${lang}-01b-title-too-short`);
  });

  test(`a duplicate e-mail on registration is named at the e-mail field and in the summary (${lang})`, async ({ page }) => {
    await openIn(page, lang, '/register/student');
    await page.getByLabel(exactly(t.fields.name)).fill('Noor Bakker');
    await page.getByLabel(exactly(t.fields.email)).fill(DEMO.student.email);
    await page.getByLabel(exactly(t.fields.password)).fill('Zeilboot-Merwede-2026');
    await page.getByLabel(t.fields.institution).selectOption('hogeschool-rotterdam');
    await page.getByLabel(t.fields.programme).selectOption('hr-hbo-ict');
    await page.getByRole('button', { name: t.registerStudent.submit }).click();

    await expectFieldError(page, t.fields.email, t.reasons.EMAIL_IN_USE);
    await expect(page.getByLabel(exactly(t.fields.email))).toBeFocused();
    await expect(page.locator('.error-summary').getByRole('link', { name: `${t.fields.email}: ${t.reasons.EMAIL_IN_USE}` })).toBeVisible();
    // The refusal is about the field, so no general "things have changed" box beside it.
    await expect(page.getByRole('alert').filter({ hasText: t.errors.CONFLICT.title })).toHaveCount(0);
    await checkPage(page, `issue11-${lang}-02-email-in-use`);
  });

  test(`approving an organisation asks first, and cancelling changes nothing (${lang})`, async ({ page, request }) => {
    const word = uniqueWord('keur');
    const organisation = `Installatiebedrijf ${word}`;
    await gql(request, 'mutation($i: RegisterCompanyInput!) { registerCompany(input: $i) { id } }', {
      i: { name: organisation, kvkNumber: kvkNumber(), municipalityId: 'sliedrecht', sector: 'ENGINEERING', contactName: 'Bram', contactEmail: `hr-${word}@x.nl`, password: 'Wachtwoord-Sliedrecht-26' },
    });
    await signIn(page, lang, DEMO.staff);
    await page.goto('/staff/organisations');
    const approve = page.getByRole('button', { name: `${t.organisations.approve} ${organisation}` });
    await approve.click();
    const dialog = page.getByRole('dialog', { name: fill(t.confirm.approveTitle, { name: organisation }) });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: t.confirm.approveYes })).toBeFocused();
    await checkPage(page, `issue11-${lang}-03-confirm-approve`);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(approve).toBeFocused();
    await expect(approve).toBeVisible();

    await approve.click();
    await dialog.getByRole('button', { name: t.confirm.approveYes }).click();
    await expect(page.getByText(fill(t.organisations.approved, { name: organisation }))).toBeVisible();
    await expect(approve).toHaveCount(0);
  });

  test(`closing an assignment and accepting an offer ask first (${lang})`, async ({ browser, request }) => {
    // The company: a published assignment of its own, so closing it touches no shared demo data.
    const word = uniqueWord('sluit');
    const companyToken = await apiSignIn(request, DEMO.company);
    const title = `Lasrobot ${word}`;
    const assignmentId = await publishVia(request, companyToken, { title, description: 'Een lasrobot programmeren voor de nieuwbouw van een binnenvaartschip.', type: 'PROJECT', hoursPerWeek: 24 });

    const company = await (await browser.newContext()).newPage();
    await signIn(company, lang, DEMO.company);
    await company.goto(`/company/assignments/${assignmentId}/edit`);
    await company.getByRole('button', { name: t.editor.close }).click();
    const closeDialog = company.getByRole('dialog', { name: fill(t.confirm.closeTitle, { title }) });
    await expect(closeDialog).toBeVisible();
    await expect(closeDialog).toContainText(t.confirm.closeText);
    await checkPage(company, `issue11-${lang}-04-confirm-close`);
    await closeDialog.getByRole('button', { name: t.common.cancel }).click();
    await expect(closeDialog).toBeHidden();
    await company.getByRole('button', { name: t.editor.close }).click();
    await closeDialog.getByRole('button', { name: t.confirm.closeYes }).click();
    await expect(company.getByText(fill(t.editor.done.close, { title }))).toBeVisible();

    // The demo student's offer: the dialog explains what accepting does; cancel leaves the offer open.
    const student = await (await browser.newContext()).newPage();
    await signIn(student, lang, DEMO.student);
    await student.goto('/student/applications');
    const accept = student.getByRole('button', { name: t.myApplications.accept }).first();
    await accept.click();
    const acceptDialog = student.getByRole('dialog');
    await expect(acceptDialog).toContainText(t.confirm.acceptText);
    await expect(acceptDialog.getByRole('button', { name: t.confirm.acceptYes })).toBeFocused();
    await checkPage(student, `issue11-${lang}-05-confirm-accept`);
    await acceptDialog.getByRole('button', { name: t.common.cancel }).click();
    await expect(acceptDialog).toBeHidden();
    await expect(accept).toBeFocused();
    // Declining asks too; Escape cancels.
    await student.getByRole('button', { name: t.myApplications.decline }).first().click();
    const declineDialog = student.getByRole('dialog', { name: t.myApplications.confirm.DECLINED });
    await expect(declineDialog.getByRole('button', { name: t.myApplications.confirmYes.DECLINED })).toBeFocused();
    await student.keyboard.press('Escape');
    await expect(declineDialog).toBeHidden();
    await expect(accept).toBeVisible();
  });
}

test.describe('on a 390 px wide phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const lang of ['nl', 'en'] as const) {
    test(`the menu folds behind one button and the page starts at the top (${lang})`, async ({ page }) => {
      const t = texts[lang];
      await signIn(page, lang, DEMO.student);
      await page.goto('/student/profile');
      const heading = page.getByRole('heading', { level: 1, name: t.profile.title });
      await expect(heading).toBeInViewport();
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(844 / 3);
      const button = page.getByRole('button', { name: t.nav.menu });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('link', { name: t.nav.myApplications })).toBeHidden();
      await checkPage(page, `issue11-${lang}-06-phone-menu-closed`);

      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await checkPage(page, `issue11-${lang}-07-phone-menu-open`);
      await page.getByRole('link', { name: t.nav.myApplications }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.myApplications.title })).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });
  }
});
