import { inRequestLanguage, known, pageOf, perRequest, scalarResolvers } from '@cb/kit';
import type { ApplicationUseCases } from '../app/applications';
import type { ApplicationLimits } from '../app/application-limits';
import type { PlacementUseCases } from '../app/placements';
import type { ProgressAuditUseCase } from '../progress/app/audit';
import { FIRST_YEAR, type ProgressUseCases } from '../progress/app/progress';
import { countsTowardGoal } from '../domain/counting';
import { systemMoveText } from '../domain/system-moves';
import type { Resolvers } from './__generated__/resolvers-types';

export interface PlacementsApp {
  audit: ProgressAuditUseCase;
  applications: ApplicationUseCases;
  placements: PlacementUseCases;
  progress: ProgressUseCases;
  /** How fast a student may apply; absent in component tests of other rules. */
  applicationLimits?: ApplicationLimits;
}

/** Resolvers only: read the viewer, call a use case. Errors are DomainErrors, mapped by the kit. */
export function placementResolvers({ applications, placements, progress, applicationLimits, audit }: PlacementsApp): Resolvers {
  // One store query per page of hits for each read the Assignment fields share (assignment-reads.ts).
  const reads = perRequest(() => applications.readsForOneRequest());
  return {
    ...scalarResolvers,
    Query: {
      application: (_, args, ctx) => applications.find(ctx.viewer, args.id),
      placement: (_, args, ctx) => placements.find(ctx.viewer, args.id),
      placementProgress: (_, { year, ...options }, ctx) => progress.progress(ctx.viewer, year, inRequestLanguage(options, ctx)),
      placementProgressCsv: (_, { year, ...options }, ctx) => progress.csv(ctx.viewer, year, inRequestLanguage(options, ctx)),
      progressAudit: (_, args, ctx) => audit.audit(ctx.viewer, args),
      progressAuditCsv: (_, args, ctx) => audit.csv(ctx.viewer, inRequestLanguage(args, ctx)),
    },
    Mutation: {
      apply: (_, args, ctx) =>
        applications.apply(ctx.viewer, args, applicationLimits?.admit),
      moveApplication: (_, args, ctx) =>
        applications.move(ctx.viewer, args.id, args.status, args.note, args.answerBy),
      acceptOffer: (_, args, ctx) => placements.acceptOffer(ctx.viewer, args.applicationId),
      startPlacement: (_, args, ctx) =>
        placements.start(ctx.viewer, args.id, args.startDate, args.correctionReason),
      completePlacement: (_, args, ctx) =>
        placements.complete(ctx.viewer, args.id, args.endDate),
      cancelPlacement: (_, args, ctx) => placements.cancel(ctx.viewer, args.id, args.reason),
      setPlacementTarget: (_, args, ctx) => progress.setTarget(ctx.viewer, args),
      resetPlacementTarget: (_, args, ctx) => progress.resetTarget(ctx.viewer, args),
    },
    Progress: {
      targetHistory: (p, _, ctx) => progress.targetHistory(ctx.viewer, { kind: p.periodKind, year: p.year }),
      forecastBacktest: (p, _, ctx) => progress.forecastBacktest(ctx.viewer, { kind: p.periodKind, year: p.year }, p.asOf),
      // The same figures for the period before, in the same language; asked only when selected.
      previousYear: (p, _, ctx) =>
        p.year > FIRST_YEAR ? progress.progress(ctx.viewer, p.year - 1, { period: p.periodKind, language: p.language }) : null,
    },
    ProgressAudit: {
      // Rows are paged here, so the operation limits see the page size on the list they multiply.
      rows: (a, args) => pageOf(a.rows, args, 'ProgressAudit.rows', 50),
    },
    Application: {
      // Every check runs here too, so no application is reachable around it through federation.
      __resolveReference: (ref, ctx) => applications.find(ctx.viewer, ref.id),
      assignment: (a) => ({ id: a.assignmentId }),
      student: (a) => ({ id: a.studentId }),
      // Whoever may see the application may see its placement: they are the same two parties.
      placement: (a) => placements.byApplication(a.id).then((p) => p ?? null),
      offerAnswerBy: (a) => (a.status === 'OFFERED' ? (a.offerAnswerBy ?? null) : null),
      allowedMoves: (a, _, ctx) => applications.allowedMoves(ctx.viewer, a),
    },
    StatusChange: {
      reason: (c) => c.reason ?? null,
      explanation: (c, _, ctx) => systemMoveText(c.reason, ctx.language ?? 'NL'),
    },
    Placement: {
      __resolveReference: (ref, ctx) => placements.find(ctx.viewer, ref.id),
      application: async (p, _, ctx) => known(await applications.find(ctx.viewer, p.applicationId), 'application'),
      assignment: (p) => ({ id: p.assignmentId }),
      student: (p) => ({ id: p.studentId }),
      countsTowardGoal: (p) => countsTowardGoal(p),
    },
    Student: {
      // The fields below check the viewer themselves; the reference itself reveals nothing.
      __resolveReference: (ref) => ({ id: ref.id }),
      applications: async (s, args, ctx) => pageOf(await applications.ofStudent(ctx.viewer, s.id), args, 'Student.applications', 50),
      placements: async (s, args, ctx) => pageOf(await placements.ofStudent(ctx.viewer, s.id), args, 'Student.placements', 50),
    },
    Assignment: {
      __resolveReference: (ref) => ({ id: ref.id }),
      applications: async (a, args, ctx) => pageOf(await applications.ofAssignment(ctx.viewer, a.id), args, 'Assignment.applications', 50),
      placesLeft: async (a, _, ctx) => (await placements.capacity(a.id, reads(ctx))).placesLeft,
      filled: async (a, _, ctx) => (await placements.capacity(a.id, reads(ctx))).filled,
      openForApplications: (a, _, ctx) => applications.openForApplications(a.id, reads(ctx)),
      applicationsCloseOn: (a, _, ctx) => applications.applicationsCloseOn(a.id, reads(ctx)),
      canApply: (a, _, ctx) => applications.canApply(ctx.viewer, a.id, reads(ctx)),
    },
  };
}
