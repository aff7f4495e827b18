import { INSTITUTIONS, institutionById, municipalityById, programmeById, skillById } from '@cb/contracts';
import { maySeeContact } from '../domain/visibility';
import type { Student } from '../domain/student';
import type { StudentUseCases } from '../app/students';
import { accountFieldResolvers, clientKey, scalarResolvers, type AccountFlows, type Quota, type RateLimitSettings, type Resolvers } from '@cb/kit';

type Lang = 'NL' | 'EN';
const label = (item: { nl: string; en: string }, language: Lang = 'NL') => (language === 'EN' ? item.en : item.nl);

export function studentResolvers(students: StudentUseCases, accounts: AccountFlows, registrations: Quota, limits: RateLimitSettings): Resolvers {
  const internal = accountFieldResolvers('student', accounts);
  return {
    ...scalarResolvers,
    Query: {
      ...internal.Query,
      student: (_: unknown, args: { id: string }, ctx) => students.find(ctx.viewer, args.id),
      students: (_: unknown, args: { page: number; pageSize: number }, ctx) => students.list(ctx.viewer, args.page, args.pageSize),
      institutions: () => INSTITUTIONS,
      _verifyStudentCredentials: async (_: unknown, args: { email: string; password: string }, ctx) => {
        if (!ctx.internal) return null;
        const s = await students.verifyCredentials(args.email, args.password);
        return s ? { accountId: s.id, role: 'STUDENT', studentId: s.id } : null;
      },
      // Only internal callers (the notifications service's mail relay) learn an address this way.
      _studentContact: async (_: unknown, args: { id: string }, ctx) => {
        if (!ctx.internal) return null;
        const s = await students.students.get(args.id);
        return s ? { email: s.email } : null;
      },
    },
    Mutation: {
      ...internal.Mutation,
      registerStudent: (_: unknown, args: { input: unknown; language?: Lang | null }, ctx) =>
        students.register(
          args.input,
          new Date(),
          () => registrations.take(clientKey(limits, ctx.clientAddress)),
          (s) => accounts.sendVerification(s.id, s.email, args.language ?? 'NL'),
        ),
      updateStudentProfile: (_: unknown, args: { id: string; input: unknown }, ctx) => students.updateProfile(ctx.viewer, args.id, args.input),
      eraseStudent: async (_: unknown, args: { id: string }, ctx) => {
        const receipt = await students.erase(ctx.viewer, args.id);
        await accounts.forget(receipt.studentId);
        return receipt;
      },
    },
    Student: {
      // Every check runs here too, so no entity is reachable around it through federation.
      __resolveReference: (ref: { id: string }, ctx) => students.find(ctx.viewer, ref.id),
      email: (s: Student, _: unknown, ctx) => (maySeeContact(ctx.viewer, s.id) ? s.email : null),
      institution: (s: Student) => institutionById(s.institutionId),
      programme: (s: Student) => programmeById(s.programmeId),
      skills: (s: Student) => s.skills.map((k) => ({ skill: { id: k.skillId }, level: k.level })),
      preferences: (s: Student) => ({
        ...s.preferences,
        municipalities: s.preferences.municipalities.map(municipalityById).filter(Boolean),
      }),
    },
    Programme: {
      name: (p: { nl: string; en: string }, args: { language: Lang }) => label(p, args.language),
    },
    Skill: {
      // A copy: the vocabulary is frozen, and federation adds __typename to what we return.
      __resolveReference: (ref: { id: string }) => {
        const skill = skillById(ref.id);
        return skill ? { ...skill } : null;
      },
      name: (s: { nl: string; en: string }, args: { language: Lang }) => label(s, args.language),
    },
  };
}
