import { INSTITUTIONS, institutionById, municipalityById, programmeById, skillById } from '@cb/contracts';
import { maySeeContact } from '../domain/policy';
import type { StudentUseCases } from '../app/students';
import { accountFieldResolvers, clientKey, known, scalarResolvers, type AccountFlows, type Quota, type RateLimitSettings } from '@cb/kit';
import type { Resolvers } from './__generated__/resolvers-types';

type Lang = 'NL' | 'EN';
const label = (item: { nl: string; en: string }, language: Lang = 'NL') => (language === 'EN' ? item.en : item.nl);

export function studentResolvers(students: StudentUseCases, accounts: AccountFlows, registrations: Quota, limits: RateLimitSettings): Resolvers {
  const internal = accountFieldResolvers('student', accounts);
  return {
    ...scalarResolvers,
    Query: {
      ...internal.Query,
      student: (_, args, ctx) => students.find(ctx.viewer, args.id),
      students: (_, args, ctx) => students.list(ctx.viewer, args.page, args.pageSize),
      institutions: () => INSTITUTIONS,
      _verifyStudentCredentials: async (_, args, ctx) => {
        if (!ctx.internal) return null;
        const s = await students.verifyCredentials(args.email, args.password);
        return s ? { accountId: s.id, role: 'STUDENT', studentId: s.id } : null;
      },
      // Only internal callers (the notifications service's mail relay) learn an address this way.
      _studentContact: async (_, args, ctx) => {
        if (!ctx.internal) return null;
        const s = await students.students.get(args.id);
        return s ? { email: s.email, language: s.preferredLanguage ?? 'NL' } : null;
      },
    },
    Mutation: {
      ...internal.Mutation,
      registerStudent: (_, args, ctx) =>
        students.register(
          args.input,
          new Date(),
          () => registrations.take(clientKey(limits, ctx.clientAddress)),
          (s) => accounts.sendVerification(s.id, s.email, args.language ?? 'NL'),
        ),
      updateStudentProfile: (_, args, ctx) => students.updateProfile(ctx.viewer, args.id, args.input),
      eraseStudent: async (_, args, ctx) => {
        const receipt = await students.erase(ctx.viewer, args.id);
        await accounts.forget(receipt.studentId);
        return receipt;
      },
    },
    Student: {
      // Every check runs here too, so no entity is reachable around it through federation.
      __resolveReference: (ref, ctx) => students.find(ctx.viewer, ref.id),
      email: (s, _, ctx) => (maySeeContact(ctx.viewer, s.id) ? s.email : null),
      preferredLanguage: (s, _, ctx) => (maySeeContact(ctx.viewer, s.id) ? (s.preferredLanguage ?? 'NL') : null),
      institution: (s) => known(institutionById(s.institutionId), 'institution'),
      programme: (s) => known(programmeById(s.programmeId), 'programme'),
      skills: (s) => s.skills.map((k) => ({ skill: known(skillById(k.skillId), 'skill'), level: k.level })),
      preferences: (s) => ({
        ...s.preferences,
        municipalities: s.preferences.municipalities.flatMap((id) => municipalityById(id) ?? []),
      }),
    },
    Programme: {
      name: (p, args) => label(p, args.language),
    },
    Skill: {
      // A copy: the vocabulary is frozen, and federation adds __typename to what we return.
      __resolveReference: (ref) => {
        const skill = skillById(ref.id);
        return skill ? { ...skill } : null;
      },
      name: (s, args) => label(s, args.language),
    },
  };
}
