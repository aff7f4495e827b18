import { STAFF, eventually, graphqlClient } from '../e2e/harness';
import { applyWhenReady, periodStartingSoon, publishAssignment, registerApprovedCompany, registerStudent } from '../e2e/fixtures';
import { clusterForSuite } from './cluster-suite';
import { clusterApi } from './cluster';
import { isAccountMail, readMail, tokenIn } from '../mail/eml';

const INBOX = '{ notifications(pageSize: 100) { items { id kind title } total } }';
const MOVE = 'mutation($id: ID!, $to: ApplicationStatus!) { moveApplication(id: $id, status: $to) { status } }';
const mailId = (id: string) => `<${id}@careerboost.nl>`;

/**
 * Issue 14 on separate processes: the notifications process learns from Kafka, asks the students
 * and companies processes for addresses, and sends to a real SMTP server (smtp-server, in this test
 * process) that goes down and comes back.
 */
describe('notifications and e-mail (distributed profile)', () => {
  const cluster = clusterForSuite();

  // New accounts also get a verification mail (test/e2e/account-mail.e2e.test.ts): counted apart.
  const notificationMail = (address: string) => cluster.mail.to(address).filter((x) => !isAccountMail(x));

  it('an offer reaches the student in the inbox and at the SMTP sink; mail queued in an outage arrives once', async () => {
    const client = graphqlClient(() => cluster.gatewayUrl);
    const m = clusterApi(cluster);
    const company = await registerApprovedCompany(m, await client.signIn(STAFF.email, STAFF.password));
    const assignmentId = await publishAssignment(m, company.token, { ...periodStartingSoon(), places: 5 });
    const first = await registerStudent(m);
    const second = await registerStudent(m);
    const one = await applyWhenReady(m, first.token, assignmentId);
    const two = await applyWhenReady(m, second.token, assignmentId);

    await client.ok(MOVE, { id: one, to: 'OFFERED' }, company.token);
    const offer = await eventually(async () => (await client.ok(INBOX, {}, first.token)).notifications.items.find((n: { kind: string }) => n.kind === 'OFFER_MADE'), 'the offer in the inbox', 30000);
    await eventually(async () => notificationMail(first.email).length === 1, 'the offer at the SMTP sink', 30000);
    expect(notificationMail(first.email)[0].messageId).toBe(mailId(offer.id));

    await cluster.mail.stop();
    await client.ok(MOVE, { id: two, to: 'OFFERED' }, company.token);
    const secondOffer = await eventually(async () => (await client.ok(INBOX, {}, second.token)).notifications.items[0], 'the second offer in the inbox', 30000);
    await new Promise((r) => setTimeout(r, 1500)); // the relay tries, and fails
    expect(notificationMail(second.email)).toEqual([]);
    await cluster.mail.start();
    await eventually(async () => notificationMail(second.email).length === 1, 'the second offer after the outage', 30000);
    expect(notificationMail(second.email)[0].messageId).toBe(mailId(secondOffer.id));

    // The organisation: approval and two applications, each exactly once.
    const companyInbox = (await client.ok(INBOX, {}, company.token)).notifications.items.map((n: { id: string }) => mailId(n.id));
    await eventually(async () => notificationMail(company.email).length >= 3, 'the organisation’s mail', 30000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(notificationMail(company.email).map((r) => r.messageId).sort()).toEqual([...companyInbox].sort());
    expect(notificationMail(first.email)).toHaveLength(1);
    expect(notificationMail(second.email)).toHaveLength(1);
  });

  it('a saved search alerts once on a newly published matching assignment, through Kafka and FerretDB', async () => {
    const client = graphqlClient(() => cluster.gatewayUrl);
    const m = clusterApi(cluster);
    const company = await registerApprovedCompany(m, await client.signIn(STAFF.email, STAFF.password));
    const student = await registerStudent(m);
    const word = `baggeren${Date.now().toString(36)}`;
    const { saveSearch } = await client.ok('mutation($w: String) { saveSearch(input: { name: "Baggeren", query: $w }) { id } }', { w: word }, student.token);
    await publishAssignment(m, company.token, { title: `Stage zonder dat woord ${Date.now().toString(36)}` });
    const matching = await publishAssignment(m, company.token, { title: `Afstuderen: ${word} in de Merwede` });
    const ALERTS = '{ notifications(pageSize: 100) { items { kind subject { assignmentId savedSearchId } } } }';
    const alerts = async () =>
      ((await client.ok(ALERTS, {}, student.token)).notifications.items as Array<{ kind: string; subject: { assignmentId: string; savedSearchId: string } }>).filter((n) => n.kind === 'NEW_MATCHING_ASSIGNMENT');
    await eventually(async () => (await alerts()).length > 0, 'the alert', 30000);
    await new Promise((r) => setTimeout(r, 1000)); // time for a second one to show, if there were one
    expect((await alerts()).map((a) => a.subject)).toEqual([{ assignmentId: matching, savedSearchId: saveSearch.id }]);
  });

  it('a password-reset link arrives at the SMTP sink, works once, and ends the old sessions in every process', async () => {
    const client = graphqlClient(() => cluster.gatewayUrl);
    const m = clusterApi(cluster);
    const student = await registerStudent(m);
    await client.ok('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: student.email });
    const reset = await eventually(async () => cluster.mail.to(student.email).find((x) => isAccountMail(x) && x.raw.includes('/reset-password')), 'the reset mail at the sink', 30000);
    const token = tokenIn(readMail(reset.raw), '/reset-password');
    const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';
    await client.ok(RESET, { t: token, p: 'Vogelkers-Biesbosch-Kade-77' });
    expect((await client.gql(RESET, { t: token, p: 'Vogelkers-Biesbosch-Kade-78' })).errors?.[0]?.extensions?.reason).toBe('LINK_INVALID');
    // The placements process learns of the reset from Kafka and refuses the old token too.
    await eventually(async () => (await client.gql('{ application(id: "app_none") { id } }', {}, student.token)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', 'placements to end the old session', 30000);
    expect(await client.signIn(student.email, 'Vogelkers-Biesbosch-Kade-77')).toEqual(expect.any(String));
  }, 120000);
});
