export { searchService } from './service';
export { SearchProjection } from './app/projection';
export { SearchAssignments } from './app/search-assignments';
export { RecommendAssignments } from './app/recommend-assignments';
export { ASSIGNMENT_INDEX, type AssignmentSearchDoc } from './domain/assignment-doc';
