export * from './enums';
export * from './events/catalog';
export * from './vocab';
export * from './schema';
export * from './errors';
export * from './rules';
