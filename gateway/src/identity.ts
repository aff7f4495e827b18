import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError } from 'graphql';
import { Reasons, subgraphTypeDefs } from '@cb/contracts';
import { type DomainError, badInput, signInFailures, unauthenticated, tooManyRequests, type TokenService, type Viewer } from '@cb/kit';
import type { Resolvers } from './__generated__/identity-resolvers-types';
import type { SignInLimits } from './sign-in-limits';

/** Where the accounts live: each owning service checks its own passwords; hashes never travel. */
export interface CredentialCheckers {
  students: string;
  companies: string;
}

interface Principal {
  accountId: string;
  role: Viewer['role'];
  studentId?: string | null;
  companyId?: string | null;
}

/**
 * The identity subgraph, hosted by the gateway process (it is the edge, not a service with data of
 * its own). Accounts stay with their owners — students with the students service, organisations and
 * staff with the companies service — which verify a password through an internal-only field. The
 * gateway asks both and signs the token.
 */
export function identitySchema(tokens: TokenService, owners: CredentialCheckers, internalKey: string, limits: SignInLimits) {
  async function ask(url: string, field: string, email: string, password: string): Promise<Principal | null> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cb-internal': internalKey },
      body: JSON.stringify({
        query: `query($email: String!, $password: String!) { principal: ${field}(email: $email, password: $password) { accountId role ${
          field === '_verifyStudentCredentials' ? 'studentId' : 'companyId'
        } } }`,
        variables: { email, password },
      }),
    });
    const body = (await response.json()) as { data?: { principal: Principal | null }; errors?: unknown };
    if (!response.ok || body.errors) throw new Error(`credential check at ${field} failed`);
    return body.data?.principal ?? null;
  }

  const resolvers: Resolvers = {
    Query: {
      me: (_, __, ctx) => (ctx.viewer ? viewerOut(ctx.viewer) : null),
    },
    Mutation: {
      signIn: async (_, args, ctx) => {
        if (args.email.length > 254) throw asGraphQLError(badInput('email', Reasons.TOO_LONG, 'email: must be at most 254 characters.', { max: 254 }));
        if (args.password.length > 128) throw asGraphQLError(badInput('password', Reasons.TOO_LONG, 'password: must be at most 128 characters.', { max: 128 }));
        const wait = await limits.waitFor(args.email, ctx.clientAddress);
        if (wait > 0) {
          throw asGraphQLError(tooManyRequests(`Too many sign-in attempts that did not succeed. Wait ${wait} seconds, then try again.`, wait));
        }
        const [student, organisation] = await Promise.all([
          ask(owners.students, '_verifyStudentCredentials', args.email, args.password),
          ask(owners.companies, '_verifyCompanyCredentials', args.email, args.password),
        ]);
        const principal = student ?? organisation;
        if (!principal) {
          signInFailures.inc();
          await limits.failed(args.email, ctx.clientAddress);
          throw asGraphQLError(
            unauthenticated('The e-mail address or password is not right. Check both and try again.', Reasons.INVALID_CREDENTIALS),
          );
        }
        await limits.succeeded(args.email, ctx.clientAddress);
        const viewer: Viewer = {
          accountId: principal.accountId,
          role: principal.role,
          studentId: principal.studentId ?? undefined,
          companyId: principal.companyId ?? undefined,
        };
        return { token: tokens.sign(viewer), viewer: viewerOut(viewer) };
      },
    },
  };
  return buildSubgraphSchema([{ typeDefs: subgraphTypeDefs('identity'), resolvers }]);
}

function viewerOut(v: Viewer) {
  return {
    accountId: v.accountId,
    role: v.role,
    student: v.studentId ? { id: v.studentId } : null,
    company: v.companyId ? { id: v.companyId } : null,
  };
}

/**
 * Errors of a subgraph hosted in the gateway reach the client through the gateway's error mapping,
 * which keeps only GraphQL extensions, so the code is set here rather than by a DomainError.
 */
const asGraphQLError = (error: DomainError) => new GraphQLError(error.message, { extensions: { code: error.code, reason: error.reason, ...error.details } });
