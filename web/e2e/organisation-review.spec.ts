import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, checkPage, exactly, fill, gql, kvkNumber, signIn, texts, uniqueWord, type Lang } from './support';

/**
 * Issue 11: staff review new organisations (reject with a reason, ask for information, each confirmed
 * in a dialog), the organisation reads the outcome on its home and keeps its own profile. Every page
 * is screenshot and checked with axe, in Dutch and in English.
 */
const PASSWORD = 'Wachtwoord-Sliedrecht-26';
const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** A newly registered organisation of its own, so no test touches another's. */
async function registerOrganisation(request: APIRequestContext, prefix: string) {
  const word = uniqueWord(prefix);
  const account = { email: `hr-${word}@example.nl`, password: PASSWORD };
  const name = `Techniekbedrijf ${word}`;
  await gql(request, 'mutation($i: RegisterCompanyInput!) { registerCompany(input: $i) { id } }', {
    i: { name, kvkNumber: kvkNumber(), municipalityId: 'zwijndrecht', sector: 'ENGINEERING', contactName: 'Fatima el Amrani', contactEmail: account.email, password: PASSWORD },
  });
  return { name, account };
}

async function expectFieldError(page: Page, label: string, text: string) {
  const control = page.getByLabel(exactly(label));
  await expect(control).toHaveAttribute('aria-invalid', 'true');
  await expect(control).toHaveAccessibleDescription(escape(text));
}

/** Staff open the review queue and the dialog for one organisation's Reject or Ask button. */
async function openReview(page: Page, lang: Lang, organisation: string, action: 'reject' | 'ask') {
  const t = texts[lang];
  await signIn(page, lang, DEMO.staff);
  await page.goto('/staff/organisations');
  const card = page.getByRole('article', { name: organisation });
  // The contact person is shown to staff so they can call before deciding.
  await expect(card.getByText('Fatima el Amrani', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: `${t.organisations[action]} ${organisation}` }).click();
  const dialog = page.getByRole('dialog', { name: fill(action === 'reject' ? t.confirm.rejectTitle : t.confirm.askTitle, { name: organisation }) });
  await expect(dialog).toBeVisible();
  return { card, dialog };
}

for (const lang of ['nl', 'en'] as const) {
  const t = texts[lang];

  test(`staff reject a new organisation with a reason, which the organisation reads on its home (${lang})`, async ({ browser, request }) => {
    const { name, account } = await registerOrganisation(request, 'afwijs');
    const reason = lang === 'nl' ? 'Uw vestiging ligt niet in de Drechtsteden.' : 'Your premises are not in the Drechtsteden.';
    const staff = await (await browser.newContext()).newPage();
    const { card, dialog } = await openReview(staff, lang, name, 'reject');
    const field = dialog.getByLabel(t.confirm.rejectReason);
    await expect(field).toBeFocused();
    await field.fill(reason);
    await checkPage(staff, `review-${lang}-01-reject-dialog`);
    await dialog.getByRole('button', { name: t.confirm.rejectYes }).click();
    await expect(staff.getByText(fill(t.organisations.rejected, { name }))).toBeVisible();
    // Rejected organisations keep status PENDING, but leave the queue (reviewStatus PENDING / INFORMATION_REQUESTED only).
    await expect(card).toHaveCount(0);
    await checkPage(staff, `review-${lang}-02-after-reject`);

    const organisation = await (await browser.newContext()).newPage();
    await signIn(organisation, lang, account);
    await expect(organisation.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(organisation.getByRole('status').filter({ hasText: t.companyHome.rejected })).toContainText(reason);
    await checkPage(organisation, `review-${lang}-03-rejected-home`);
  });

  test(`staff ask a new organisation for information; it answers by editing its profile (${lang})`, async ({ browser, request }) => {
    const { name, account } = await registerOrganisation(request, 'vraag');
    const question = lang === 'nl' ? 'Welke opleidingen begeleidt u, en waar is de werkplaats?' : 'Which programmes do you supervise, and where is the workshop?';
    const staff = await (await browser.newContext()).newPage();
    const { card, dialog } = await openReview(staff, lang, name, 'ask');
    await dialog.getByLabel(t.confirm.askMessage).fill(question);
    await checkPage(staff, `review-${lang}-04-ask-dialog`);
    await dialog.getByRole('button', { name: t.confirm.askYes }).click();
    await expect(staff.getByText(fill(t.organisations.asked, { name }))).toBeVisible();
    // Still waiting for staff's decision, now with the question beside it.
    await expect(card).toContainText(question);
    await checkPage(staff, `review-${lang}-05-after-ask`);

    const organisation = await (await browser.newContext()).newPage();
    await signIn(organisation, lang, account);
    await expect(organisation.getByRole('status').filter({ hasText: t.companyHome.informationRequested })).toContainText(question);
    await checkPage(organisation, `review-${lang}-06-information-requested-home`);
    await organisation.getByRole('link', { name: t.companyProfile.edit }).click();
    await expect(organisation.getByRole('heading', { level: 1, name: t.companyProfile.title })).toBeVisible();
    const answer = 'Werkplaats: Lindtsedijk 8, Zwijndrecht. HBO Werktuigbouwkunde en Elektrotechniek.';
    await organisation.getByLabel(exactly(t.fields.description)).fill(answer);
    await organisation.getByRole('button', { name: t.companyProfile.submit }).click();
    await expect(organisation.getByText(t.companyProfile.saved)).toBeVisible();
    await organisation.getByRole('link', { name: t.companyProfile.back }).click();
    // The edit answers the question: the review is PENDING again, and the home says so.
    await expect(organisation.getByText(t.companyHome.pending)).toBeVisible();
    await expect(organisation.getByText(t.companyHome.informationRequested)).toHaveCount(0);
    await expect(organisation.getByText(answer)).toBeVisible();
  });

  test(`the demo company edits its profile; an empty name and a bad website are named beside their fields (${lang})`, async ({ page }) => {
    await signIn(page, lang, DEMO.company);
    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.organisationProfile }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.companyProfile.title })).toBeVisible();
    const nameField = page.getByLabel(exactly(t.fields.organisationName));
    await expect(nameField).toHaveValue('Dordtse Scheepswerf');
    await checkPage(page, `review-${lang}-07-profile`);

    // Empty: the form's own required check, with the summary and focus on the field.
    await nameField.fill('   ');
    await page.getByRole('button', { name: t.companyProfile.submit }).click();
    await expectFieldError(page, t.fields.organisationName, t.reasons.REQUIRED);
    await expect(nameField).toBeFocused();
    await expect(page.locator('.error-summary').getByRole('link', { name: `${t.fields.organisationName}: ${t.reasons.REQUIRED}` })).toBeVisible();
    await checkPage(page, `review-${lang}-08-profile-empty-name`);

    // Not a full URL: the API refuses input.website (INVALID_FORMAT), shown beside the website field.
    await nameField.fill('Dordtse Scheepswerf');
    const website = page.getByLabel(exactly(t.fields.website));
    await website.fill('scheepswerf');
    await page.getByRole('button', { name: t.companyProfile.submit }).click();
    await expectFieldError(page, t.fields.website, t.reasons.INVALID_FORMAT);
    await expect(website).toBeFocused();
    await expect(page.getByLabel(exactly(t.fields.organisationName))).not.toHaveAttribute('aria-invalid', 'true');
    await checkPage(page, `review-${lang}-09-profile-bad-website`);

    // Both languages write the same values, so the two tests may run side by side.
    await website.fill('https://dordtse-scheepswerf.demo');
    await page.getByLabel(exactly(t.fields.contactPhone)).fill('078 612 3456');
    await page.getByRole('button', { name: t.companyProfile.submit }).click();
    await expect(page.getByRole('status').filter({ hasText: t.companyProfile.saved })).toBeVisible();
    await checkPage(page, `review-${lang}-10-profile-saved`);
    await page.reload();
    await expect(page.getByLabel(exactly(t.fields.contactPhone))).toHaveValue('078 612 3456');
    await expect(page.getByLabel(exactly(t.fields.website))).toHaveValue('https://dordtse-scheepswerf.demo');
  });
}
