import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests read shadow roots and click with happy-dom's untrusted events (see utils/test-hooks.ts).
  define: { __LEADWAY_TEST_HOOKS__: 'true', __LEADWAY_UNIT_TESTS__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    globals: true,
    restoreMocks: true,
    // Fuzz and large-history tests take a few seconds; on a busy two-core machine, more than the default five.
    testTimeout: 20_000,
  },
});
