import { defineConfig } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { chromiumLaunchOptions } from './scripts/chromium';

// One free port for the whole run: workers re-read this file, so the choice travels in the environment.
if (!process.env.E2E_PORT) {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"],
    { encoding: 'utf8' },
  );
  process.env.E2E_PORT = probe.stdout.trim() || '4329';
}
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  // Parallel runs against different builds must not share an artefact folder.
  outputDir: process.env.HANDBOOK_DIST ? `${process.env.HANDBOOK_DIST}-results` : 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    // Traces on request (E2E_TRACE=1): a failed test then keeps its actions, DOM snapshots, console and
    // network. Recording them for every test made the heaviest specs about 25 % slower (a11y-keyboard and
    // hostile-urls on /budget/: 48 s without, 63-66 s with), and the suite must stay under 10 minutes.
    trace: process.env.E2E_TRACE ? { mode: 'retain-on-failure', screenshots: false } : 'off',
  },
  webServer: {
    // scripts/serve-dist.ts, with the long-lived caching a static host gives hashed assets (see the file).
    command: `npx tsx tests/e2e/support/serve.ts ${port} ${process.env.HANDBOOK_DIST ?? 'dist'}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
