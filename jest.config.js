/** One jest run over every workspace; TypeScript is compiled by swc (no type checking here: `npm run typecheck` does that). */
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] };
const project = (displayName, roots) => ({
  displayName,
  roots,
  transform,
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup/log-level.js'],
  testMatch: ['**/*.test.ts'],
  // The distributed profile's suites need provisioned engines: `npm run test:distributed` runs them.
  testPathIgnorePatterns: ['/node_modules/', 'distributed'],
});
module.exports = {
  testTimeout: 30000,
  projects: [
    project('contracts', ['<rootDir>/contracts']),
    ...['kit', 'students', 'companies', 'placements', 'search', 'notifications'].map((name) => project(name, [`<rootDir>/services/${name}`])),
    project('gateway', ['<rootDir>/gateway']),
    project('e2e', ['<rootDir>/test/e2e']),
    project('infra', ['<rootDir>/test/infra']),
    // Layer rules, linters and the narrow kit core (issue 15).
    project('quality', ['<rootDir>/test/quality']),
    // The web app's plain-TypeScript rules and dictionaries (its pages are tested in the browser: web/e2e).
    project('web', ['<rootDir>/web/test']),
  ],
};
