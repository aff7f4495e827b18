import { graphql } from '../../api/__generated__';

// ── Goal dashboard ────────────────────────────────────────────────────────────────────────────
export const PROGRESS = graphql(`
  query GoalProgress($year: Int, $period: PeriodKind, $language: Language) {
    placementProgress(year: $year, period: $period, language: $language) {
      year
      periodKind
      periodStart
      periodEnd
      asOf
      target
      targetIsDefault
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

export const PROGRESS_CSV = graphql(`
  query GoalProgressCsv($year: Int, $period: PeriodKind, $language: Language) {
    placementProgressCsv(year: $year, period: $period, language: $language)
  }
`);

export const SET_TARGET = graphql(`
  mutation SetPlacementTarget($year: Int!, $period: PeriodKind, $target: Int!) {
    setPlacementTarget(year: $year, period: $period, target: $target) { year periodKind target targetIsDefault }
  }
`);

export const RESET_TARGET = graphql(`
  mutation ResetPlacementTarget($year: Int!, $period: PeriodKind) {
    resetPlacementTarget(year: $year, period: $period) { year periodKind target targetIsDefault }
  }
`);

// ── Organisations to approve ──────────────────────────────────────────────────────────────────
export const ORGANISATIONS = graphql(`
  query Organisations {
    pending: companies(status: PENDING, reviewStatus: [PENDING, INFORMATION_REQUESTED]) {
      id
      name
      reviewStatus
      reviewNote
      reviewedAt
      kvkNumber
      sector
      website
      description
      impactLabel
      mboAkkoord
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

export const APPROVE = graphql(`
  mutation ApproveCompany($id: ID!) {
    approveCompany(id: $id) { id status }
  }
`);

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

export const PROGRESS_AUDIT_CSV = graphql(`
  query ProgressAuditCsv($year: Int, $period: PeriodKind, $language: Language) {
    progressAuditCsv(year: $year, period: $period, language: $language)
  }
`);

export const REJECT = graphql(`
  mutation RejectCompany($id: ID!, $reason: String!) {
    rejectCompany(id: $id, reason: $reason) { id reviewStatus reviewNote }
  }
`);

export const REQUEST_INFORMATION = graphql(`
  mutation RequestCompanyInformation($id: ID!, $message: String!) {
    requestCompanyInformation(id: $id, message: $message) { id reviewStatus reviewNote }
  }
`);
