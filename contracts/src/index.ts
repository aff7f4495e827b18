export * from './enums';
export * from './events/catalog';
export * from './vocab';
export * from './schema';
export * from './reasons';
