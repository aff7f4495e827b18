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
