import { MUNICIPALITIES, municipalityById } from '@cb/contracts';
import { accountFieldResolvers, batchedById, pageOf, perRequest, scalarResolvers, type AccountFlows, type Resolvers } from '@cb/kit';
import type { AssignmentUseCases } from '../app/assignments';
import type { CompanyUseCases } from '../app/companies';
import type { CompanyLimits } from '../app/limits';
import type { Assignment, SkillRequirement } from '../domain/assignment';
import { reviewOf, type Company, type CompanyReviewStatus } from '../domain/company';
import { maySeeCompanyPrivate } from '../domain/policy';

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
      company: (_: unknown, args: { id: string }, ctx) => companies.find(ctx.viewer, args.id),
      companies: async (_: unknown, args: { status: 'PENDING' | 'APPROVED'; reviewStatus?: CompanyReviewStatus[] | null }, ctx) =>
        pageOf(await companies.list(ctx.viewer, args.status, args.reviewStatus), args, 'companies', 100),
      assignment: (_: unknown, args: { id: string }, ctx) => assignments.find(ctx.viewer, args.id),
      municipalities: () => MUNICIPALITIES,
      _verifyCompanyCredentials: (_: unknown, args: { email: string; password: string }, ctx) =>
        ctx.internal ? companies.verifyCredentials(args.email, args.password) : null,
      // Only internal callers (the notifications service's mail relay) learn an address this way.
      _companyContact: (_: unknown, args: { id: string }, ctx) => (ctx.internal ? companies.contactOf(args.id) : null),
    },
    Mutation: {
      ...internal.Mutation,
      registerCompany: (_: unknown, args: { input: unknown; language?: 'NL' | 'EN' | null }, ctx) =>
        companies.register(args.input, new Date(), limits.registration(ctx.clientAddress), (c) =>
          accounts.sendVerification(c.id, c.contactEmail, args.language ?? 'NL'),
        ),
      approveCompany: (_: unknown, args: { id: string }, ctx) => companies.approve(ctx.viewer, args.id),
      updateCompanyProfile: (_: unknown, args: { id: string; input: unknown }, ctx) => companies.updateProfile(ctx.viewer, args.id, args.input),
      rejectCompany: (_: unknown, args: { id: string; reason: string }, ctx) => companies.reject(ctx.viewer, args.id, args.reason),
      requestCompanyInformation: (_: unknown, args: { id: string; message: string }, ctx) => companies.requestInformation(ctx.viewer, args.id, args.message),
      createAssignment: async (_: unknown, args: { input: unknown }, ctx) => {
        await limits.creation(ctx.viewer);
        return assignments.create(ctx.viewer, args.input);
      },
      updateAssignment: (_: unknown, args: { id: string; input: unknown }, ctx) => assignments.update(ctx.viewer, args.id, args.input),
      publishAssignment: async (_: unknown, args: { id: string }, ctx) => {
        await limits.publication(ctx.viewer);
        return assignments.publish(ctx.viewer, args.id);
      },
      closeAssignment: (_: unknown, args: { id: string }, ctx) => assignments.close(ctx.viewer, args.id),
    },
    Company: {
      __resolveReference: (ref: { id: string }, ctx) => companies.find(ctx.viewer, ref.id, reads(ctx).company),
      municipality: (c: Company) => municipalityById(c.municipalityId),
      // Public: where the review stands and when. The rest is for the organisation itself and staff.
      reviewStatus: (c: Company) => reviewOf(c).status,
      reviewedAt: (c: Company) => reviewOf(c).at,
      reviewNote: (c: Company, _: unknown, ctx) => (maySeeCompanyPrivate(ctx.viewer, c.id) ? reviewOf(c).note : null),
      kvkNumber: (c: Company, _: unknown, ctx) => (maySeeCompanyPrivate(ctx.viewer, c.id) ? c.kvkNumber : null),
      contactPerson: (c: Company, _: unknown, ctx) =>
        maySeeCompanyPrivate(ctx.viewer, c.id) ? { name: c.contactName, email: c.contactEmail, phone: c.contactPhone ?? null } : null,
      assignments: async (c: Company, args: unknown, ctx) => pageOf(await assignments.ofCompany(ctx.viewer, c.id), args, 'Company.assignments', 50),
    },
    Assignment: {
      __resolveReference: (ref: { id: string }, ctx) => assignments.find(ctx.viewer, ref.id, reads(ctx).assignment),
      company: (a: Assignment, _: unknown, ctx) => reads(ctx).company(a.companyId),
      municipality: (a: Assignment) => municipalityById(a.municipalityId),
      requiredSkills: (a: Assignment) => skillRefs(a.requiredSkills),
      niceToHaveSkills: (a: Assignment) => skillRefs(a.niceToHaveSkills),
    },
  };
}
