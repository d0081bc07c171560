import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium or Firefox (LEADWAY_BROWSER) with the built extension; one file at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globals: true,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
