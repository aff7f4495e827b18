import { EventTypes, Reasons, erasureTombstoneKey, eventCatalog, type AssignmentFacts, type EventData, type EventType } from '@cb/contracts';
import { SqliteLogBus, SqliteStore, consume, newEvent, topicsOf, type EventEnvelope, type RunningConsumer, type Viewer } from '@cb/kit';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asCompany, asStudent } from '../../../../test/support/service-tests';
import { DailyDigest } from '../../src/app/daily-digest';
import { InboxUseCases } from '../../src/app/inbox';
import { MailPreferenceUseCases } from '../../src/app/mail-preferences';
import { MailRelay } from '../../src/app/mail-relay';
import { SavedSearchUseCases } from '../../src/app/saved-searches';
import { emlFileTransport } from '../../src/mail/transport';
import { notificationSubscriptions } from '../../src/events/subscriptions';

const GROUP = 'notifications';

/**
 * The inbox as it runs: the real SQLite store, the embedded event log and the kit's consumer (its
 * inbox of handled event ids), fed events as the other services publish them.
 */
describe('the inbox, fed by the event log', () => {
  let dir: string;
  let bus: SqliteLogBus;
  let store: SqliteStore;
  let inbox: InboxUseCases;
  let searches: SavedSearchUseCases;
  let consumer: RunningConsumer | undefined;
  let now: Date;
  const subscriptions = () => notificationSubscriptions(inbox, searches);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cb-notify-'));
    bus = new SqliteLogBus(join(dir, 'log.sqlite'));
    store = new SqliteStore(join(dir, 'notifications.sqlite'));
    now = new Date();
    inbox = new InboxUseCases(store, () => now);
    searches = new SavedSearchUseCases(store, () => now);
    consumer = await consume(bus, store, GROUP, subscriptions());
  });
  afterEach(async () => {
    await consumer?.stop();
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function publish<T extends EventType>(type: T, subject: string, data: EventData<T>): Promise<EventEnvelope> {
    await new Promise((r) => setTimeout(r, 3)); // distinct event times, so "newest first" has one answer
    const out = newEvent('/test', type, subject, data);
    await bus.publish(out.topic, [{ key: out.key, value: JSON.stringify(out.event) }]);
    return out.event;
  }
  /** The same event (same id) once more, as an at-least-once bus may deliver it. */
  const republish = (event: EventEnvelope) => bus.publish(eventCatalog[event.type].topic, [{ key: event.subject, value: JSON.stringify(event) }]);
  const settled = async () => {
    const topics = topicsOf(subscriptions());
    for (let i = 0; i < 400 && (await bus.lag(GROUP, topics)) > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await bus.lag(GROUP, topics)).toBe(0);
  };
  const replayAll = async () => {
    await consumer!.stop();
    await inbox.clearForReplay();
    await bus.rewind(GROUP, topicsOf(subscriptions()));
    consumer = await consume(bus, store, GROUP, subscriptions());
    await settled();
  };
  const page = (viewer: Viewer) => inbox.list(viewer, { pageSize: 100 });
  const at = () => new Date().toISOString();

  const app = { applicationId: 'app_1', assignmentId: 'asg_1', studentId: 'stu_1', companyId: 'cmp_1' };
  const assignment: AssignmentFacts = {
    assignmentId: 'asg_1', companyId: 'cmp_1', status: 'PUBLISHED', title: 'Slimme sluizen', description: 'd', type: 'INTERNSHIP', levels: ['BACHELOR'],
    sector: 'ENGINEERING', requiredSkills: [], niceToHaveSkills: [], periodStart: '2027-02-01', periodEnd: '2027-06-30', hoursPerWeek: 32,
    municipality: 'dordrecht', remote: false, places: 2, applicationDeadline: null, allowancePerMonth: null, language: 'NL', publishedAt: '2026-11-01T09:00:00.000Z',
  };

  async function history() {
    await publish(EventTypes.assignmentPublished, 'asg_1', assignment);
    await publish(EventTypes.applicationSubmitted, 'app_1', { ...app, status: 'SUBMITTED', at: at() });
    const offer = await publish(EventTypes.applicationMoved, 'app_1', { ...app, from: 'SUBMITTED', status: 'OFFERED', by: 'COMPANY', reason: null, at: at() });
    await publish(EventTypes.applicationMoved, 'app_1', { ...app, from: 'OFFERED', status: 'DECLINED', by: 'SYSTEM', reason: Reasons.OFFER_EXPIRED, at: at() });
    await settled();
    return offer;
  }

  it("turns events into inbox items with the assignment's title, in Dutch, each queued for mail", async () => {
    await history();
    const student = await page(asStudent('stu_1'));
    expect(student.items.map((n) => [n.kind, n.title])).toEqual([
      ['OFFER_LAPSED', 'Het aanbod voor Slimme sluizen is verlopen'],
      ['OFFER_MADE', 'Je hebt een aanbod voor Slimme sluizen'],
    ]);
    expect(student.unreadCount).toBe(2);
    expect((await page(asCompany('cmp_1'))).items.map((n) => n.kind)).toEqual(['OFFER_LAPSED', 'APPLICATION_RECEIVED']);
    expect((await page(asCompany('cmp_other'))).total).toBe(0);
    expect(await inbox.mail.count({ status: 'PENDING' })).toBe(4);
  });

  it('makes one notification (and one mail) of an event delivered twice', async () => {
    const offer = await history();
    await republish(offer);
    await settled();
    expect((await page(asStudent('stu_1'))).items.filter((n) => n.kind === 'OFFER_MADE')).toHaveLength(1);
    // Even when the consumer's record of handled ids is gone (a crash between effect and record).
    await store.clear();
    await republish(offer);
    await settled();
    expect((await page(asStudent('stu_1'))).items.map((n) => n.kind)).toEqual(['OFFER_MADE']);
    expect(await inbox.mail.count({})).toBe(1);
  });

  it('rebuilds the same inbox from a replay of the log, without mailing old news again or losing queued mail', async () => {
    await history();
    const before = await page(asStudent('stu_1'));
    const companyBefore = await page(asCompany('cmp_1'));
    const mailBefore = await inbox.mail.find({});
    now = new Date(Date.now() + 10 * 24 * 3600 * 1000); // the rebuild runs days later
    await replayAll();
    expect(await page(asStudent('stu_1'))).toEqual(before);
    expect(await page(asCompany('cmp_1'))).toEqual(companyBefore);
    expect(await inbox.mail.find({})).toEqual(mailBefore);
  });

  it("keeps people's saved searches and mail choices through a rebuild of the inbox by replay", async () => {
    await history();
    const saved = await searches.save(asStudent('stu_1'), { name: 'Sluizen', query: 'sluis', filter: { municipalityIds: ['dordrecht'] } });
    const choices = new MailPreferenceUseCases(store);
    await choices.set(asStudent('stu_1'), 'OFFER_MADE', 'NEVER');
    const before = await page(asStudent('stu_1'));
    const choicesBefore = await choices.list(asStudent('stu_1'));
    await replayAll();
    expect(await searches.list(asStudent('stu_1'))).toEqual([saved]);
    expect(await choices.list(asStudent('stu_1'))).toEqual(choicesBefore);
    expect(choicesBefore).toContainEqual({ kind: 'OFFER_MADE', delivery: 'NEVER' });
    expect(await page(asStudent('stu_1'))).toEqual(before);
  });

  it("erases the student's inbox and mail, keeps the organisation's without the id, also when replayed", async () => {
    await history();
    await publish(EventTypes.studentErased, 'stu_1', { studentId: 'stu_1' });
    // An event about the student after the erasure (the marketplace withdrawing an application).
    await publish(EventTypes.applicationMoved, 'app_1', { ...app, from: 'SUBMITTED', status: 'WITHDRAWN', by: 'SYSTEM', reason: null, at: at() });
    await settled();
    const expectErased = async () => {
      expect((await page(asStudent('stu_1'))).total).toBe(0);
      expect(await inbox.mail.count({ ownerKind: 'STUDENT', ownerId: 'stu_1' })).toBe(0);
      const company = await page(asCompany('cmp_1'));
      expect(company.items.map((n) => [n.kind, n.subject.studentId]).sort()).toEqual([
        ['APPLICATION_RECEIVED', null],
        ['APPLICATION_WITHDRAWN', null],
        ['OFFER_LAPSED', null],
      ]);
    };
    await expectErased();
    // The tombstone that keeps the student out is keyed by the one erasure rule, not the raw id.
    const tombstones = JSON.stringify(await inbox.erased.find());
    expect(tombstones).toContain(erasureTombstoneKey('stu_1'));
    expect(tombstones).not.toContain('stu_1');
    await replayAll();
    await expectErased();
  });

  it("drops a removed organisation's inbox and mail (company.removed), and nobody else's", async () => {
    await history();
    const student = await page(asStudent('stu_1'));
    await publish(EventTypes.companyRemoved, 'cmp_1', { companyId: 'cmp_1' });
    await settled();
    expect((await page(asCompany('cmp_1'))).total).toBe(0);
    expect(await inbox.mail.count({ ownerKind: 'COMPANY', ownerId: 'cmp_1' })).toBe(0);
    expect(await page(asStudent('stu_1'))).toEqual(student);
  });

  it('marks read only what is in the viewer\'s own inbox', async () => {
    await history();
    const [lapsed, offer] = (await page(asStudent('stu_1'))).items;
    const [companyItem] = (await page(asCompany('cmp_1'))).items;
    expect(await inbox.markRead(asCompany('cmp_1'), [offer.id])).toBe(0);
    expect(await inbox.markRead(asStudent('stu_1'), [offer.id, companyItem.id, 'ntf_unknown'])).toBe(1);
    const after = await inbox.list(asStudent('stu_1'), { unreadOnly: true });
    expect(after.items.map((n) => n.id)).toEqual([lapsed.id]);
    expect(after.unreadCount).toBe(1);
    expect((await page(asCompany('cmp_1'))).unreadCount).toBe(2);
  });

  it("marks all read in the viewer's own inbox only", async () => {
    await history();
    expect(await inbox.markAllRead(asStudent('stu_1'))).toBe(2);
    expect(await inbox.markAllRead(asStudent('stu_1'))).toBe(0);
    expect((await page(asStudent('stu_1'))).unreadCount).toBe(0);
    expect((await page(asCompany('cmp_1'))).unreadCount).toBe(2);
  });

  describe('mail preferences and the daily digest', () => {
    const DAY = 24 * 3600 * 1000;
    const prefs = () => new MailPreferenceUseCases(store);
    const digest = () => new DailyDigest(inbox, () => now);
    const studentMail = () => inbox.mail.find({ ownerKind: 'STUDENT', ownerId: 'stu_1' });

    it('offers each inbox its own kinds, refuses one that never reaches it, and staff', async () => {
      const mine = await prefs().list(asStudent('stu_1'));
      expect(mine.map((p) => p.kind)).toContain('OFFER_MADE');
      expect(mine.map((p) => p.kind)).not.toContain('APPLICATION_RECEIVED');
      // Every kind at once by default, but saved-search alerts: at most one mail a day.
      expect(mine.filter((p) => p.delivery !== 'IMMEDIATELY')).toEqual([{ kind: 'NEW_MATCHING_ASSIGNMENT', delivery: 'DAILY_DIGEST' }]);
      await expect(prefs().set(asStudent('stu_1'), 'APPLICATION_RECEIVED', 'NEVER')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'kind' } });
      await expect(prefs().set({ accountId: 'stf', role: 'STAFF' }, 'OFFER_MADE', 'NEVER')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(prefs().list(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await prefs().list({ accountId: 'stf', role: 'STAFF' })).toEqual([]);
      await prefs().set(asStudent('stu_1'), 'OFFER_MADE', 'DAILY_DIGEST');
      expect((await prefs().list(asStudent('stu_1'))).find((p) => p.kind === 'OFFER_MADE')?.delivery).toBe('DAILY_DIGEST');
      expect((await prefs().list(asStudent('stu_2'))).find((p) => p.kind === 'OFFER_MADE')?.delivery).toBe('IMMEDIATELY');
    });

    it('keeps every notification in the inbox; NEVER mails nothing, DAILY_DIGEST one mail once the Amsterdam day is over', async () => {
      await prefs().set(asStudent('stu_1'), 'OFFER_MADE', 'NEVER');
      await prefs().set(asStudent('stu_1'), 'OFFER_LAPSED', 'DAILY_DIGEST');
      await history();
      const [lapsed, offer] = (await page(asStudent('stu_1'))).items;
      expect([lapsed.kind, offer.kind]).toEqual(['OFFER_LAPSED', 'OFFER_MADE']);
      expect(await studentMail()).toEqual([]);
      expect(await digest().run()).toBe(0); // the day is not over yet
      now = new Date(now.getTime() + DAY);
      expect(await digest().run()).toBe(1);
      expect(await digest().run()).toBe(0);
      const [mail] = await studentMail();
      expect(mail.digest?.notificationIds).toEqual([lapsed.id]);
      // The organisation chose nothing: its three came at once, as before.
      expect(await inbox.mail.count({ ownerKind: 'COMPANY', ownerId: 'cmp_1' })).toBe(2);
    });

    it('never mails a day twice after a crash between queueing and marking, and never loses a late one', async () => {
      await prefs().set(asStudent('stu_1'), 'OFFER_MADE', 'DAILY_DIGEST');
      await prefs().set(asStudent('stu_1'), 'OFFER_LAPSED', 'DAILY_DIGEST');
      await history();
      const queued = await inbox.digestQueue.find({});
      now = new Date(now.getTime() + DAY);
      expect(await digest().run()).toBe(1);
      // A crash before the items were marked: the next pass finds the digest there and adds nothing.
      for (const item of queued) await inbox.digestQueue.put(item);
      expect(await digest().run()).toBe(0);
      expect(await studentMail()).toHaveLength(1);
      // The digest went out; then one more of that day turns up (queued as the day turned).
      const [sent] = await studentMail();
      await inbox.mail.update({ ...sent, status: 'SENT' });
      await inbox.digestQueue.put({ id: 'ntf_late', ownerKind: 'STUDENT', ownerId: 'stu_1', day: queued[0].day, status: 'PENDING' });
      expect(await digest().run()).toBe(1);
      const mails = await studentMail();
      expect(mails.map((m) => m.digest?.notificationIds.length).sort()).toEqual([1, 2]);
    });

    it('sends the digest as one mail in the person\'s language, with every notification of the day', async () => {
      const mailDir = join(dir, 'mail');
      const relay = new MailRelay(inbox, { contactOf: async () => ({ email: 'stu@example.nl', language: 'EN' }), languageOf: async () => 'EN', accountMail: async () => null }, emlFileTransport(mailDir), {
        from: 'cb@example.nl', publicUrl: 'http://localhost:4000', pollMs: 60_000, retryMs: 10, retryMaxMs: 10, clock: () => now,
      });
      await prefs().set(asStudent('stu_1'), 'OFFER_MADE', 'DAILY_DIGEST');
      await prefs().set(asStudent('stu_1'), 'OFFER_LAPSED', 'DAILY_DIGEST');
      await history();
      now = new Date(now.getTime() + DAY);
      await digest().run();
      await relay.flush();
      await relay.stop();
      const [file] = readdirSync(mailDir).filter((f) => f.startsWith('dig_'));
      const raw = readFileSync(join(mailDir, file), 'utf8').replace(/=\r?\n/g, '');
      expect(raw).toMatch(/^Subject: Your notifications of \d+ \w+ \d{4}/m);
      expect(raw).toContain('You have an offer for Slimme sluizen');
      expect(raw).toContain('The offer for Slimme sluizen has lapsed');
      expect((await studentMail())[0].status).toBe('SENT');
    });

    it("erasure takes the student's choices and queued digest items too", async () => {
      await prefs().set(asStudent('stu_1'), 'OFFER_MADE', 'DAILY_DIGEST');
      await history();
      expect(await inbox.digestQueue.count({ ownerId: 'stu_1' })).toBe(1);
      await publish(EventTypes.studentErased, 'stu_1', { studentId: 'stu_1' });
      await settled();
      expect(await inbox.digestQueue.count({ ownerId: 'stu_1' })).toBe(0);
      expect(await inbox.preferences.count({ ownerId: 'stu_1' })).toBe(0);
    });
  });

  describe('saved searches and their alerts', () => {
    const published = (over: Partial<AssignmentFacts>, publishedAt = new Date(now.getTime() + 1000).toISOString()): AssignmentFacts => ({ ...assignment, ...over, publishedAt });
    const alerts = async (studentId: string) => (await page(asStudent(studentId))).items.filter((n) => n.kind === 'NEW_MATCHING_ASSIGNMENT');

    it('alerts once per matching search for a newly published assignment, never for one that does not match', async () => {
      const sluizen = await searches.save(asStudent('stu_1'), { name: 'Sluizen in Dordt', query: 'sluis', filter: { municipalityIds: ['dordrecht'], types: ['INTERNSHIP'] } });
      await searches.save(asStudent('stu_1'), { name: 'Zorg', query: null, filter: { sectors: ['HEALTHCARE'] } });
      await publish(EventTypes.assignmentPublished, 'asg_1', published({}));
      await publish(EventTypes.assignmentPublished, 'asg_2', published({ assignmentId: 'asg_2', title: 'Bruggen tellen', description: 'Tellen.' }));
      await publish(EventTypes.assignmentPublished, 'asg_3', published({ assignmentId: 'asg_3', municipality: 'rotterdam' }));
      await settled();
      const [alert] = await alerts('stu_1');
      expect((await alerts('stu_1')).length).toBe(1);
      expect(alert).toMatchObject({ link: '/assignments/asg_1', subject: { assignmentId: 'asg_1', savedSearchId: sluizen.id }, title: 'Nieuwe opdracht voor je zoekopdracht: Slimme sluizen' });
      // Delivered again, or handled again without the consumer's record: still one.
      const again = newEvent('/test', EventTypes.assignmentPublished, 'asg_1', published({}, alert.createdAt)).event;
      await subscriptions()[EventTypes.assignmentPublished]!(again as never);
      expect(await alerts('stu_1')).toHaveLength(1);
      // Its mail waits for the day's digest, at most one a day.
      expect(await inbox.digestQueue.count({ ownerId: 'stu_1' })).toBe(1);
    });

    it('does not alert for an assignment published before the search was saved', async () => {
      await searches.save(asStudent('stu_1'), { name: 'Alles', query: null, filter: null });
      await publish(EventTypes.assignmentPublished, 'asg_1', published({}, new Date(now.getTime() - 60_000).toISOString()));
      await settled();
      expect(await alerts('stu_1')).toEqual([]);
    });

    it('keeps searches to their student: at most 20, bounded texts, others refused', async () => {
      await expect(searches.save(asStudent('stu_1'), { name: 'x'.repeat(81), query: null, filter: null })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.name' } });
      await expect(searches.save(asStudent('stu_1'), { name: 'q', query: 'x'.repeat(201), filter: null })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.query' } });
      await expect(searches.save(asStudent('stu_1'), { name: 'h', filter: { minHours: 30, maxHours: 20 } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.filter.maxHours' } });
      await expect(searches.save(asCompany('cmp_1'), { name: 'n' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      for (let i = 0; i < 20; i++) await searches.save(asStudent('stu_1'), { name: `s${i}` });
      await expect(searches.save(asStudent('stu_1'), { name: 's21' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input', max: 20 } });
      const [newest] = await searches.list(asStudent('stu_1'));
      expect(await searches.list(asStudent('stu_2'))).toEqual([]);
      expect(await searches.delete(asStudent('stu_2'), newest.id)).toBe(false);
      expect(await searches.delete(asStudent('stu_1'), newest.id)).toBe(true);
      expect(await searches.list(asStudent('stu_1'))).toHaveLength(19);
    });

    it("erasure removes the student's saved searches", async () => {
      await searches.save(asStudent('stu_1'), { name: 'Alles' });
      await publish(EventTypes.studentErased, 'stu_1', { studentId: 'stu_1' });
      await settled();
      expect(await searches.searches.count({ studentId: 'stu_1' })).toBe(0);
    });
  });
});
