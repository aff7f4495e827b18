/** The shared enums of the public API (DESIGN.md §3). GraphQL enums in schema/*.graphql mirror these. */
export const STUDY_LEVELS = ['AD', 'BACHELOR'] as const;
export type StudyLevel = (typeof STUDY_LEVELS)[number];

export const ASSIGNMENT_TYPES = ['PROJECT', 'INTERNSHIP', 'MINOR', 'GRADUATION', 'WORK_BASED_LEARNING'] as const;
export type AssignmentType = (typeof ASSIGNMENT_TYPES)[number];

export const APPLICATION_STATUSES = [
  'SUBMITTED',
  'IN_REVIEW',
  'INTERVIEW',
  'OFFERED',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
  'DECLINED',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const PLACEMENT_STATUSES = ['CONFIRMED', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const ASSIGNMENT_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const COMPANY_STATUSES = ['PENDING', 'APPROVED'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const ROLES = ['STUDENT', 'COMPANY', 'STAFF'] as const;
export type Role = (typeof ROLES)[number];

/** The languages a person reads the marketplace (and its mail) in. */
export const LANGUAGES = ['NL', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const WORKING_LANGUAGES = ['NL', 'EN', 'NL_EN'] as const;
export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number];
