import { MUNICIPALITIES, municipalityById } from '@cb/contracts';
import { accountFieldResolvers, batchedById, known, pageOf, perRequest, scalarResolvers, type AccountFlows } from '@cb/kit';
import type { AssignmentUseCases } from '../app/assignments';
import type { CompanyUseCases } from '../app/companies';
import type { CompanyLimits } from '../app/limits';
import type { SkillRequirement } from '../domain/assignment';
import { reviewOf } from '../domain/company';
import { maySeeCompanyPrivate } from '../domain/policy';
import type { Resolvers } from './__generated__/resolvers-types';

const skillRefs = (list: SkillRequirement[]) => list.map((s) => ({ skill: { id: s.skillId }, level: s.level }));

export function companyResolvers(companies: CompanyUseCases, assignments: AssignmentUseCases, accounts: AccountFlows, limits: CompanyLimits): Resolvers {
  const internal = accountFieldResolvers('company', accounts);
  // The gateway resolves a page of search hits as one list of references: one store query for the
  // page instead of one per hit (and the same for the hits' organisations). The checks stay per item.
  const reads = perRequest(() => ({ assignment: batchedById(assignments.assignments), company: batchedById(companies.companies) }));
  return {
    ...scalarResolvers,
    Query: {
      ...internal.Query,
      company: (_, args, ctx) => companies.find(ctx.viewer, args.id),
      companies: async (_, args, ctx) =>
        pageOf(await companies.list(ctx.viewer, args.status, args.reviewStatus), args, 'companies', 100),
      assignment: (_, args, ctx) => assignments.find(ctx.viewer, args.id),
      municipalities: () => MUNICIPALITIES,
      _verifyCompanyCredentials: (_, args, ctx) =>
        ctx.internal ? companies.verifyCredentials(args.email, args.password) : null,
      // Only internal callers (the notifications service's mail relay) learn an address this way.
      _companyContact: (_, args, ctx) => (ctx.internal ? companies.contactOf(args.id) : null),
    },
    Mutation: {
      ...internal.Mutation,
      registerCompany: (_, args, ctx) =>
        companies.register(args.input, new Date(), limits.registration(ctx.clientAddress), (c) =>
          accounts.sendVerification(c.id, c.contactEmail, args.language ?? 'NL'),
        ),
      approveCompany: (_, args, ctx) => companies.approve(ctx.viewer, args.id),
      updateCompanyProfile: (_, args, ctx) => companies.updateProfile(ctx.viewer, args.id, args.input),
      rejectCompany: (_, args, ctx) => companies.reject(ctx.viewer, args.id, args.reason),
      requestCompanyInformation: (_, args, ctx) => companies.requestInformation(ctx.viewer, args.id, args.message),
      createAssignment: async (_, args, ctx) => {
        await limits.creation(ctx.viewer);
        return assignments.create(ctx.viewer, args.input);
      },
      updateAssignment: (_, args, ctx) => assignments.update(ctx.viewer, args.id, args.input),
      publishAssignment: async (_, args, ctx) => {
        await limits.publication(ctx.viewer);
        return assignments.publish(ctx.viewer, args.id);
      },
      closeAssignment: (_, args, ctx) => assignments.close(ctx.viewer, args.id),
    },
    Company: {
      __resolveReference: (ref, ctx) => companies.find(ctx.viewer, ref.id, reads(ctx).company),
      municipality: (c) => known(municipalityById(c.municipalityId), 'municipality'),
      // Public: where the review stands and when. The rest is for the organisation itself and staff.
      reviewStatus: (c) => reviewOf(c).status,
      reviewedAt: (c) => reviewOf(c).at,
      reviewNote: (c, _, ctx) => (maySeeCompanyPrivate(ctx.viewer, c.id) ? reviewOf(c).note : null),
      kvkNumber: (c, _, ctx) => (maySeeCompanyPrivate(ctx.viewer, c.id) ? c.kvkNumber : null),
      contactPerson: (c, _, ctx) =>
        maySeeCompanyPrivate(ctx.viewer, c.id) ? { name: c.contactName, email: c.contactEmail, phone: c.contactPhone ?? null, preferredLanguage: c.preferredLanguage ?? 'NL' } : null,
      assignments: async (c, args, ctx) => pageOf(await assignments.ofCompany(ctx.viewer, c.id), args, 'Company.assignments', 50),
    },
    Assignment: {
      __resolveReference: (ref, ctx) => assignments.find(ctx.viewer, ref.id, reads(ctx).assignment),
      company: async (a, _, ctx) => known(await reads(ctx).company(a.companyId), 'company'),
      municipality: (a) => known(municipalityById(a.municipalityId), 'municipality'),
      requiredSkills: (a) => skillRefs(a.requiredSkills),
      niceToHaveSkills: (a) => skillRefs(a.niceToHaveSkills),
    },
  };
}
