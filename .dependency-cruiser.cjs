/**
 * The layer rules of the house (issue 15, STYLE.md "Layer rules checked by a tool"), checked by
 * dependency-cruiser in `npm test` (test/quality/layers.test.ts). Paths are relative to the repo
 * root; `ROOT` also lets them match the fixture tree under test/quality/fixtures/layers/, which
 * breaks each rule once so the test can show that a violation is reported.
 */
const ROOT = '^(?:test/quality/fixtures/layers/)?';
/** A package, resolved into node_modules or (a path its exports map does not list) left unresolved by name. */
const lib = (names) => `(^|node_modules/)(${names})(/|$)`;
/** The kit's adapter files (named <role>.<tech>.ts) and the libraries only adapters may load. */
const KIT_ADAPTER = `${ROOT}services/kit/src/.+\\.(sqlite|sqlite-log|mongo|kafka|meilisearch|minisearch|memory)\\.ts$`;
const ENGINE_LIBRARIES = lib('better-sqlite3|mongodb|mongoose|kafkajs|@platformatic/kafka|meilisearch|minisearch|express|@apollo/server');
/** The files behind @cb/kit/core (services/kit/src/core.ts). */
const KIT_CORE = `${ROOT}services/kit/src/(core|errors|validation|auth/viewer|random|store/port|search/port)\\.ts$`;
/** Test harnesses that provision or inspect the real engines themselves. */
const ENGINE_HARNESSES = '^(test/distributed|infra)/';
/** A client library that only its adapter file(s) (and the engine harnesses) may import. */
const onlyAdapterImports = (name, comment, adapter, libraries) => ({
  name,
  comment,
  severity: 'error',
  from: { pathNot: [adapter, ENGINE_HARNESSES] },
  to: { path: lib(libraries) },
});

module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-core',
      comment:
        'domain/ holds the rules: it imports only contracts, zod, the narrow kit core (@cb/kit/core) and its own domain, so a rule can be read, tested and reused without a database, a bus or a server.',
      severity: 'error',
      from: { path: `${ROOT}services/([^/]+)/src/(?:domain|[^/]+/domain)/` },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: [`${ROOT}services/$1/src/(?:domain|[^/]+/domain)/`, `${ROOT}contracts/src/`, 'node_modules/zod/', `${ROOT}services/kit/src/core\\.ts$`],
      },
    },
    {
      name: 'domain-no-io-builtins',
      comment: 'domain/ may use pure Node built-ins (crypto for a hash) but no file, network or process I/O.',
      severity: 'error',
      from: { path: `${ROOT}services/[^/]+/src/(?:domain|[^/]+/domain)/` },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|net|http|https|http2|child_process|cluster|dgram|dns|tls|worker_threads)(/|$)' },
    },
    {
      name: 'kit-core-stays-narrow',
      comment:
        '@cb/kit/core is what domain/ may load: its files import at run time only each other, contracts and zod, never an adapter, the host, the runtime or an engine library (type-only imports of port shapes are erased).',
      severity: 'error',
      from: { path: KIT_CORE },
      to: { dependencyTypesNot: ['type-only'], pathNot: [KIT_CORE, `${ROOT}contracts/src/`, 'node_modules/zod/'] },
    },
    {
      name: 'app-knows-no-edge-or-adapter',
      comment: 'app/ holds the use cases: it takes ports and knows nothing of GraphQL, HTTP, Kafka or a particular store.',
      severity: 'error',
      from: { path: `${ROOT}services/([^/]+)/src/(?:app|[^/]+/app)/` },
      to: { path: [`${ROOT}services/$1/src/(?:graphql|http|adapters|[^/]+/graphql|[^/]+/http|[^/]+/adapters)/`, KIT_ADAPTER, ENGINE_LIBRARIES] },
    },
    {
      name: 'no-service-imports-another',
      comment: 'A service learns from the others through events and federation, never by importing their code; the kit and contracts are shared.',
      severity: 'error',
      from: { path: `${ROOT}services/([^/]+)/`, pathNot: `${ROOT}services/kit/` },
      to: { path: [`${ROOT}services/[^/]+/`, `${ROOT}gateway/`], pathNot: [`${ROOT}services/($1|kit)/`] },
    },
    {
      name: 'kit-imports-no-service',
      comment: 'The kit serves every service and knows none of them.',
      severity: 'error',
      from: { path: `${ROOT}services/kit/` },
      to: { path: [`${ROOT}services/(?!kit/)[^/]+/`, `${ROOT}gateway/`] },
    },
    {
      name: 'contracts-import-no-code',
      comment: 'contracts/ is what everyone shares: it depends on no service, the gateway or the web app.',
      severity: 'error',
      from: { path: `${ROOT}contracts/` },
      to: { path: `${ROOT}(services|gateway|web)/` },
    },
    onlyAdapterImports(
      'only-the-bus-adapter-imports-kafka',
      'STYLE.md: keep the Kafka client behind one file, so a later switch of client touches only that file.',
      '^services/kit/src/bus/event-bus\\.kafka\\.ts$',
      'kafkajs|@platformatic/kafka',
    ),
    onlyAdapterImports(
      'only-the-mongo-adapters-import-mongodb',
      'The MongoDB driver stays in the Mongo adapters (the store, and the rate-limit counters kept in the same database).',
      '^services/kit/src/(store/store|rate-limit/rate-limit)\\.mongo\\.ts$',
      'mongodb|mongoose',
    ),
    onlyAdapterImports(
      'only-the-search-adapter-imports-meilisearch',
      'The Meilisearch client stays in its adapter; everything else speaks the search-index port.',
      '^services/kit/src/search/search-index\\.meilisearch\\.ts$',
      'meilisearch',
    ),
    {
      name: 'web-imports-no-server-code',
      comment: 'The web app talks to the API; it shares only contracts (vocabulary, enums, reasons), never the kit, a service or the gateway.',
      severity: 'error',
      from: { path: `${ROOT}web/src/` },
      to: { path: [`${ROOT}services/`, `${ROOT}gateway/`, 'node_modules/@cb/(kit|gateway|students|companies|placements|search)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage)/' },
    // Type-only imports are dependencies too: a domain file that names an adapter's type is coupled to it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'import', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['main', 'types', 'typings'],
    },
  },
};
