/**
 * The distributed profile's tests (`npm run test:distributed`): real Kafka and FerretDB, started once
 * by test/distributed/global-setup.ts and handed over in KAFKA_BROKERS and MONGO_URL.
 *
 * What runs here: every `*.distributed.test.ts` (end-to-end tests of the distributed profile go
 * under test/distributed/), and the kit's store and bus contracts on the distributed adapters.
 * Run with --runInBand: the engines and the service processes share two cores.
 */
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  // @platformatic/kafka (and two helpers of its own) ship only ES modules, which jest's CommonJS
  // runtime cannot require; swc turns them into CommonJS for the test run. Node itself loads them
  // with require(esm), so the services need nothing of the kind.
  '^.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
};
module.exports = {
  displayName: 'distributed',
  rootDir: __dirname,
  roots: ['<rootDir>/services', '<rootDir>/test/distributed', '<rootDir>/test/e2e'],
  // The embedded profile's end-to-end tests that must hold unchanged on separate processes
  // (global-setup sets CB_TEST_PROFILE=distributed, which makes their harness start a cluster).
  testMatch: [
    '**/*.distributed.test.ts',
    '**/services/kit/test/contract/distributed.contract.test.ts',
    '**/test/e2e/flow.e2e.test.ts',
    '**/test/e2e/bad-input.e2e.test.ts',
    '**/test/e2e/request-language.e2e.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/'],
  transform,
  transformIgnorePatterns: ['/node_modules/(?!@platformatic/)'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/setup/log-level.js'],
  testTimeout: 180000,
  globals: { CB_DISTRIBUTED_RUN: true },
  globalSetup: '<rootDir>/test/distributed/global-setup.ts',
  globalTeardown: '<rootDir>/test/distributed/global-teardown.ts',
};
