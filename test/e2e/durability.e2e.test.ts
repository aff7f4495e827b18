import Database from 'better-sqlite3';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { STAFF, eventually } from './harness';
import { publishAssignment, registerApprovedCompany } from './fixtures';
import { marketplaceForSuite, worldWithApplication } from './scenarios';
import { isAccountMail, mailIn } from '../mail/eml';
import { erasureTombstoneKey } from '@cb/contracts';

const searchFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('search'));

/**
 * The tables of the notifications store that hold a row mentioning `id` (the inbox, saved searches,
 * mail choices, digest queue, mail outbox), read straight from its SQLite file.
 */
function notificationTablesHolding(dir: string, id: string): string[] {
  const db = new Database(join(dir, 'notifications.sqlite'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'").all() as Array<{ name: string }>;
    return tables.filter((t) => (db.prepare(`SELECT count(*) AS n FROM "${t.name}" WHERE data LIKE ?`).get(`%${id}%`) as { n: number }).n > 0).map((t) => t.name);
  } finally {
    db.close();
  }
}

/** Committed offsets of the search service's consumer group, read straight from the event log. */
function searchOffsets(dir: string): Record<string, number> {
  const db = new Database(join(dir, 'event-log.sqlite'), { readonly: true });
  try {
    const rows = db.prepare("SELECT topic, offset FROM committed WHERE group_id = 'search'").all() as Array<{ topic: string; offset: number }>;
    return Object.fromEntries(rows.map((r) => [r.topic, r.offset]));
  } finally {
    db.close();
  }
}

describe('durability of the embedded profile', () => {
  const m = marketplaceForSuite();

  const findable = (title: string, id: string) =>
    eventually(async () => {
      const { searchAssignments } = await m.ok('query($q: String) { searchAssignments(query: $q) { hits { assignment { id } } } }', { q: title });
      return searchAssignments.hits.some((h: any) => h.assignment.id === id);
    }, `assignment "${title}" to be searchable`);

  it('keeps every record after a restart, and search resumes from its committed offsets', async () => {
    const { company, student, assignmentId, applicationId } = await worldWithApplication(m, { assignment: { title: 'Herstartbestendige baggerplanning' } });
    await findable('baggerplanning', assignmentId);
    await eventually(async () => Object.keys(searchOffsets(m.dataDir)).length >= 3 && true, 'search to commit its offsets');

    await m.restart();
    const offsetsAfterRestart = searchOffsets(m.dataDir);
    const { application } = await m.ok('query($id: ID!) { application(id: $id) { status assignment { title } } }', { id: applicationId }, student.token);
    expect(application).toEqual({ status: 'SUBMITTED', assignment: { title: 'Herstartbestendige baggerplanning' } });
    expect(await m.signIn(STAFF.email, STAFF.password)).toEqual(expect.any(String));
    await findable('baggerplanning', assignmentId);
    // Resumed, not rebuilt: nothing was re-consumed from the start of the log.
    expect(searchOffsets(m.dataDir)).toEqual(offsetsAfterRestart);

    const newer = await publishAssignment(m, company.token, { title: 'Nieuwe sluisbesturing na herstart' });
    await findable('sluisbesturing', newer);
  });

  it('rebuilds search from the event log when its index files are deleted', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const assignmentId = await publishAssignment(m, company.token, { title: 'Walstroom voor de binnenhaven' });
    await findable('walstroom', assignmentId);

    await m.restart(() => searchFiles(m.dataDir).forEach((f) => rmSync(join(m.dataDir, f))));
    await findable('walstroom', assignmentId);
  });

  it('erases a student everywhere, their inbox, saved searches, mail choices and sent mail included; a rebuild of search from the log finds no trace of them', async () => {
    const { staff, company, student, applicationId } = await worldWithApplication(m, { student: { name: 'Vera Vergeetmij', discoverable: true } });
    await eventually(async () => searchFiles(m.dataDir).some((f) => readFileSync(join(m.dataDir, f)).includes(student.id)), 'search to hold the student');
    // A history in the notifications service: a notification mailed at once, a saved search, a mail choice.
    await m.ok('mutation($id: ID!) { moveApplication(id: $id, status: IN_REVIEW) { id } }', { id: applicationId }, company.token);
    await eventually(async () => (await m.ok('{ notifications { total } }', {}, student.token)).notifications.total > 0, 'the student to be notified');
    await eventually(async () => mailIn(join(m.dataDir, 'mail')).some((x) => x.to === student.email && !isAccountMail(x)), 'the notification to be mailed');
    await m.ok('mutation { saveSearch(input: { name: "Vergeetmij zoekt", query: "werf" }) { id } }', {}, student.token);
    await m.ok('mutation { setNotificationPreference(kind: OFFER_MADE, delivery: NEVER) { kind } }', {}, student.token);
    expect(notificationTablesHolding(m.dataDir, student.id).sort()).toEqual(['c_mail_outbox', 'c_mail_preferences', 'c_notifications', 'c_saved_searches']);

    const { eraseStudent } = await m.ok('mutation($id: ID!) { eraseStudent(id: $id) { studentId } }', { id: student.id }, student.token);
    expect(eraseStudent.studentId).toBe(student.id);

    const asStaff = await m.gql('query($id: ID!) { student(id: $id) { name } }', { id: student.id }, staff);
    expect(asStaff.data?.student ?? null).toBeNull();
    // Placements learns of the erasure from the event: the application stays, withdrawn, its motivation blanked.
    const application = async () => (await m.ok('query($id: ID!) { application(id: $id) { status motivation } }', { id: applicationId }, staff)).application;
    await eventually(async () => (await application()).motivation === '', 'placements to blank the motivation');
    expect(await application()).toEqual({ status: 'WITHDRAWN', motivation: '' });
    await expect(m.signIn(student.email, 'student-password-1')).rejects.toThrow(/not right/);

    // Rebuild search from the log, then look for the student's id anywhere in its files.
    await m.restart(() => searchFiles(m.dataDir).forEach((f) => rmSync(join(m.dataDir, f))));
    const marker = await publishAssignment(m, company.token, { title: 'Na de herbouw gepubliceerd' });
    await findable('herbouw', marker); // the rebuild has consumed the whole log, erasure included
    let traces: string[] = [];
    let names: string[] = [];
    let notificationTables: string[] = [];
    let tombstones: string[] = [];
    await m.restart(() => {
      // Not even the tombstone that keeps a replay from giving them an inbox again: it holds the id's hash (erasureTombstoneKey).
      notificationTables = notificationTablesHolding(m.dataDir, student.id);
      tombstones = notificationTablesHolding(m.dataDir, erasureTombstoneKey(student.id));
      traces = searchFiles(m.dataDir).filter((f) => readFileSync(join(m.dataDir, f)).includes(student.id));
      // Every file of the data directory, the mail written as .eml files included.
      const files = readdirSync(m.dataDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
      names = files.filter((f) => readFileSync(f).includes('Vergeetmij') || readFileSync(f).includes(student.email));
    });
    expect(traces).toEqual([]);
    expect(names).toEqual([]);
    expect(notificationTables).toEqual([]);
    expect(tombstones).toEqual(['c_erased_students']);
  });
});
