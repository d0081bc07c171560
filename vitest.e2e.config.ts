import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension; one file at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globals: true,
    fileParallelism: false,
    globalSetup: ['tests/e2e/build-test-hooks.ts'],
    // launchWithExtension() then loads the test-hooks build by default (tests/e2e/browser.ts).
    env: { LEADWAY_E2E: '1' },
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
