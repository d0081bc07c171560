import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium or Firefox (LEADWAY_BROWSER) with the built extension; one file at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // Files that can only run in one browser (each file's header says more):
    // - trust: the attacks are staged through the DevTools protocol (code run in Leadway's content-script world,
    //   closed shadow roots pierced), which Firefox does not offer.
    // - reminder: the permission prompt is answered yes by a Firefox pref; Chromium's prompt is browser UI no driver
    //   can answer.
    exclude: process.env.LEADWAY_BROWSER === 'firefox' ? ['tests/e2e/trust.e2e.test.ts'] : ['tests/e2e/reminder.e2e.test.ts'],
    environment: 'node',
    globals: true,
    fileParallelism: false,
    globalSetup: ['tests/e2e/build-test-hooks.ts'],
    // launchWithExtension() then loads the test-hooks build by default (tests/harness/index.ts).
    env: { LEADWAY_E2E: '1' },
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
