// Type-aware lint rules (issue 15), run by `npm run lint` inside `npm test`. Style is left to the
// code's own habits; these rules catch bugs the type checker lets through: a promise nobody awaits,
// an async callback where a sync one is expected, a type import that would load a module at run time.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Files that no tsconfig includes (so nothing type-checks them either): linted without type information. */
const OUTSIDE_TSCONFIG = ['codegen.ts', 'codegen.shared.ts', 'bench/progress.ts', 'bench/search.ts', 'infra/bundle.ts', 'web/e2e/serve.ts', 'web/test/**'];
const TESTS = ['**/test/**', 'test/**', 'web/e2e/**', 'bench/**'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'data/', 'coverage/', 'web/test-results/', 'test/quality/fixtures/', 'bench/results/', '**/__generated__/', '**/*.js', '**/*.cjs', '**/*.mjs', '**/*.mts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The lint fixtures (test/quality/fixtures/lint) belong to no tsconfig: a default project types them.
        projectService: { allowDefaultProject: ['test/quality/fixtures/lint/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `typeof import('x')` stays allowed: it types a module loaded lazily with import() (the Meilisearch client).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // An unused parameter or destructured rest sibling named `_x` is deliberate (a port's signature, an omitted field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Off outside the typed edges (on below for resolvers and the web app, whose GraphQL types are
      // generated): JSON, event payloads and test responses are read as `any`.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Adapters implement async ports synchronously (the embedded store, the in-memory limiter): the
      // promise is the port's contract, not a sign of a missing await.
      '@typescript-eslint/require-await': 'off',
      // String(x) on an unknown value from outside (an error, a header, a stored field) is the intended
      // fallback text; the rule cannot tell those from an object printed by mistake.
      '@typescript-eslint/no-base-to-string': 'off',
      // graphql-js compares its Kind and OperationTypeNode enums with their string values by design.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    files: TESTS,
    rules: {
      // Tests poke at GraphQL responses and private seams; `any` there is the shortest honest type.
      '@typescript-eslint/no-explicit-any': 'off',
      // expect(obj.method) and jest's mocks pass methods around unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The typed edges (codegen.ts): resolvers get their arguments and the web app its results from
    // the generated types, so an `any` there is a mistake again.
    files: ['services/{students,companies,placements,search,notifications}/src/graphql/**', 'gateway/src/identity.ts', 'web/src/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    files: OUTSIDE_TSCONFIG,
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // React calls an async event handler and ignores its promise; the handlers catch their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // React Router's navigate() may return a promise that only data routers (not used here) fulfil.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'react-router', name: 'NavigateFunction' }] }],
      // Hooks hand out closures (t, errors.clear), not methods that need their `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
