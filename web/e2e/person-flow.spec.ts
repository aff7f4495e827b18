import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, checkPage, exactly, fill, kvkNumber, openIn, signIn, texts, today, uniqueWord, verifyInBrowser } from './support';

const daysAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The "done when": a company registers, staff approve it, the company posts, a student
 * finds it and applies, the company offers, the student accepts, the company starts the placement,
 * and staff see the count rise — each person in their own browser, in Dutch and in English.
 */
for (const lang of ['nl', 'en'] as const) {
  test(`the whole placement flow in the browser (${lang})`, async ({ browser }) => {
    // Eleven steps by three people, two of them verifying their address by mail: 1.5–2 minutes on two busy cores.
    test.slow();
    const t = texts[lang];
    const shot = (page: Page, name: string) => checkPage(page, `flow-${lang}-${name}`);
    const menu = (page: Page) => page.getByRole('navigation', { name: t.nav.label });
    const staff = await newPerson(browser);
    const company = await newPerson(browser);
    const student = await newPerson(browser);
    const word = uniqueWord(lang === 'nl' ? 'dokwerf' : 'dockyard');
    const organisation = `Werf ${word} BV`;
    const title = `Afstudeeropdracht ${word} planning`;
    const companyEmail = `hr-${word}@werf.nl`;
    const studentEmail = `${word}@student.nl`;
    const password = 'Wachtwoord-123';

    // Staff note where the count stands.
    await signIn(staff, lang, DEMO.staff);
    await expect(staff.getByRole('heading', { level: 1, name: t.dashboard.title })).toBeVisible();
    const countBefore = Number((await staff.getByTestId('goal-count').innerText()).replace(/\D/g, ''));
    await shot(staff, '01-staff-dashboard-before');

    // A company registers.
    await openIn(company, lang, '/');
    await shot(company, '02-home');
    await menu(company).getByRole('link', { name: t.nav.registerCompany }).click();
    await expect(company.getByRole('heading', { level: 1, name: t.registerCompany.title })).toBeVisible();
    await company.getByLabel(t.fields.organisationName).fill(organisation);
    await company.getByLabel(t.fields.kvk).fill(kvkNumber());
    await company.getByLabel(exactly(t.fields.municipality)).selectOption('dordrecht');
    await company.getByLabel(exactly(t.fields.sector)).selectOption('MARITIME');
    await company.getByLabel(t.fields.impactLabel).check();
    await company.getByLabel(t.fields.contactName).fill('Eva de Vries');
    await company.getByLabel(t.fields.contactEmail).fill(companyEmail);
    await company.getByLabel(exactly(t.fields.password)).fill(password);
    await shot(company, '03-register-company');
    await company.getByRole('button', { name: t.registerCompany.submit }).click();
    await expect(company.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
    await expect(company.getByText(t.companyHome.pending).first()).toBeVisible();
    await shot(company, '04-company-pending');
    // The contact opens the link in the mail: publishing waits for a verified address.
    await verifyInBrowser(company, lang, companyEmail);

    // Staff approve it.
    await menu(staff).getByRole('link', { name: t.nav.organisations }).click();
    const approve = staff.getByRole('button', { name: `${t.organisations.approve} ${organisation}` });
    await expect(approve).toBeVisible();
    await shot(staff, '05-staff-organisations');
    await approve.click();
    // A confirmation first, with the organisation's name.
    const approveDialog = staff.getByRole('dialog', { name: fill(t.confirm.approveTitle, { name: organisation }) });
    await expect(approveDialog).toBeVisible();
    await approveDialog.getByRole('button', { name: t.confirm.approveYes }).click();
    await expect(staff.getByText(fill(t.organisations.approved, { name: organisation }))).toBeVisible();

    // The company posts an assignment.
    await menu(company).getByRole('link', { name: t.nav.newAssignment }).click();
    await expect(company.getByRole('heading', { level: 1, name: t.editor.newTitle })).toBeVisible();
    await company.getByLabel(exactly(t.fields.title)).fill(title);
    await company.getByLabel(exactly(t.fields.description)).fill('Ontwerp een slimme planning voor de werf, met TypeScript en data uit het onderhoudssysteem.');
    await company.getByLabel(exactly(t.fields.type)).selectOption('GRADUATION');
    const required = company.getByRole('group', { name: t.editor.requiredSkills });
    await required.getByRole('combobox', { name: t.skills.add }).fill('typescr');
    await expect(required.getByRole('option', { name: /TypeScript/ })).toBeVisible();
    await required.getByRole('combobox', { name: t.skills.add }).press('ArrowDown');
    await required.getByRole('combobox', { name: t.skills.add }).press('Enter');
    await expect(required.getByLabel(fill(t.skills.levelOf, { skill: 'TypeScript' }))).toHaveValue('2');
    // A period that starts in a week: applications stay open, and the placement may start today
    // (a start may lie at most 31 days before the assignment's period).
    await company.getByLabel(t.fields.periodStart).fill(daysAfter(today(), 7));
    await company.getByLabel(t.fields.periodEnd).fill(daysAfter(today(), 150));
    await company.getByLabel(exactly(t.fields.places)).fill('2');
    await shot(company, '06-assignment-editor');
    await company.getByRole('button', { name: t.editor.saveAndPublish }).click();
    await expect(company.getByText(fill(t.editor.done.publish, { title }))).toBeVisible();
    await shot(company, '07-company-home');

    // A student registers, finds the assignment by searching as they type, and applies.
    await openIn(student, lang, '/register/student');
    await student.getByLabel(exactly(t.fields.name)).fill('Sam Jansen');
    await student.getByLabel(exactly(t.fields.email)).fill(studentEmail);
    await student.getByLabel(exactly(t.fields.password)).fill(password);
    await student.getByLabel(t.fields.institution).selectOption('hogeschool-rotterdam');
    await student.getByLabel(t.fields.programme).selectOption('hr-hbo-ict');
    await student.getByLabel(t.fields.studyYear).selectOption('3');
    const passport = student.getByRole('group', { name: t.skills.passport });
    await passport.getByRole('combobox', { name: t.skills.add }).fill('TypeScript');
    await expect(passport.getByRole('option', { name: /TypeScript/ })).toBeVisible();
    await passport.getByRole('combobox', { name: t.skills.add }).press('Enter');
    await passport.getByLabel(fill(t.skills.levelOf, { skill: 'TypeScript' })).selectOption('3');
    await student.getByLabel(t.fields.discoverable).check();
    await shot(student, '08-register-student');
    await student.getByRole('button', { name: t.registerStudent.submit }).click();
    await expect(student.getByRole('heading', { level: 1, name: t.profile.title })).toBeVisible();
    await shot(student, '09-student-profile');
    // Applying waits for a verified address: the student opens the link in the mail.
    await verifyInBrowser(student, lang, studentEmail);

    await menu(student).getByRole('link', { name: t.nav.search }).click();
    await student.getByLabel(t.search.label).pressSequentially(word, { delay: 30 });
    // Search as you type: the words reach the URL once typing pauses, and the hit shows them marked.
    await expect(student).toHaveURL(new RegExp(`[?&]q=${word}`));
    const hit = student.getByRole('link', { name: title });
    await expect(async () => {
      if (!(await hit.locator('mark').count())) await student.reload();
      await expect(hit.locator('mark')).toHaveText(word, { timeout: 2000 });
    }).toPass({ timeout: 20_000 });
    await expect(student.getByRole('status').filter({ hasText: fill(t.search.count_one, { count: 1 }) })).toBeVisible();
    await shot(student, '10-search');
    await hit.click();
    await expect(student.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(student.getByRole('heading', { level: 3, name: t.fit.title })).toBeVisible();
    await student.getByLabel(t.apply.motivation).fill('Ik wil graag aan de planning van de werf werken en de regio leren kennen.');
    await shot(student, '11-assignment-apply');
    await student.getByRole('button', { name: t.apply.submit }).click();
    await expect(student.getByText(t.apply.done)).toBeVisible();

    // The company offers the student a place.
    await company.getByRole('link', { name: `${t.company.applicants} — ${title}` }).click();
    await expect(company.getByRole('heading', { level: 2, name: 'Sam Jansen' })).toBeVisible();
    await company.getByLabel(exactly(t.applicants.nextStep)).selectOption('OFFERED');
    await company.getByLabel(exactly(t.applicants.note)).fill(lang === 'nl' ? 'Welkom aan boord!' : 'Welcome aboard!');
    await shot(company, '12-applicants');
    await company.getByRole('button', { name: t.applicants.saveStep }).click();
    await expect(company.getByText(t.enums.applicationStatus.OFFERED).first()).toBeVisible();

    // The student accepts.
    await menu(student).getByRole('link', { name: t.nav.myApplications }).click();
    await expect(student.getByText(t.myApplications.offerText)).toBeVisible();
    await shot(student, '13-my-applications-offer');
    await student.getByRole('button', { name: t.myApplications.accept }).click();
    await student.getByRole('dialog', { name: fill(t.confirm.acceptTitle, { title }) }).getByRole('button', { name: t.confirm.acceptYes }).click();
    await expect(student.getByText(fill(t.myApplications.done.ACCEPT, { title }))).toBeVisible();
    await student.getByText(t.myApplications.timeline).first().click();
    await expect(student.getByRole('list', { name: fill(t.myApplications.timelineOf, { title }) }).getByRole('listitem')).toHaveCount(3);
    await shot(student, '14-my-applications-accepted');

    // The company starts the placement today.
    await company.reload();
    await expect(company.getByLabel(exactly(t.applicants.startDate))).toHaveValue(today());
    await company.getByRole('button', { name: t.applicants.start }).click();
    await expect(company.getByText(fill(t.applicants.started, { name: 'Sam Jansen' }))).toBeVisible();
    await expect(company.getByText(t.applicants.countsTowardGoal)).toBeVisible();
    await shot(company, '15-placement-started');

    // Staff see the count rise.
    await menu(staff).getByRole('link', { name: t.nav.goal }).click();
    await expect(async () => {
      await staff.reload();
      await expect(staff.getByTestId('goal-count')).toHaveText(String(countBefore + 1).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ','), { timeout: 2000 });
    }).toPass({ timeout: 20_000 });
    await shot(staff, '16-staff-dashboard-after');
  });
}

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}
