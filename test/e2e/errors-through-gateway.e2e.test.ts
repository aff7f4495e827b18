import { STAFF, type GraphQLResult } from './harness';
import { registerApprovedCompany } from './fixtures';
import { marketplaceForSuite } from './scenarios';

const CREATE = 'mutation($input: AssignmentInput!) { createAssignment(input: $input) { id } }';
const VALID = {
  title: 'Een opdracht',
  description: 'A long enough description of the work.',
  type: 'PROJECT',
  levels: ['BACHELOR'],
  periodStart: '2027-09-01',
  periodEnd: '2027-12-01',
  hoursPerWeek: 20,
};

interface Fields {
  field?: string;
  reason?: string;
  fields?: Array<{ field: string; reason: string }>;
}
const first = (r: GraphQLResult) => (r.errors?.[0]?.extensions ?? {}) as Fields & { code?: string };

/**
 * Variables that do not fit their types (graphql-js coercion) reach the client as BAD_USER_INPUT
 * naming the input path and the rule, whether the gateway or a subgraph finds the mistake.
 */
describe('errors through the gateway', () => {
  const m = marketplaceForSuite();
  let company: string;
  beforeAll(async () => {
    company = (await registerApprovedCompany(m, await m.signIn(STAFF.email, STAFF.password))).token;
  });

  it('answers an empty assignment form with every missing field, REQUIRED, the first in extensions.field', async () => {
    const r = await m.gql(CREATE, { input: {} }, company);
    expect(r.status).toBeLessThan(500);
    expect(first(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'input.title' });
    expect(first(r).fields).toEqual(
      ['title', 'description', 'type', 'levels', 'periodStart', 'periodEnd', 'hoursPerWeek'].map((name) =>
        expect.objectContaining({ field: `input.${name}`, reason: 'REQUIRED' }),
      ),
    );
  });

  it('answers a value of the wrong type with INVALID_VALUE on its path (found by the gateway)', async () => {
    const r = await m.gql(CREATE, { input: { ...VALID, hoursPerWeek: 'twenty' } }, company);
    expect(first(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', field: 'input.hoursPerWeek' });
    const levels = await m.gql(CREATE, { input: { ...VALID, levels: ['BACHELOR', 'MASTER'] } }, company);
    expect(first(levels)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', field: 'input.levels[1]' });
  });

  it('answers a date that does not exist with INVALID_DATE on its path (found by the subgraph)', async () => {
    const r = await m.gql(CREATE, { input: { ...VALID, periodStart: '2027-02-30' } }, company);
    expect(r.status).toBeLessThan(500);
    expect(first(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE', field: 'input.periodStart' });
  });

  it('answers a missing top-level variable with REQUIRED on the variable', async () => {
    const r = await m.gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: 'x@example.nl' });
    expect(first(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'p' });
  });

  it('answers a wrong password with UNAUTHENTICATED and INVALID_CREDENTIALS', async () => {
    const r = await m.gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
      e: STAFF.email,
      p: `${STAFF.password}-wrong`,
    });
    expect(first(r)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });
});
