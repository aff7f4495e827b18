import { pageOf, perRequest, scalarResolvers, type Resolvers } from '@cb/kit';
import type { ApplicationUseCases } from '../app/applications';
import type { ApplicationLimits } from '../app/application-limits';
import type { PlacementUseCases } from '../app/placements';
import type { ProgressAudit, ProgressAuditUseCase } from '../progress/app/audit';
import { FIRST_YEAR, type Progress, type ProgressUseCases } from '../progress/app/progress';
import type { Application, StatusChange } from '../domain/application';
import { countsTowardGoal } from '../domain/counting';
import type { Placement } from '../domain/placement';

export interface PlacementsApp {
  audit: ProgressAuditUseCase;
  applications: ApplicationUseCases;
  placements: PlacementUseCases;
  progress: ProgressUseCases;
  /** How fast a student may apply; absent in component tests of other rules. */
  applicationLimits?: ApplicationLimits;
}

type Ref = { id: string };
type ProgressArgs = { year?: number | null; period?: string | null; language?: string | null };

/** Resolvers only: read the viewer, call a use case. Errors are DomainErrors, mapped by the kit. */
export function placementResolvers({ applications, placements, progress, applicationLimits, audit }: PlacementsApp): Resolvers {
  // One store query per page of hits for each read the Assignment fields share (assignment-reads.ts).
  const reads = perRequest(() => applications.readsForOneRequest());
  return {
    ...scalarResolvers,
    Query: {
      application: (_: unknown, args: Ref, ctx) => applications.find(ctx.viewer, args.id),
      placement: (_: unknown, args: Ref, ctx) => placements.find(ctx.viewer, args.id),
      placementProgress: (_: unknown, { year, ...options }: ProgressArgs, ctx) => progress.progress(ctx.viewer, year, options),
      placementProgressCsv: (_: unknown, { year, ...options }: ProgressArgs, ctx) => progress.csv(ctx.viewer, year, options),
      progressAudit: (_: unknown, args: { year?: number | null; period?: string | null; filter?: unknown }, ctx) => audit.audit(ctx.viewer, args),
      progressAuditCsv: (_: unknown, args: { year?: number | null; period?: string | null; filter?: unknown; language?: string | null }, ctx) =>
        audit.csv(ctx.viewer, args),
    },
    Mutation: {
      apply: (_: unknown, args: { assignmentId: string; motivation: string }, ctx) =>
        applications.apply(ctx.viewer, args, applicationLimits?.admit),
      moveApplication: (_: unknown, args: { id: string; status: string; note?: string | null; answerBy?: string | null }, ctx) =>
        applications.move(ctx.viewer, args.id, args.status, args.note, args.answerBy),
      acceptOffer: (_: unknown, args: { applicationId: string }, ctx) => placements.acceptOffer(ctx.viewer, args.applicationId),
      startPlacement: (_: unknown, args: { id: string; startDate?: string | null; correctionReason?: string | null }, ctx) =>
        placements.start(ctx.viewer, args.id, args.startDate, args.correctionReason),
      completePlacement: (_: unknown, args: { id: string; endDate?: string | null }, ctx) =>
        placements.complete(ctx.viewer, args.id, args.endDate),
      cancelPlacement: (_: unknown, args: { id: string; reason: string }, ctx) => placements.cancel(ctx.viewer, args.id, args.reason),
      setPlacementTarget: (_: unknown, args: { year: number; period?: string | null; target: number }, ctx) => progress.setTarget(ctx.viewer, args),
      resetPlacementTarget: (_: unknown, args: { year: number; period?: string | null }, ctx) => progress.resetTarget(ctx.viewer, args),
    },
    Progress: {
      targetHistory: (p: Progress, _: unknown, ctx) => progress.targetHistory(ctx.viewer, { kind: p.periodKind, year: p.year }),
      forecastBacktest: (p: Progress, _: unknown, ctx) => progress.forecastBacktest(ctx.viewer, { kind: p.periodKind, year: p.year }, p.asOf),
      // The same figures for the period before, in the same language; asked only when selected.
      previousYear: (p: Progress, _: unknown, ctx) =>
        p.year > FIRST_YEAR ? progress.progress(ctx.viewer, p.year - 1, { period: p.periodKind, language: p.language }) : null,
    },
    ProgressAudit: {
      // Rows are paged here, so the operation limits see the page size on the list they multiply.
      rows: (a: ProgressAudit, args: unknown) => pageOf(a.rows, args, 'ProgressAudit.rows', 50),
    },
    Application: {
      // Every check runs here too, so no application is reachable around it through federation.
      __resolveReference: (ref: Ref, ctx) => applications.find(ctx.viewer, ref.id),
      assignment: (a: Application) => ({ id: a.assignmentId }),
      student: (a: Application) => ({ id: a.studentId }),
      // Whoever may see the application may see its placement: they are the same two parties.
      placement: (a: Application) => placements.byApplication(a.id).then((p) => p ?? null),
      offerAnswerBy: (a: Application) => (a.status === 'OFFERED' ? (a.offerAnswerBy ?? null) : null),
      allowedMoves: (a: Application, _: unknown, ctx) => applications.allowedMoves(ctx.viewer, a),
    },
    StatusChange: {
      reason: (c: StatusChange) => c.reason ?? null,
    },
    Placement: {
      __resolveReference: (ref: Ref, ctx) => placements.find(ctx.viewer, ref.id),
      application: (p: Placement, _: unknown, ctx) => applications.find(ctx.viewer, p.applicationId),
      assignment: (p: Placement) => ({ id: p.assignmentId }),
      student: (p: Placement) => ({ id: p.studentId }),
      countsTowardGoal: (p: Placement) => countsTowardGoal(p),
    },
    Student: {
      // The fields below check the viewer themselves; the reference itself reveals nothing.
      __resolveReference: (ref: Ref) => ({ id: ref.id }),
      applications: async (s: Ref, args: unknown, ctx) => pageOf(await applications.ofStudent(ctx.viewer, s.id), args, 'Student.applications', 50),
      placements: async (s: Ref, args: unknown, ctx) => pageOf(await placements.ofStudent(ctx.viewer, s.id), args, 'Student.placements', 50),
    },
    Assignment: {
      __resolveReference: (ref: Ref) => ({ id: ref.id }),
      applications: async (a: Ref, args: unknown, ctx) => pageOf(await applications.ofAssignment(ctx.viewer, a.id), args, 'Assignment.applications', 50),
      placesLeft: async (a: Ref, _: unknown, ctx) => (await placements.capacity(a.id, reads(ctx))).placesLeft,
      filled: async (a: Ref, _: unknown, ctx) => (await placements.capacity(a.id, reads(ctx))).filled,
      openForApplications: (a: Ref, _: unknown, ctx) => applications.openForApplications(a.id, reads(ctx)),
      applicationsCloseOn: (a: Ref, _: unknown, ctx) => applications.applicationsCloseOn(a.id, reads(ctx)),
      canApply: (a: Ref, _: unknown, ctx) => applications.canApply(ctx.viewer, a.id, reads(ctx)),
    },
  };
}
