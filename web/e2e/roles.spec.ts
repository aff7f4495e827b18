import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO, apiSignIn, checkPage, eventually, exactly, fill, gql, kvkNumber, openIn, publishVia, registerStudentVia, signIn, texts, uniqueWord, verifyByMail } from './support';

/** Each role's main pages with the seeded demo data, in one language or the other. */

const menu = (page: Page, lang: 'nl' | 'en') => page.getByRole('navigation', { name: texts[lang].nav.label });

test('student: recommendations with reasons, skills passport, search with facets, assignment, applications (nl)', async ({ page }) => {
  const t = texts.nl;
  await signIn(page, 'nl', DEMO.student);
  await expect(page.getByRole('heading', { level: 1, name: fill(t.studentHome.title, { name: 'Sanne de Jong' }) })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: t.studentHome.recommended })).toBeVisible();
  await expect(page.getByRole('list', { name: t.match.reasons }).first()).toBeVisible();
  await expect(page.getByText(fill(t.studentHome.offers_one, { count: 1 }))).toBeVisible();
  await checkPage(page, 'student-nl-01-home');

  // Skills passport: find a skill by its English name, with the keyboard only.
  await menu(page, 'nl').getByRole('link', { name: t.nav.profile }).click();
  const passport = page.getByRole('group', { name: t.skills.passport });
  const combobox = passport.getByRole('combobox', { name: t.skills.add });
  await combobox.fill('wound');
  await expect(passport.getByRole('option', { name: /Wondzorg/ })).toBeVisible();
  await combobox.press('ArrowDown');
  await expect(combobox).toHaveAttribute('aria-activedescendant', /opt-0$/);
  await combobox.press('Enter');
  await passport.getByLabel(fill(t.skills.levelOf, { skill: 'Wondzorg' })).selectOption('2');
  await checkPage(page, 'student-nl-02-profile');
  await page.getByRole('button', { name: t.common.save, exact: true }).click();
  await expect(page.getByText(t.profile.saved)).toBeVisible();

  // Search with facets, as you type.
  await menu(page, 'nl').getByRole('link', { name: t.nav.search }).click();
  await page.getByLabel(t.search.label).pressSequentially('zorg', { delay: 40 });
  await expect(page).toHaveURL(/q=zorg/);
  await expect(page.locator('.result-list')).toHaveAttribute('aria-busy', 'false');
  const count = page.getByRole('status').filter({ hasText: /gevonden/ });
  await expect(count).toBeVisible();
  const before = await count.innerText();
  await page.getByRole('group', { name: t.search.facet.type }).getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/type=/);
  await expect(count).not.toHaveText(before);
  await checkPage(page, 'student-nl-03-search-facets');
  await page.getByRole('region', { name: t.search.results }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: t.assignment.facts })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: t.fit.title })).toBeVisible();
  await checkPage(page, 'student-nl-04-assignment');

  // My applications: the offer waiting for an answer, with its timeline.
  await menu(page, 'nl').getByRole('link', { name: t.nav.myApplications }).click();
  await expect(page.getByRole('button', { name: t.myApplications.accept })).toBeVisible();
  await page.getByText(t.myApplications.timeline).first().click();
  await checkPage(page, 'student-nl-05-applications');
});

test('company: assignments, editor, applicants ranked by fit with a status move (en)', async ({ page }) => {
  const t = texts.en;
  await signIn(page, 'en', DEMO.company);
  await expect(page.getByRole('heading', { level: 1, name: 'Dordtse Scheepswerf' })).toBeVisible();
  await checkPage(page, 'company-en-01-home');
  await page.getByRole('link', { name: `${t.company.applicants} — Walstroom in de haven van Dordrecht (project)` }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Walstroom/ })).toBeVisible();
  const ranked = page.locator('ol.ranked > li');
  await expect(ranked.first()).toBeVisible();
  await expect(page.getByRole('list', { name: t.match.reasons }).first()).toBeVisible();
  await checkPage(page, 'company-en-02-applicants');
  // Revoking an offer needs a note: the form says so and the API insists. The seed makes the demo
  // student an offer on the demo company's ICT internship (gateway/src/demo/plan.ts).
  await page.goto('/company');
  await page.getByRole('link', { name: `${t.company.applicants} — Data-dashboard voor onderhoud (stage)` }).click();
  const offered = page.locator('ol.ranked > li').filter({ hasText: 'Sanne de Jong' });
  await expect(offered.locator('.badge').first()).toHaveText(t.enums.applicationStatus.OFFERED);
  await offered.getByLabel(exactly(t.applicants.nextStep)).selectOption('REJECTED');
  await expect(offered.getByText(t.applicants.noteRequired)).toBeVisible();
  await page.goto('/company');
  await page.getByRole('link', { name: /^Edit — / }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: t.editor.editTitle })).toBeVisible();
  await checkPage(page, 'company-en-03-editor');
});

test('staff: goal dashboard with pace, forecast and charts; target; CSV; academic year (nl)', async ({ page }) => {
  const t = texts.nl;
  await signIn(page, 'nl', DEMO.staff);
  await expect(page.getByTestId('pace')).toHaveText(/schema/);
  await expect(page.getByTestId('forecast')).toBeVisible();
  await expect(page.getByTestId('forecast-error')).toBeVisible();
  await page.getByText(t.dashboard.howComputed).click();
  await expect(page.getByText(t.dashboard.howLow)).toBeVisible();
  await expect(page.getByTestId('funnel-not-count')).toHaveText(t.dashboard.funnelNotCount);
  for (const chart of [t.dashboard.monthly, t.dashboard.bySector, t.dashboard.byMunicipality, t.dashboard.byInstitution, t.dashboard.byType, t.dashboard.funnel]) {
    await expect(page.getByRole('figure', { name: chart })).toBeVisible();
  }
  await page.getByText(fill(t.dashboard.asTable, { title: t.dashboard.bySector })).click();
  await expect(page.getByRole('figure', { name: t.dashboard.bySector }).getByRole('table')).toBeVisible();
  await checkPage(page, 'staff-nl-01-dashboard');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.dashboard.csv }).click();
  const file = await download;
  const year = new Date().getFullYear();
  expect(file.suggestedFilename()).toBe(`career-boost-voortgang-${year}.csv`);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(';');

  // Next year's target (the seeded default ramp applies until staff set one).
  await page.getByLabel(t.dashboard.year, { exact: true }).selectOption(String(year + 1));
  await expect(page.getByRole('heading', { level: 2, name: fill(t.dashboard.setTarget, { year: year + 1 }) })).toBeVisible();
  await page.getByLabel(t.dashboard.targetLabel).fill('1234');
  await page.getByRole('button', { name: t.dashboard.saveTarget }).click();
  await expect(page.getByText(fill(t.dashboard.targetSaved, { year: year + 1, target: 1234 }))).toBeVisible();
  await expect(page.locator('.big-number .of')).toContainText('1.234');
  await expect(page.getByTestId('target-history')).toContainText('1.234');
  await page.getByRole('button', { name: t.dashboard.resetTarget }).click();
  await expect(page.getByText(fill(t.dashboard.targetWasReset, { year: year + 1 }))).toBeVisible();
  await expect(page.getByRole('button', { name: t.dashboard.resetTarget })).toBeDisabled();

  await page.getByLabel(t.dashboard.period.ACADEMIC).check();
  await expect(page.getByRole('heading', { level: 2, name: /Voortgang \d{4}–\d{4}/ })).toBeVisible();
  await menu(page, 'nl').getByRole('link', { name: t.nav.organisations }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.organisations.title })).toBeVisible();
  await checkPage(page, 'staff-nl-02-organisations');
});

test('staff: the placements behind the number, in a table and as CSV (en)', async ({ page }) => {
  const t = texts.en;
  await signIn(page, 'en', DEMO.staff);
  const countBefore = Number(await page.getByTestId('goal-count').innerText());
  await page.getByRole('link', { name: t.dashboard.showPlacements }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.audit.title })).toBeVisible();
  const year = new Date().getFullYear();
  const summary = page.getByRole('heading', { level: 2, name: new RegExp(`^${year}: \\d+ counted`) });
  await expect(summary).toBeVisible();
  const counted = Number(/: (\d+) counted/.exec(await summary.innerText())![1]);
  await expect(page.getByRole('table').getByRole('columnheader', { name: t.audit.columns.reason })).toBeVisible();
  await checkPage(page, 'staff-en-03-audit');
  await page.getByLabel(t.audit.show, { exact: true }).selectOption('COUNTED');
  await expect(page.getByRole('table').getByRole('row').nth(1).getByRole('cell').nth(7)).toHaveText(t.audit.yes);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t.audit.csv }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`career-boost-placements-${year}.csv`);
  expect(readFileSync(await file.path(), 'utf8')).toMatch(/^\uFEFFPlacement,Student,/);

  // The list makes the dashboard's number. The person-flow test, in the other worker on the same
  // marketplace, may start a placement meanwhile, so the number is compared with the dashboard's
  // before and after (a start only adds).
  await menu(page, 'en').getByRole('link', { name: t.nav.goal }).click();
  const countAfter = Number(await page.getByTestId('goal-count').innerText());
  expect(counted).toBeGreaterThanOrEqual(countBefore);
  expect(counted).toBeLessThanOrEqual(countAfter);
});

test('every API error has a clear message (en)', async ({ page, request }) => {
  const t = texts.en;
  // BAD_USER_INPUT: the API's message is shown.
  await openIn(page, 'en', '/signin');
  await page.getByLabel(t.fields.email).fill(DEMO.student.email);
  await page.getByLabel(t.fields.password).fill('not-the-password');
  await page.getByRole('button', { name: t.signIn.submit }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(t.errors.BAD_USER_INPUT.title);
  await expect(alert).toContainText('password is not right');
  await checkPage(page, 'errors-en-01-bad-input');

  // Signed out: a student page sends to sign-in and back again afterwards.
  await page.goto('/student/applications');
  await expect(page.getByRole('heading', { level: 1, name: t.signIn.title })).toBeVisible();
  await page.getByLabel(t.fields.email).fill(DEMO.student.email);
  await page.getByLabel(t.fields.password).fill(DEMO.student.password);
  await page.getByRole('button', { name: t.signIn.submit }).click();
  await expect(page).toHaveURL(/\/student\/applications$/);

  // A session the API no longer accepts: back to sign-in, with the reason.
  await page.evaluate(() => localStorage.setItem('cb.token', 'expired.or.forged'));
  await page.goto('/student');
  await expect(page.getByText(t.signIn.expired)).toBeVisible();
  await checkPage(page, 'errors-en-02-session-expired');

  // NOT_FOUND.
  await page.goto('/assignments/asg_does-not-exist');
  await expect(page.getByRole('heading', { level: 1, name: t.errors.NOT_FOUND.title })).toBeVisible();

  // FORBIDDEN from the API: a company asks for another company's applicants.
  const staffToken = await apiSignIn(request, DEMO.staff);
  const other = await gql(request, '{ searchAssignments(query: "zorg", pageSize: 1) { hits { assignment { id company { name } } } } }');
  const otherId = other.searchAssignments.hits[0].assignment.id as string;
  await signIn(page, 'en', DEMO.company);
  await page.goto(`/company/assignments/${otherId}/applicants`);
  await expect(page.getByRole('alert')).toContainText(t.errors.FORBIDDEN.title);
  await checkPage(page, 'errors-en-03-forbidden');
  // FORBIDDEN in the app: a page for another role.
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1, name: t.errors.FORBIDDEN.title })).toBeVisible();

  // CONFLICT: two offers out for one place; the second student to accept is told it is full.
  const word = uniqueWord('full');
  const password = 'Wachtwoord-123';
  const { registerCompany } = await gql(request, 'mutation($i: RegisterCompanyInput!) { registerCompany(input: $i) { id } }', {
    i: { name: `Eenplek ${word}`, kvkNumber: kvkNumber(), municipalityId: 'papendrecht', sector: 'ICT', contactName: 'Ed', contactEmail: `hr-${word}@x.nl`, password },
  });
  await gql(request, 'mutation($id: ID!) { approveCompany(id: $id) { id } }', { id: registerCompany.id }, staffToken);
  await verifyByMail(request, `hr-${word}@x.nl`);
  const companyToken = await apiSignIn(request, { email: `hr-${word}@x.nl`, password });
  const assignmentId = await publishVia(request, companyToken, {
    title: `Eén plek ${word}`,
    description: 'Een opdracht met precies één plek voor de test.',
    type: 'PROJECT',
    periodStart: '2027-02-01',
    periodEnd: '2027-06-30',
  });
  const students = [];
  for (const n of [1, 2]) {
    const email = `s${n}-${word}@student.nl`;
    await registerStudentVia(request, { name: `Student ${n}`, email, password });
    const token = await apiSignIn(request, { email, password });
    const { apply } = await eventually(() => gql(request, 'mutation($a: ID!) { apply(assignmentId: $a, motivation: "Graag!") { id } }', { a: assignmentId }, token));
    await gql(request, 'mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { id } }', { id: apply.id }, companyToken);
    students.push({ email, token, applicationId: apply.id as string });
  }
  await gql(request, 'mutation($id: ID!) { acceptOffer(applicationId: $id) { id } }', { id: students[0].applicationId }, students[0].token);
  await page.getByRole('button', { name: t.nav.signOut }).click();
  await signIn(page, 'en', { email: students[1].email, password });
  await menu(page, 'en').getByRole('link', { name: t.nav.myApplications }).click();
  await page.getByRole('button', { name: t.myApplications.accept }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: t.confirm.acceptYes }).click();
  await expect(dialog.getByRole('alert')).toContainText(t.errors.CONFLICT.title);
  // Said by the reason (ASSIGNMENT_FULL), in the app's own words, not the API's message.
  await expect(dialog.getByRole('alert')).toHaveAttribute('data-reason', 'ASSIGNMENT_FULL');
  await expect(dialog.getByRole('alert')).toContainText(t.reasons.ASSIGNMENT_FULL);
  await checkPage(page, 'errors-en-04-conflict-full');
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('home, search, assignment and sign-in fit the screen (nl)', async ({ page }) => {
    const t = texts.nl;
    const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await openIn(page, 'nl', '/');
    await fits();
    await checkPage(page, 'phone-nl-01-home');
    await page.getByRole('searchbox', { name: t.home.searchLabel }).fill('techniek');
    await page.getByRole('button', { name: t.home.searchButton }).click();
    await expect(page.getByRole('status').filter({ hasText: /gevonden/ })).toBeVisible();
    await fits();
    await checkPage(page, 'phone-nl-02-search');
    await page.getByRole('region', { name: t.search.results }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: t.assignment.facts })).toBeVisible();
    await fits();
    await checkPage(page, 'phone-nl-03-assignment');
    await signIn(page, 'nl', DEMO.staff);
    await fits();
    await checkPage(page, 'phone-nl-04-dashboard');
  });
});

test('keyboard: skip link, visible focus and the language switch (en → nl)', async ({ page }) => {
  await openIn(page, 'en', '/assignments');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: texts.en.app.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  const lang = page.getByTestId('language-switch');
  await lang.focus();
  const outline = await lang.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: texts.nl.search.title })).toBeVisible();
});

for (const lang of ['nl', 'en'] as const) {
  test(`registration says at the field that an address is in use or a password too weak (${lang})`, async ({ page }) => {
    const t = texts[lang];
    await openIn(page, lang, '/register/student');
    await page.getByLabel(exactly(t.fields.name)).fill('Mila Visser');
    await page.getByLabel(exactly(t.fields.email)).fill(DEMO.staff.email.toUpperCase());
    await page.getByLabel(exactly(t.fields.password)).fill('Zeilboot-Merwede-2026');
    await page.getByLabel(t.fields.institution).selectOption('hogeschool-rotterdam');
    await page.getByLabel(t.fields.programme).selectOption('hr-hbo-ict');
    await page.getByLabel(t.fields.studyYear).selectOption('3');
    await page.getByRole('button', { name: t.registerStudent.submit }).click();
    const email = page.getByLabel(exactly(t.fields.email));
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(new RegExp(t.reasons.EMAIL_IN_USE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await checkPage(page, `register-${lang}-email-in-use`);

    await email.fill(`mila-${uniqueWord('adres')}@student.nl`);
    await page.getByLabel(exactly(t.fields.password)).fill('password12');
    await page.getByRole('button', { name: t.registerStudent.submit }).click();
    await expect(page.getByLabel(exactly(t.fields.password))).toHaveAccessibleDescription(new RegExp(t.reasons.PASSWORD_TOO_WEAK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
}
