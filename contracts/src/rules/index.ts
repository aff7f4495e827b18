export * from './calendar';
export * from './capacity';
export * from './open-for-applications';
export * from './query-text';
export * from './saved-search';
