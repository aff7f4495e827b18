/**
 * `@cb/kit/core`: the part of the kit a `domain/` file may use — errors, the viewer, input
 * validation, the seeded generator and the shapes of the ports (types only). It loads nothing but
 * contracts and zod, so a domain rule can be imported (by a test, a script or another layer)
 * without starting SQLite, Apollo Server, Express or argon2; the layer rules
 * (.dependency-cruiser.cjs) keep it that way.
 */
export * from './errors';
export * from './validation';
export * from './auth/viewer';
export * from './random';
export type { Doc, CollectionSpec, IndexSpec } from './store/port';
export type { SearchDocument, SearchIndexSettings, SnippetSegment } from './search/port';
