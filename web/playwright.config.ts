import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/**
 * Browser tests: Playwright's runner drives Debian's chromium (installed by
 * scripts/install-browser.sh; Playwright's own browser download cannot work here) against the
 * whole marketplace, started by e2e/serve.ts on a free port.
 */
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script]).toString();
}
// Workers load this file again: they must use the port the main process chose.
process.env.CB_WEB_TEST_PORT ??= freePort();
const port = process.env.CB_WEB_TEST_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    // A fresh profile per browser: Playwright's launch() always gives chromium a new temporary
    // --user-data-dir (passing one in args is refused), so no state leaks between runs.
    launchOptions: {
      executablePath: process.env.CB_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  webServer: {
    command: 'tsx e2e/serve.ts',
    env: { PORT: port },
    // /health answers as soon as the gateway listens, but the demo seed (500 students through the
    // use cases, each password checked against the policy) runs after that: start the tests when
    // serve.ts says the seeded marketplace is ready, not while it is still being filled. (No `url`
    // beside it: Playwright starts the tests on whichever of the two comes first.)
    wait: { stdout: /browser-test marketplace ready/ },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
