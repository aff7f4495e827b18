export * from './calendar';
export * from './capacity';
export * from './open-for-applications';
export * from './visibility';
export * from './query-text';
export * from './saved-search';
export * from './erasure';
export * from './retention';
