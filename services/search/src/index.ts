export { searchService } from './service';
export { SearchProjection } from './app/projection';
export { SearchAssignments } from './app/search-assignments';
export { RecommendAssignments } from './app/recommend-assignments';
export { RecommendCandidates } from './app/recommend-candidates';
export { MatchFor } from './app/match-for';
export { SuggestSkills } from './app/suggest-skills';
export { ASSIGNMENT_INDEX, type AssignmentSearchDoc } from './domain/assignment-doc';
