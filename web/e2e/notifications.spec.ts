import { expect, test } from '@playwright/test';
import { DEMO, apiSignIn, checkPage, eventually, fill, gql, publishVia, registerStudentVia, signIn, texts, uniqueWord } from './support';

/**
 * Issue 14, the inbox on the page: a company offers a place → the student's header says
 * "Meldingen (1)", the inbox lists the offer, its link opens the applications, and marking it read
 * empties the badge; the mail choice per kind is saved on the same page. In Dutch and English, screenshot and axe-checked.
 */
const PASSWORD = 'Een-lange-zin-voor-de-meldingen-2026';

for (const lang of ['nl', 'en'] as const) {
  const t = texts[lang];

  test(`an offer reaches the student's inbox, its link opens the application, marking it read clears the badge (${lang})`, async ({ browser, request }) => {
    const word = uniqueWord('melding');
    const companyToken = await apiSignIn(request, DEMO.company);
    const title = `Stage meldingen ${word}`;
    const assignmentId = await publishVia(request, companyToken, { title });
    const email = `melding-${word}@student.nl`;
    await registerStudentVia(request, { name: `Student ${word}`, email, password: PASSWORD });
    const studentToken = await apiSignIn(request, { email, password: PASSWORD });
    const applicationId = (
      await eventually(() => gql(request, 'mutation($a: ID!) { apply(assignmentId: $a, motivation: "Graag!") { id } }', { a: assignmentId }, studentToken))
    ).apply.id as string;

    const student = await (await browser.newContext()).newPage();
    await signIn(student, lang, { email, password: PASSWORD });
    const inboxLink = student.getByRole('link', { name: t.inbox.linkLabelNone, includeHidden: true });
    await expect(inboxLink).toBeAttached();

    // The company makes the offer; the badge learns of it on the student's next navigation.
    await gql(request, 'mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { id } }', { id: applicationId }, companyToken);
    const withOne = student.getByRole('link', { name: fill(t.inbox.linkLabel, { count: 1 }), includeHidden: true });
    await expect(async () => {
      await student.goto('/student');
      await expect(withOne).toBeAttached({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(withOne).toHaveText(`${t.inbox.link} (1)`);
    await checkPage(student, `notifications-${lang}-01-badge`);

    await student.goto('/notifications');
    await expect(student.getByRole('heading', { level: 1, name: t.inbox.title })).toBeVisible();
    const entry = student.getByRole('article').filter({ hasText: title });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByText(t.inbox.new)).toBeVisible();
    await checkPage(student, `notifications-${lang}-02-inbox`);

    // Its link opens the object: the application with its offer.
    await entry.getByRole('link').click();
    await expect(student).toHaveURL(/\/student\/applications$/);
    await expect(student.getByRole('article', { name: title }).getByRole('button', { name: t.myApplications.accept })).toBeVisible();

    await student.goto('/notifications');
    const heading = (await entry.getByRole('link').textContent()) ?? '';
    expect(heading).toContain(title);
    await entry.getByRole('button', { name: new RegExp(`^${t.inbox.markRead}`) }).click();
    await expect(student.getByText(fill(t.inbox.marked, { title: heading }))).toBeVisible();
    await expect(entry.getByText(t.inbox.new)).toHaveCount(0);
    await expect(student.getByRole('link', { name: t.inbox.linkLabelNone, includeHidden: true })).toBeAttached();
    await checkPage(student, `notifications-${lang}-03-read`);

    // The mail choice per kind: saved on change, kept after a reload, the inbox untouched.
    const offers = student.getByLabel(t.enums.notificationKind.OFFER_MADE);
    await expect(offers).toHaveValue('IMMEDIATELY');
    await offers.selectOption('DAILY_DIGEST');
    await expect(student.getByText(fill(t.inbox.preferences.saved, { kind: t.enums.notificationKind.OFFER_MADE, delivery: t.enums.mailDelivery.DAILY_DIGEST }))).toBeVisible();
    await student.reload();
    await expect(student.getByLabel(t.enums.notificationKind.OFFER_MADE)).toHaveValue('DAILY_DIGEST');
    await expect(entry).toHaveCount(1);
    await checkPage(student, `notifications-${lang}-04-mail-preferences`);
  });

  test(`a student saves a search on the search page, sees it on the inbox page and deletes it (${lang})`, async ({ browser, request }) => {
    const word = uniqueWord('zoek');
    const email = `zoek-${word}@student.nl`;
    await registerStudentVia(request, { name: `Student ${word}`, email, password: PASSWORD });
    const student = await (await browser.newContext()).newPage();
    await signIn(student, lang, { email, password: PASSWORD });
    await student.goto(`/assignments?q=${word}`);
    await student.getByLabel(t.savedSearches.name).fill(`Zoekopdracht ${word}`);
    await student.getByRole('button', { name: t.savedSearches.save }).click();
    await expect(student.getByText(fill(t.savedSearches.saved, { name: `Zoekopdracht ${word}` }))).toBeVisible();
    await checkPage(student, `notifications-${lang}-05-search-saved`);

    await student.goto('/notifications');
    const saved = student.getByRole('region', { name: t.savedSearches.title });
    await expect(saved.getByText(`Zoekopdracht ${word}`, { exact: true })).toBeVisible();
    await checkPage(student, `notifications-${lang}-06-saved-searches`);
    await saved.getByRole('button', { name: new RegExp(`^${t.savedSearches.delete}`) }).click();
    await expect(student.getByText(fill(t.savedSearches.deleted, { name: `Zoekopdracht ${word}` }))).toBeVisible();
    await expect(saved.getByText(t.savedSearches.none)).toBeVisible();
  });
}
