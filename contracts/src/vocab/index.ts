/** Controlled vocabularies of Career Boost, referenced by stable id everywhere. */
export * from './sectors';
export * from './skills';
export * from './municipalities';
export * from './institutions';
export * from './labels';
