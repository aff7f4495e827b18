export { placementsService } from './service';
export { ApplicationUseCases } from './app/applications';
export { PlacementUseCases } from './app/placements';
export { ProgressUseCases } from './app/progress';
export { StudentErasure } from './app/erasure';
export { openData, type PlacementsData } from './app/data';
export { countTowardGoal, countsTowardGoal, type GoalPeriod, type PeriodKind } from './domain/counting';
