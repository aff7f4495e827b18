import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { STAFF, eventually } from './harness';
import { publishAssignment, registerApprovedCompany, registerStudent } from './fixtures';
import { marketplaceForSuite } from './scenarios';

const SAVE = 'mutation($i: SaveSearchInput!) { saveSearch(input: $i) { id name query filter { types minHours } } }';
const ALERTS = '{ notifications(pageSize: 100) { items { kind link subject { assignmentId savedSearchId } } } }';

type Alert = { kind: string; link: string; subject: { assignmentId: string; savedSearchId: string } };

/** Makes the notifications service consume the whole log again, its record of handled events gone too. */
function forgetNotificationsProgress(dataDir: string): void {
  const log = new Database(join(dataDir, 'event-log.sqlite'));
  log.prepare("DELETE FROM committed WHERE group_id = 'notifications'").run();
  log.close();
  const file = readdirSync(dataDir).find((f) => f.startsWith('notifications') && f.endsWith('.sqlite'));
  const store = new Database(join(dataDir, file!));
  store.prepare('DELETE FROM inbox').run();
  store.close();
}

describe('saved searches with alerts (embedded profile)', () => {
  const m = marketplaceForSuite();

  const alerts = async (token: string) =>
    ((await m.ok<{ notifications: { items: Alert[] } }>(ALERTS, {}, token)).notifications.items).filter((n) => n.kind === 'NEW_MATCHING_ASSIGNMENT');

  it('alerts once for a newly published matching assignment, not for one that does not match, and still once after a replay', async () => {
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const company = await registerApprovedCompany(m, staff);
    const student = await registerStudent(m);
    const word = `getijden${Date.now().toString(36)}`;
    const saved = (await m.ok(SAVE, { i: { name: 'Getijden', query: word, filter: { types: ['GRADUATION'] } } }, student.token)).saveSearch;
    expect(saved).toMatchObject({ name: 'Getijden', query: word, filter: { types: ['GRADUATION'], minHours: null } });

    // The same words as another type, then the one that matches: once its alert is in, both were handled (one topic, in order).
    await publishAssignment(m, company.token, { title: `Stage ${word}`, type: 'INTERNSHIP' });
    const matching = await publishAssignment(m, company.token, { title: `Afstuderen op het ${word}model` });
    const [alert] = await eventually(async () => {
      const found = await alerts(student.token);
      return found.length > 0 && found;
    }, 'the alert');
    expect(await alerts(student.token)).toHaveLength(1);
    expect(alert).toEqual({ kind: 'NEW_MATCHING_ASSIGNMENT', link: `/assignments/${matching}`, subject: { assignmentId: matching, savedSearchId: saved.id } });

    await m.restart(() => forgetNotificationsProgress(m.dataDir));
    // After the replay a newer match arrives; the first is still there once.
    const newer = await publishAssignment(m, company.token, { title: `Nog een ${word}` });
    await eventually(async () => (await alerts(student.token)).some((a) => a.subject.assignmentId === newer), 'the alert after the replay');
    expect((await alerts(student.token)).map((a) => a.subject.assignmentId).sort()).toEqual([matching, newer].sort());
  });

  it('keeps each student to their own searches and refuses bad input with its field', async () => {
    const student = await registerStudent(m);
    const other = await registerStudent(m);
    const staff = await m.signIn(STAFF.email, STAFF.password);
    const { id } = (await m.ok(SAVE, { i: { name: 'Mijn zoekopdracht' } }, student.token)).saveSearch;
    expect((await m.ok('{ savedSearches { id } }', {}, student.token)).savedSearches).toEqual([{ id }]);
    expect((await m.ok('{ savedSearches { id } }', {}, other.token)).savedSearches).toEqual([]);
    expect((await m.ok('mutation($id: ID!) { deleteSavedSearch(id: $id) }', { id }, other.token)).deleteSavedSearch).toBe(false);
    expect((await m.gql(SAVE, { i: { name: 'x' } }, staff)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await m.gql(SAVE, { i: { name: 'x'.repeat(81) } }, student.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect((await m.gql(SAVE, { i: { name: 'x', filter: { municipalityIds: ['atlantis'] } } }, student.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.filter.municipalityIds.0' });
    expect((await m.gql(SAVE, { i: { name: 'x' } })).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await m.ok('mutation($id: ID!) { deleteSavedSearch(id: $id) }', { id }, student.token)).deleteSavedSearch).toBe(true);
    expect((await m.ok('{ savedSearches { id } }', {}, student.token)).savedSearches).toEqual([]);
  });
});
