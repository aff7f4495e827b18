import { EventTypes, Reasons } from '@cb/contracts';
import { NOTIFICATION_KINDS, draftsFor, linkFor, notificationId, type NotificationKind } from '../../src/domain/notification';
import { inboxOf } from '../../src/domain/policy';
import { textOf } from '../../src/domain/texts';
import { renderMail } from '../../src/mail/templates';
import { retryDelay } from '../../src/mail/outbox';

const application = { applicationId: 'app_1', assignmentId: 'asg_1', studentId: 'stu_1', companyId: 'cmp_1', at: '2026-03-01T10:00:00.000Z' };
const moved = (from: string, status: string, by?: string, reason?: string | null) =>
  draftsFor(EventTypes.applicationMoved, 'evt_1', { ...application, from, status, by, reason } as never).map((d) => `${d.owner.kind}:${d.kind}`);
const placement = (status: string) => ({
  placementId: 'plc_1', applicationId: 'app_1', assignmentId: 'asg_1', studentId: 'stu_1', companyId: 'cmp_1', status,
  confirmedAt: '2026-03-01T10:00:00.000Z', startDate: status === 'ACTIVE' ? '2026-03-02' : null, endDate: null, cancelledAfterStart: false,
}) as never;
const company = (approved: boolean, review?: string) =>
  ({ companyId: 'cmp_1', name: 'Org', municipality: 'dordrecht', sector: 'ICT', impactLabel: false, mboAkkoord: false, approved, review }) as never;

describe('who hears of what', () => {
  it.each([
    ['SUBMITTED', 'IN_REVIEW', 'COMPANY', null, ['STUDENT:APPLICATION_IN_REVIEW']],
    ['IN_REVIEW', 'INTERVIEW', 'COMPANY', null, ['STUDENT:INTERVIEW_INVITED']],
    ['INTERVIEW', 'OFFERED', 'COMPANY', null, ['STUDENT:OFFER_MADE']],
    ['OFFERED', 'REJECTED', 'COMPANY', null, ['STUDENT:APPLICATION_REJECTED']],
    ['OFFERED', 'ACCEPTED', 'STUDENT', null, ['COMPANY:OFFER_ACCEPTED']],
    ['OFFERED', 'DECLINED', 'STUDENT', null, ['COMPANY:OFFER_DECLINED']],
    ['SUBMITTED', 'WITHDRAWN', 'STUDENT', null, ['COMPANY:APPLICATION_WITHDRAWN']],
    ['SUBMITTED', 'WITHDRAWN', 'SYSTEM', Reasons.OVERLAPPING_PLACEMENT_ACCEPTED, ['COMPANY:APPLICATION_WITHDRAWN']],
    ['OFFERED', 'DECLINED', 'SYSTEM', Reasons.OFFER_EXPIRED, ['STUDENT:OFFER_LAPSED', 'COMPANY:OFFER_LAPSED']],
  ])('%s → %s by %s (%s): %j', (from, to, by, reason, expected) => {
    expect(moved(from, to, by, reason)).toEqual(expected);
  });

  it('words a move by its status when the event predates `by`', () => {
    expect(moved('INTERVIEW', 'OFFERED')).toEqual(['STUDENT:OFFER_MADE']);
    expect(moved('OFFERED', 'DECLINED')).toEqual(['COMPANY:OFFER_DECLINED']);
  });

  it('tells the organisation of a new application, and both sides of a confirmed and a started placement', () => {
    expect(draftsFor(EventTypes.applicationSubmitted, 'e', { ...application, status: 'SUBMITTED' }).map((d) => `${d.owner.kind}:${d.kind}`)).toEqual(['COMPANY:APPLICATION_RECEIVED']);
    expect(draftsFor(EventTypes.placementConfirmed, 'e', placement('CONFIRMED')).map((d) => `${d.owner.kind}:${d.kind}`)).toEqual(['STUDENT:PLACEMENT_CONFIRMED', 'COMPANY:PLACEMENT_CONFIRMED']);
    expect(draftsFor(EventTypes.placementChanged, 'e', placement('ACTIVE')).map((d) => `${d.owner.kind}:${d.kind}`)).toEqual(['STUDENT:PLACEMENT_STARTED', 'COMPANY:PLACEMENT_STARTED']);
    expect(draftsFor(EventTypes.placementChanged, 'e', placement('COMPLETED'))).toEqual([]);
  });

  it('says a placement started once, however many events repeat ACTIVE (a start-date correction)', () => {
    const ids = (eventId: string) => draftsFor(EventTypes.placementChanged, eventId, placement('ACTIVE')).map(notificationId);
    expect(ids('evt_a')).toEqual(ids('evt_b'));
  });

  it('tells an organisation once that it was approved, and that it was rejected', () => {
    const approved = (eventId: string) => draftsFor(EventTypes.companyUpdated, eventId, company(true, 'APPROVED'));
    expect(approved('e1').map((d) => d.kind)).toEqual(['ORGANISATION_APPROVED']);
    expect(approved('e1').map(notificationId)).toEqual(approved('e2').map(notificationId));
    expect(draftsFor(EventTypes.companyUpdated, 'e', company(false, 'REJECTED')).map((d) => d.kind)).toEqual(['ORGANISATION_REJECTED']);
    expect(draftsFor(EventTypes.companyUpdated, 'e', company(false, 'PENDING'))).toEqual([]);
    expect(draftsFor(EventTypes.companyUpdated, 'e', company(false))).toEqual([]);
  });

  it('gives each event and recipient its own id, and the same id to the same event again', () => {
    const lapsed = draftsFor(EventTypes.applicationMoved, 'evt_9', { ...application, from: 'OFFERED', status: 'DECLINED', by: 'SYSTEM', reason: Reasons.OFFER_EXPIRED });
    const again = draftsFor(EventTypes.applicationMoved, 'evt_9', { ...application, from: 'OFFERED', status: 'DECLINED', by: 'SYSTEM', reason: Reasons.OFFER_EXPIRED });
    expect(new Set(lapsed.map(notificationId)).size).toBe(2);
    expect(lapsed.map(notificationId)).toEqual(again.map(notificationId));
  });

  it('links each notification to its object in the web app', () => {
    expect(linkFor({ kind: 'STUDENT', id: 'stu_1' }, 'OFFER_MADE', { assignmentId: 'asg_1' })).toBe('/student/applications');
    expect(linkFor({ kind: 'COMPANY', id: 'cmp_1' }, 'APPLICATION_RECEIVED', { assignmentId: 'asg_1' })).toBe('/company/assignments/asg_1/applicants');
    expect(linkFor({ kind: 'COMPANY', id: 'cmp_1' }, 'ORGANISATION_APPROVED', { companyId: 'cmp_1' })).toBe('/company');
  });
});

describe('whose inbox', () => {
  it.each([
    [{ accountId: 'stu_1', role: 'STUDENT', studentId: 'stu_1' }, { kind: 'STUDENT', id: 'stu_1' }],
    [{ accountId: 'cmp_1', role: 'COMPANY', companyId: 'cmp_1' }, { kind: 'COMPANY', id: 'cmp_1' }],
    [{ accountId: 'stf_1', role: 'STAFF' }, undefined],
  ] as const)('%j reads %j', (viewer, owner) => {
    expect(inboxOf(viewer)).toEqual(owner);
  });
});

describe('texts', () => {
  it('has a Dutch and an English title and body for every kind, naming the assignment where it has one', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const language of ['NL', 'EN'] as const) {
        const text = textOf(kind, language, { assignmentTitle: 'Datagedreven zorgplanning' });
        expect([kind, language, text.title.length > 0, text.body.length > 0]).toEqual([kind, language, true, true]);
      }
      expect([kind, textOf(kind, 'NL', { assignmentTitle: 'X' }).title]).not.toEqual([kind, textOf(kind, 'EN', { assignmentTitle: 'X' }).title]);
    }
    expect(textOf('OFFER_MADE', 'NL', { assignmentTitle: 'Datagedreven zorgplanning' }).title).toBe('Je hebt een aanbod voor Datagedreven zorgplanning');
    expect(textOf('OFFER_MADE', 'EN', { assignmentTitle: 'Datagedreven zorgplanning' }).title).toBe('You have an offer for Datagedreven zorgplanning');
  });

  it('says "an assignment" while the title is not known here yet', () => {
    expect(textOf('OFFER_MADE', 'NL', { assignmentTitle: null }).title).toBe('Je hebt een aanbod voor een opdracht');
    expect(textOf('OFFER_MADE', 'EN', { assignmentTitle: null }).title).toBe('You have an offer for an assignment');
  });
});

describe('e-mail templates', () => {
  const kinds: NotificationKind[] = [...NOTIFICATION_KINDS];
  it.each(kinds)('%s has a nl and en mail, text and HTML, with the link', (kind) => {
    for (const language of ['NL', 'EN'] as const) {
      const mail = renderMail(kind, language, { assignmentTitle: 'Zorg & <ICT>' }, 'https://careerboost.nl/student/applications');
      expect(mail.subject).toBe(textOf(kind, language, { assignmentTitle: 'Zorg & <ICT>' }).title);
      expect(mail.text).toContain('https://careerboost.nl/student/applications');
      expect(mail.html).toContain('href="https://careerboost.nl/student/applications"');
      expect(mail.html).toContain(`lang="${language.toLowerCase()}"`);
      expect(mail.html).not.toContain('<ICT>');
    }
  });

  it('escapes an organisation\'s title in HTML but keeps it as typed in plain text', () => {
    const mail = renderMail('OFFER_MADE', 'NL', { assignmentTitle: 'Zorg & <b>ICT</b>' }, '/x');
    expect(mail.html).toContain('Zorg &amp; &lt;b&gt;ICT&lt;/b&gt;');
    expect(mail.text).toContain('Zorg & <b>ICT</b>');
  });
});

describe('retries', () => {
  it('doubles the wait per attempt up to the maximum', () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelay(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});
