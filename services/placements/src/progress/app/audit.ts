import { Reasons } from '@cb/contracts';
import { z } from 'zod';
import type { AssignmentType, PlacementStatus, StudyLevel } from '@cb/contracts';
import { forbidden, parseInput, unauthenticated, type Viewer } from '@cb/kit';
import { amsterdamDate } from '@cb/contracts';
import { NOT_COUNTED_REASONS, judgePeriod, type NotCountedReason, type Verdict, type WorkplaceRule } from '../../domain/counting';
import type { Placement } from '../../domain/placement';
import { LANGUAGES } from '../domain/labels';
import { mayAuditProgress } from '../../domain/policy';
import { systemClock, type Clock } from '../../app/data';
import type { PlacementRecords } from './data';
import { parsePeriod } from './progress';
import { progressAuditCsv } from './audit-csv';

/** One placement behind the goal's number: ids and the confirmation snapshot, no names. */
export interface AuditRow {
  placementId: string;
  studentId: string;
  assignmentId: string;
  companyId: string;
  status: PlacementStatus;
  confirmedAt: string;
  startDate: string | null;
  plannedStart: string | null;
  cancelledAfterStart: boolean;
  studyLevel: StudyLevel;
  studyYear: number;
  institutionId: string;
  programmeId: string;
  sector: string;
  type: AssignmentType;
  municipality: string;
  /** Null for placements confirmed before it was recorded. */
  municipalityDecidedBy: WorkplaceRule | null;
  countsTowardGoal: boolean;
  notCountedReason: NotCountedReason | null;
  attributedTo: string | null;
  correctionReason: string | null;
}

export interface ProgressAudit {
  year: number;
  periodKind: 'CALENDAR' | 'ACADEMIC';
  /** Rows that pass the filter. */
  total: number;
  /** Counted rows of the whole period, filter or not: equals placementProgress.count. */
  counted: number;
  rows: AuditRow[];
}

const filterInput = z
  .object({
    countsTowardGoal: z.boolean().nullish(),
    reason: z.enum(NOT_COUNTED_REASONS, `must be one of ${NOT_COUNTED_REASONS.join(', ')}`).nullish(),
    corrected: z.boolean().nullish(),
  })
  .nullish();

export interface AuditArgs {
  year?: unknown;
  period?: unknown;
  filter?: unknown;
  language?: unknown;
}

const languageInput = z.enum(LANGUAGES, 'must be NL or EN').nullish();

function rowOf({ placement: p, countsTowardGoal, reason, attributedTo }: Verdict<Placement>): AuditRow {
  const s = p.snapshot;
  return {
    placementId: p.id,
    studentId: p.studentId,
    assignmentId: p.assignmentId,
    companyId: p.companyId,
    status: p.status,
    confirmedAt: p.confirmedAt,
    startDate: p.startDate,
    plannedStart: p.plannedStart ?? null,
    cancelledAfterStart: p.cancelledAfterStart,
    studyLevel: s.level,
    studyYear: s.studyYear,
    institutionId: s.institutionId,
    programmeId: s.programmeId,
    sector: s.sector,
    type: s.type,
    municipality: s.municipality,
    municipalityDecidedBy: s.workplace ?? null,
    countsTowardGoal,
    notCountedReason: reason,
    attributedTo,
    correctionReason: p.correction?.reason ?? null,
  };
}

/**
 * The placements behind the goal's number, for staff (and auditors): every placement of the period
 * judged by the counting rule itself (domain/counting.ts `judgePeriod`, the same function the count
 * comes from), so the counted rows add up to the count and to every breakdown.
 */
export class ProgressAuditUseCase {
  constructor(
    private readonly records: PlacementRecords,
    private readonly clock: Clock = systemClock,
  ) {}

  async audit(viewer: Viewer | undefined, args: AuditArgs): Promise<ProgressAudit> {
    if (!viewer) throw unauthenticated('Sign in as staff to see the placements behind the goal.');
    if (!mayAuditProgress(viewer)) throw forbidden(Reasons.STAFF_ONLY, 'Only Dordrecht Academy staff may see the placements behind the goal.');
    const period = parsePeriod(args.year, args.period, amsterdamDate(this.clock()));
    const filter = parseInput(filterInput, args.filter, 'filter') ?? {};
    // A shortcut: every placement is read and the period's are judged here. The store has no range
    // queries, and a staff member's audit of a few thousand placements a year stays well within a
    // request; the count itself comes from the progress read model, and a test checks both agree.
    const verdicts = judgePeriod(await this.records.placements.find(), period);
    const rows = verdicts
      .map(rowOf)
      .filter((r) => filter.countsTowardGoal == null || r.countsTowardGoal === filter.countsTowardGoal)
      .filter((r) => filter.reason == null || r.notCountedReason === filter.reason)
      .filter((r) => filter.corrected == null || (r.correctionReason !== null) === filter.corrected);
    return { year: period.year, periodKind: period.kind, total: rows.length, counted: verdicts.filter((v) => v.countsTowardGoal).length, rows };
  }

  /** The same rows (all of them, filtered like the list) as CSV for a spreadsheet: ids and codes, no names. */
  async csv(viewer: Viewer | undefined, args: AuditArgs): Promise<string> {
    const audit = await this.audit(viewer, args);
    return progressAuditCsv(audit, parseInput(languageInput, args.language, 'language') ?? 'NL');
  }
}
