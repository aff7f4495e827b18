import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError } from 'graphql';
import { Reasons, subgraphTypeDefs } from '@cb/contracts';
import { DomainError, badInput, parseInput, signInFailures, text, unauthenticated, tooManyRequests, type SubgraphContext, type Principal, type TokenService, type Viewer } from '@cb/kit';
import type { Resolvers } from './__generated__/identity-resolvers-types';
import type { SignInLimits } from './sign-in-limits';

/** Where the accounts live: each owning service checks its own passwords; hashes never travel. */
export interface CredentialCheckers {
  students: string;
  companies: string;
}

/** An owner's answer to a credential check: the kit's Principal as JSON carries it (absent ids as null). */
type PrincipalAnswer = { [K in keyof Principal]-?: undefined extends Principal[K] ? Principal[K] | null : Principal[K] };

/**
 * The identity subgraph, hosted by the gateway process (it is the edge, not a service with data of
 * its own). Accounts stay with their owners — students with the students service, organisations and
 * staff with the companies service — which verify a password through an internal-only field. The
 * gateway asks both and signs the token.
 */
export function identitySchema(tokens: TokenService, owners: CredentialCheckers, internalKey: string, limits: SignInLimits, resetLimits: SignInLimits) {
  /**
   * One internal-only field of an owner. A refusal the person can act on (bad input, a taken
   * address) comes back with its code and extensions; anything else is the owner's failure.
   */
  async function internal<T>(owner: keyof CredentialCheckers, field: string, query: string, variables: Record<string, unknown>): Promise<T | null> {
    const response = await fetch(owners[owner], {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cb-internal': internalKey },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: { answer: T | null }; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    const refusal = body.errors?.find((e) => PASSED_ON.has(String(e.extensions?.code)));
    if (refusal) throw new GraphQLError(refusal.message, { extensions: refusal.extensions });
    if (!response.ok || body.errors) throw new Error(`${field} at the ${owner} service failed`);
    return body.data?.answer ?? null;
  }

  const ask = (owner: keyof CredentialCheckers, field: string, email: string, password: string) =>
    internal<PrincipalAnswer>(owner, field, `query($email: String!, $password: String!) { answer: ${field}(email: $email, password: $password) { accountId role ${owner === 'students' ? 'studentId' : 'companyId'} } }`, {
      email,
      password,
    });

  /** Asks both owners; the token belongs to at most one of them, the other answers null. */
  async function byToken(field: 'ResetPassword' | 'VerifyEmail', args: string, variables: Record<string, unknown>): Promise<string> {
    const answers = await Promise.all(
      (['students', 'companies'] as const).map((owner) => {
        const name = `_${OWNER_PREFIX[owner]}${field}`;
        return internal<string>(owner, name, `mutation(${args}) { answer: ${name}(${Object.keys(variables).map((k) => `${k}: $${k}`).join(', ')}) }`, variables);
      }),
    );
    const accountId = answers.find(Boolean);
    if (!accountId) throw asGraphQLError(badInput('token', Reasons.LINK_INVALID, 'token: this link is unknown, already used or expired. Ask for a new e-mail and use the link in it.'));
    return accountId;
  }

  /** The signed-in viewer's owner and one of its account fields. */
  const forViewer = <T>(viewer: Viewer, field: string, args: string, variables: Record<string, unknown>) => {
    const owner = viewer.role === 'STUDENT' ? 'students' : 'companies';
    const name = `_${OWNER_PREFIX[owner]}${field}`;
    const all = { accountId: viewer.accountId, ...variables };
    return internal<T>(owner, name, `mutation($accountId: ID!, ${args}) { answer: ${name}(${Object.keys(all).map((k) => `${k}: $${k}`).join(', ')}) }`, all);
  };

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
          ask('students', '_verifyStudentCredentials', args.email, args.password),
          ask('companies', '_verifyCompanyCredentials', args.email, args.password),
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
      requestPasswordReset: async (_, args, ctx) => {
        const email = parse(text.email(), args.email, 'email');
        const wait = await resetLimits.waitFor(email, ctx.clientAddress);
        if (wait > 0) throw asGraphQLError(tooManyRequests(`Too many password-reset requests. Wait ${wait} seconds, then try again.`, wait));
        // Every request counts, whether or not the address has an account: the answer is the same.
        await resetLimits.failed(email, ctx.clientAddress);
        await Promise.all(
          (['students', 'companies'] as const).map((owner) => {
            const name = `_${OWNER_PREFIX[owner]}RequestPasswordReset`;
            return internal<boolean>(owner, name, `mutation($email: String!, $language: Language!) { answer: ${name}(email: $email, language: $language) }`, { email, language: args.language });
          }),
        );
        return true;
      },
      resetPassword: async (_, args) => {
        const password = parse(text.password(), args.password, 'password');
        await byToken('ResetPassword', '$token: String!, $password: String!', { token: parse(TOKEN, args.token, 'token'), password });
        return true;
      },
      verifyEmail: async (_, args) => {
        await byToken('VerifyEmail', '$token: String!', { token: parse(TOKEN, args.token, 'token') });
        return true;
      },
      resendVerification: async (_, args, ctx) =>
        Boolean(await forViewer<boolean>(signedIn(ctx), 'ResendVerification', '$language: Language!', { language: args.language })),
      changePassword: async (_, args, ctx) => {
        const viewer = signedIn(ctx);
        const current = currentPassword(args.currentPassword, 'currentPassword');
        const newPassword = parse(text.password(), args.newPassword, 'newPassword');
        await forViewer<boolean>(viewer, 'ChangePassword', '$currentPassword: String!, $newPassword: String!', { currentPassword: current, newPassword });
        // This session goes on with a fresh token; the others ended with the change.
        return { token: tokens.sign(viewer), viewer: viewerOut(viewer) };
      },
      changeEmail: async (_, args, ctx) => {
        const viewer = signedIn(ctx);
        const password = currentPassword(args.password, 'password');
        return Boolean(
          await forViewer<boolean>(viewer, 'ChangeEmail', '$newEmail: String!, $password: String!, $language: Language!', {
            newEmail: parse(text.email(), args.newEmail, 'newEmail'),
            password,
            language: args.language,
          }),
        );
      },
    },
    Viewer: {
      emailVerified: async (v) => {
        const owner = v.role === 'STUDENT' ? 'students' : 'companies';
        const name = `_${OWNER_PREFIX[owner]}EmailVerified`;
        return (await internal<boolean>(owner, name, `query($accountId: ID!) { answer: ${name}(accountId: $accountId) }`, { accountId: v.accountId })) ?? true;
      },
    },
  };
  return buildSubgraphSchema([{ typeDefs: subgraphTypeDefs('identity'), resolvers }]);
}

const OWNER_PREFIX = { students: 'student', companies: 'company' } as const;
/** What an owner refuses for a reason the person can act on; passed on as it is. */
const PASSED_ON = new Set(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN']);
const TOKEN = text.long(200);

/** A current password is checked, not chosen: only its length is bounded here (as at signIn). */
function currentPassword(value: string, field: string): string {
  if (value.length > 128) throw asGraphQLError(badInput(field, Reasons.TOO_LONG, `${field}: must be at most 128 characters.`, { max: 128 }));
  return value;
}

/** Input checked here, at the edge, with the kit's rules, so that owners get only well-formed calls. */
function parse<S extends Parameters<typeof parseInput>[0]>(schema: S, value: unknown, field: string): ReturnType<S['parse']> {
  try {
    return parseInput(schema, value, field) as ReturnType<S['parse']>;
  } catch (err) {
    if (err instanceof DomainError) throw asGraphQLError(err);
    throw err;
  }
}

function signedIn(ctx: SubgraphContext): Viewer {
  if (!ctx.viewer) throw asGraphQLError(unauthenticated());
  return ctx.viewer;
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
