/**
 * Every GraphQL enum holds exactly the values of the TypeScript enum the code decides on (issue 15,
 * typed edges), so the schemas' "mirrors" comments are checked facts. The enums are read from the
 * SDL each subgraph serves (contracts/src/schema.ts). A domain enum that is only a union type is
 * listed as a `Record<Union, true>`: the compiler holds the record to the union (a value missing
 * or extra fails the typecheck), this test holds it to the schema.
 */
import { buildASTSchema, isEnumType } from 'graphql';
import {
  APPLICATION_STATUSES,
  ASSIGNMENT_STATUSES,
  ASSIGNMENT_TYPES,
  COMPANY_STATUSES,
  PLACEMENT_STATUSES,
  ROLES,
  SECTORS,
  STUDY_LEVELS,
  WORKING_LANGUAGES,
  Reasons,
  SUBGRAPHS,
  subgraphTypeDefs,
  type SubgraphName,
} from '@cb/contracts';
import type { CompanyReviewStatus } from '../../services/companies/src/domain/company';
import { NOTIFICATION_KINDS } from '../../services/notifications/src/domain/notification';
import type { ActorKind } from '../../services/placements/src/domain/application';
import { NOT_COUNTED_REASONS, type WorkplaceRule } from '../../services/placements/src/domain/counting';
import { LANGUAGES } from '../../services/placements/src/progress/domain/labels';
import { PERIOD_KINDS } from '../../services/placements/src/domain/periods';
import type { Pace } from '../../services/placements/src/progress/domain/report';
import type { HighlightField } from '../../services/search/src/app/search-assignments';
import { WORK_MODES } from '../../services/search/src/domain/assignment-doc';
import type { Language as SearchLanguage } from '../../services/search/src/domain/labels';
import { ASSIGNMENT_SORTS } from '../../services/search/src/domain/queries';

const keys = <T extends string>(record: Record<T, true>) => Object.keys(record);

const COMPANY_REVIEW_STATUSES: Record<CompanyReviewStatus, true> = { PENDING: true, APPROVED: true, REJECTED: true, INFORMATION_REQUESTED: true };
const ACTOR_KINDS: Record<ActorKind, true> = { STUDENT: true, COMPANY: true, STAFF: true, SYSTEM: true };
const WORKPLACE_RULES: Record<WorkplaceRule, true> = { ON_SITE: true, REMOTE_ORGANISATION_MUNICIPALITY: true };
const PACES: Record<Pace, true> = { AHEAD: true, ON_TRACK: true, BEHIND: true };
const HIGHLIGHT_FIELDS: Record<HighlightField, true> = { TITLE: true, DESCRIPTION: true, COMPANY: true };
const SEARCH_LANGUAGES: Record<SearchLanguage, true> = { NL: true, EN: true };

/** The enums of contracts/schema/shared.graphql, the same in every subgraph. */
const SHARED: Array<[string, readonly string[]]> = [
  ['Role', ROLES],
  ['StudyLevel', STUDY_LEVELS],
  ['AssignmentType', ASSIGNMENT_TYPES],
  ['Sector', SECTORS],
  ['ApplicationStatus', APPLICATION_STATUSES],
  ['PlacementStatus', PLACEMENT_STATUSES],
  ['AssignmentStatus', ASSIGNMENT_STATUSES],
  ['CompanyStatus', COMPANY_STATUSES],
  ['WorkingLanguage', WORKING_LANGUAGES],
  ['ErrorReason', Object.keys(Reasons)],
];

/** The enums a subgraph declares itself, with the values its code decides on. */
const OWN: Array<[SubgraphName, string, readonly string[]]> = [
  ['companies', 'CompanyReviewStatus', keys(COMPANY_REVIEW_STATUSES)],
  ['placements', 'ActorKind', keys(ACTOR_KINDS)],
  ['placements', 'PeriodKind', PERIOD_KINDS],
  ['placements', 'Pace', keys(PACES)],
  ['placements', 'Language', LANGUAGES],
  ['placements', 'WorkplaceRule', keys(WORKPLACE_RULES)],
  ['placements', 'NotCountedReason', NOT_COUNTED_REASONS],
  ['search', 'WorkMode', WORK_MODES],
  ['search', 'AssignmentSort', ASSIGNMENT_SORTS],
  ['search', 'HighlightField', keys(HIGHLIGHT_FIELDS)],
  ['search', 'Language', keys(SEARCH_LANGUAGES)],
  ['students', 'Language', LANGUAGES],
  ['notifications', 'NotificationKind', NOTIFICATION_KINDS],
];

function enumValues(subgraph: SubgraphName, name: string): string[] {
  const type = buildASTSchema(subgraphTypeDefs(subgraph), { assumeValidSDL: true }).getType(name);
  if (!isEnumType(type)) throw new Error(`${subgraph} has no enum ${name}`);
  return type.getValues().map((v) => v.name);
}

describe('GraphQL enums and their TypeScript enums', () => {
  it.each(SUBGRAPHS.flatMap((subgraph) => SHARED.map(([name, values]) => [subgraph, name, values] as const)))(
    '%s: %s has the values of contracts',
    (subgraph, name, values) => {
      expect(enumValues(subgraph, name).sort()).toEqual([...values].sort());
    },
  );

  it.each(OWN)('%s: %s has the values of its domain', (subgraph, name, values) => {
    expect(enumValues(subgraph, name).sort()).toEqual([...values].sort());
  });
});
