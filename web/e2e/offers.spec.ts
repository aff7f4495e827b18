import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { addDays } from '@cb/contracts/src/rules/calendar';
import { formatDate } from '../src/format';
import { DEMO, apiSignIn, checkPage, eventually, exactly, fill, gql, publishVia, registerStudentVia, signIn, texts, today, uniqueWord } from './support';

/**
 * Issue 11, offers on the page: the buttons and the next-step choices are the API's allowedMoves;
 * an offer carries an answer-by date the company picks (suggested 14 days, never after applications
 * close) and both sides read it; a move the marketplace makes itself reads as "Automatically" with
 * its reason. In Dutch and English, screenshot and axe-checked.
 */
const PASSWORD = 'Een-lange-zin-voor-de-werf-2026';

/** The choices of a next-step select, without the empty "choose" option. */
async function choices(select: Locator): Promise<string[]> {
  return (await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
}

const allowedMovesOf = async (request: APIRequestContext, token: string, id: string): Promise<string[]> =>
  (await gql<{ application: { allowedMoves: string[] } }>(request, 'query($id: ID!) { application(id: $id) { allowedMoves } }', { id }, token)).application.allowedMoves;

for (const lang of ['nl', 'en'] as const) {
  const t = texts[lang];

  test(`an offer with an answer-by date; accepting it withdraws the overlapping one automatically (${lang})`, async ({ browser, request }) => {
    const word = uniqueWord('bod');
    const companyToken = await apiSignIn(request, DEMO.company);
    // Applications close in a week: sooner than the usual 14 days, so the suggestion is cut back to it.
    const closes = addDays(today(), 7);
    const first = `Scheepsbouw stage ${word}`;
    const second = `Onderhoud stage ${word}`;
    const firstId = await publishVia(request, companyToken, { title: first, applicationDeadline: closes });
    const secondId = await publishVia(request, companyToken, { title: second, applicationDeadline: closes });
    const studentName = `Student ${word}`;
    const email = `bod-${word}@student.nl`;
    await registerStudentVia(request, { name: studentName, email, password: PASSWORD });
    const studentToken = await apiSignIn(request, { email, password: PASSWORD });
    const applyTo = async (a: string) =>
      (await eventually(() => gql(request, 'mutation($a: ID!) { apply(assignmentId: $a, motivation: "Graag!") { id } }', { a }, studentToken))).apply.id as string;
    const firstApplication = await applyTo(firstId);
    const secondApplication = await applyTo(secondId);

    // The company offers the first place on the page.
    const company = await (await browser.newContext()).newPage();
    await signIn(company, lang, DEMO.company);
    await company.goto(`/company/assignments/${firstId}/applicants`);
    const card = company.getByRole('article', { name: studentName });
    const nextStep = card.getByLabel(exactly(t.applicants.nextStep));
    // Polled: the choices appear when the page's query has answered.
    const beforeOffer = await allowedMovesOf(request, companyToken, firstApplication);
    await expect.poll(() => choices(nextStep)).toEqual(beforeOffer);
    await nextStep.selectOption('OFFERED');
    const answerBy = card.getByLabel(exactly(t.applicants.answerBy));
    await expect(answerBy).toHaveValue(closes);
    await checkPage(company, `offers-${lang}-01-offer-form`);

    // After the close: refused by the API, beside the date.
    await answerBy.fill(addDays(closes, 3));
    await card.getByRole('button', { name: t.applicants.saveStep }).click();
    await expect(answerBy).toHaveAttribute('aria-invalid', 'true');
    await expect(answerBy).toHaveAccessibleDescription(new RegExp(t.reasons.ANSWER_BY_AFTER_CLOSE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await checkPage(company, `offers-${lang}-02-answer-by-after-close`);

    const chosen = addDays(today(), 5);
    await answerBy.fill(chosen);
    await card.getByRole('button', { name: t.applicants.saveStep }).click();
    const answerByText = fill(t.myApplications.answerBy, { date: formatDate(chosen, lang) });
    await expect(card.getByText(answerByText)).toBeVisible();
    // On an offer the company's one move left is the API's: revoking it.
    const onOffer = await allowedMovesOf(request, companyToken, firstApplication);
    await expect.poll(() => choices(nextStep)).toEqual(onOffer);
    await checkPage(company, `offers-${lang}-03-offered`);

    // The second offer with the API's default answer-by date.
    await gql(request, 'mutation($id: ID!) { moveApplication(id: $id, status: OFFERED) { id } }', { id: secondApplication }, companyToken);

    // The student sees both offers with their dates and accepts the first.
    const student = await (await browser.newContext()).newPage();
    await signIn(student, lang, { email, password: PASSWORD });
    await student.goto('/student/applications');
    const firstCard = student.getByRole('article', { name: first });
    const secondCard = student.getByRole('article', { name: second });
    await expect(firstCard.getByText(answerByText)).toBeVisible();
    await expect(secondCard.getByText(fill(t.myApplications.answerBy, { date: formatDate(closes, lang) }))).toBeVisible();
    // Accept and decline, not withdraw: what allowedMoves offers the student on an offer.
    await expect(firstCard.getByRole('button', { name: t.myApplications.accept })).toBeVisible();
    await expect(firstCard.getByRole('button', { name: t.myApplications.decline })).toBeVisible();
    await expect(firstCard.getByRole('button', { name: t.myApplications.withdraw })).toHaveCount(0);
    await checkPage(student, `offers-${lang}-04-student-offers`);

    await firstCard.getByRole('button', { name: t.myApplications.accept }).click();
    await student.getByRole('dialog').getByRole('button', { name: t.confirm.acceptYes }).click();
    await expect(student.getByText(fill(t.myApplications.done.ACCEPT, { title: first }))).toBeVisible();
    // The overlapping offer is withdrawn by the marketplace, and its history says so in the reader's words.
    await expect(async () => {
      await student.reload();
      await expect(secondCard.locator('.badge')).toHaveText(t.enums.applicationStatus.WITHDRAWN, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await secondCard.getByText(t.myApplications.timeline).click();
    const automatic = secondCard.locator('.timeline-item').last();
    await expect(automatic).toContainText(fill(t.timeline.automaticallyAt, { at: '' }).trim());
    await expect(automatic).toContainText(t.reasons.OVERLAPPING_PLACEMENT_ACCEPTED);
    await expect(secondCard.getByRole('button')).toHaveCount(0);
    expect(await allowedMovesOf(request, studentToken, secondApplication)).toEqual([]);
    await checkPage(student, `offers-${lang}-05-withdrawn-automatically`);
  });
}
