import { graphql } from '../../api/__generated__';

// ── Goal dashboard ────────────────────────────────────────────────────────────────────────────
/** A period's target, as the dashboard shows it and setting or resetting it answers. */
export const PERIOD_TARGET = graphql(`
  fragment PeriodTarget on Progress { year periodKind target targetIsDefault }
`);

export const PROGRESS = graphql(`
  query GoalProgress($year: Int, $period: PeriodKind, $language: Language) {
    placementProgress(year: $year, period: $period, language: $language) {
      ...PeriodTarget
      periodStart
      periodEnd
      asOf
      count
      expectedByNow
      pace
      forecast { low expected high }
      forecastBacktest { meanAbsolutePercentageError }
      targetHistory { at by from fromDefault to toDefault }
      bySector { key label count }
      byMunicipality { key label count }
      byInstitution { key label count }
      byType { key label count }
      byLevel { key label count }
      beside { adStudents nonFinalPhaseStudents cancelledAfterStart }
      monthly { month count cumulative }
      funnel { applications offers placements completed applicationToOffer offerToPlacement placementToCompleted }
      previousYear {
        year
        count
        target
        monthly { month count cumulative }
      }
    }
  }
`);

/** The goal's numbers as CSV: the counts (dashboard) and the placements behind them (audit page). */
export const PROGRESS_CSV = graphql(`
  query GoalProgressCsv($year: Int, $period: PeriodKind, $language: Language) {
    placementProgressCsv(year: $year, period: $period, language: $language)
  }
`);

export const PROGRESS_AUDIT_CSV = graphql(`
  query ProgressAuditCsv($year: Int, $period: PeriodKind, $language: Language) {
    progressAuditCsv(year: $year, period: $period, language: $language)
  }
`);

export const SET_TARGET = graphql(`
  mutation SetPlacementTarget($year: Int!, $period: PeriodKind, $target: Int!) {
    setPlacementTarget(year: $year, period: $period, target: $target) { ...PeriodTarget }
  }
`);

export const RESET_TARGET = graphql(`
  mutation ResetPlacementTarget($year: Int!, $period: PeriodKind) {
    resetPlacementTarget(year: $year, period: $period) { ...PeriodTarget }
  }
`);

// ── Organisations to approve ──────────────────────────────────────────────────────────────────
/** Where staff's review of an organisation stands, as the list shows it and each decision answers it. */
export const COMPANY_REVIEW = graphql(`
  fragment CompanyReview on Company { id reviewStatus reviewNote }
`);

export const ORGANISATIONS = graphql(`
  query Organisations {
    pending: companies(status: PENDING, reviewStatus: [PENDING, INFORMATION_REQUESTED]) {
      ...CompanyAbout
      ...CompanyReview
      reviewedAt
      kvkNumber
      registeredAt
      municipality { name inRegion }
      contactPerson { name email phone }
    }
    approved: companies(status: APPROVED) {
      id
      name
      sector
      municipality { name }
    }
  }
`);

export const APPROVE = graphql(`mutation ApproveCompany($id: ID!) { approveCompany(id: $id) { id status } }`);

// ── The placements behind the goal's number ───────────────────────────────────────────────────
export const PROGRESS_AUDIT = graphql(`
  query ProgressAudit($year: Int, $period: PeriodKind, $filter: ProgressAuditFilter, $page: Int, $pageSize: Int) {
    progressAudit(year: $year, period: $period, filter: $filter) {
      year
      periodKind
      total
      counted
      rows(page: $page, pageSize: $pageSize) {
        placementId
        studentId
        status
        startDate
        plannedStart
        studyLevel
        studyYear
        institutionId
        municipality
        municipalityDecidedBy
        countsTowardGoal
        notCountedReason
        attributedTo
        correctionReason
      }
    }
  }
`);

export const REJECT = graphql(`
  mutation RejectCompany($id: ID!, $reason: String!) {
    rejectCompany(id: $id, reason: $reason) { ...CompanyReview }
  }
`);

export const REQUEST_INFORMATION = graphql(`
  mutation RequestCompanyInformation($id: ID!, $message: String!) {
    requestCompanyInformation(id: $id, message: $message) { ...CompanyReview }
  }
`);
