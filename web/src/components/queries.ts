import { graphql } from '../api/__generated__';

/** What an AssignmentCard shows: every list of assignments spreads it. */
export const ASSIGNMENT_CARD = graphql(`
  fragment AssignmentCard on Assignment {
    id
    title
    type
    sector
    periodStart
    periodEnd
    hoursPerWeek
    remote
    placesLeft
    company { id name }
    municipality { name }
  }
`);

/** How well a student and an assignment fit (the search service's Match): score, eligibility, reasons. */
export const FIT = graphql(`
  fragment Fit on Match {
    score
    eligible
    reasons
  }
`);

/** One move of an application, as the Timeline shows it (`reason`: why the marketplace made the move itself, by SYSTEM, e.g. OFFER_EXPIRED). */
export const STATUS_CHANGE = graphql(`
  fragment StatusChangeFields on StatusChange {
    from
    to
    by
    at
    note
    reason
  }
`);

/**
 * What an organisation says about itself, the same on every page that shows it (its own home and
 * profile form, its public page, an assignment's page, the staff's review).
 */
export const COMPANY_ABOUT = graphql(`
  fragment CompanyAbout on Company {
    id
    name
    sector
    website
    description
    impactLabel
    mboAkkoord
  }
`);

/**
 * The terms an organisation sets for an assignment: what its editor edits and its page shows, so
 * that a field added to the form is shown too.
 */
export const ASSIGNMENT_TERMS = graphql(`
  fragment AssignmentTerms on Assignment {
    id
    title
    description
    type
    levels
    sector
    status
    requiredSkills { skill { id } level }
    niceToHaveSkills { skill { id } level }
    periodStart
    periodEnd
    hoursPerWeek
    municipality { id }
    remote
    places
    applicationDeadline
    allowancePerMonth
    language
  }
`);

/** One application with its timeline and placement, as its student and its organisation follow it. */
export const APPLICATION_PROGRESS = graphql(`
  fragment ApplicationProgress on Application {
    id
    status
    allowedMoves
    motivation
    submittedAt
    updatedAt
    history { ...StatusChangeFields }
    offerAnswerBy
    placement { id status startDate endDate confirmedAt countsTowardGoal }
  }
`);
