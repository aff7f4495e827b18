export { placementsService, composePlacements, type ComposeOptions, type PlacementsUseCases } from './service';
export { ApplicationUseCases } from './app/applications';
export { PlacementUseCases } from './app/placements';
export { ProgressUseCases, type Progress } from './progress/app/progress';
export { ProgressProjection } from './progress/app/projection';
export { StudentErasure } from './app/erasure';
export { openData, type PlacementsData } from './app/data';
export { countTowardGoal, countsTowardGoal, type GoalFacts, type GoalPeriod, type PeriodKind } from './domain/counting';
export { placementResolvers } from './graphql/resolvers';
