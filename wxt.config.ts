import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * `LEADWAY_TEST_HOOKS=1 wxt build` makes the end-to-end tests' build (open shadow roots and test attributes, see
 * utils/test-hooks.ts) in its own folder, so .output/chrome-mv3 is always the build users get.
 */
const testHooks = process.env.LEADWAY_TEST_HOOKS === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No polyfill module: it would put webextension-polyfill into every content script. Leadway's pages and background
  // import it through runtime/extension-browser.ts; content scripts use the browsers' own APIs (runtime/wire.ts).
  modules: [],
  // Explicit imports everywhere: easier to read, and tests see the same modules the build does.
  imports: false,
  // Firefox gets MV3 too (WXT would default it to MV2).
  manifestVersion: 3,
  // The sources zip (for Firefox's review) is the project as committed: nothing the bench generates or measures.
  zip: {
    excludeSources: ['tests/fixtures/github/large/**', 'bench/results.json', 'bench/results.raw/**', 'tests/e2e/.profiles/**'],
  },
  ...(testHooks ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test-hooks' } : {}),
  vite: () => ({
    plugins: [preact()],
    define: { __LEADWAY_TEST_HOOKS__: JSON.stringify(testHooks), __LEADWAY_UNIT_TESTS__: 'false' },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Leadway',
    description: 'One short, relevant technical-leadership tip on pull requests and 1:1s. Everything stays on your machine.',
    // Firefox cannot make `alarms` optional (addons-linter: MANIFEST_OPTIONAL_PERMISSIONS; Firefox drops it from
    // optional_permissions, so it could never be granted). It shows no prompt there, so Firefox asks for it upfront.
    // `scripting` injects the tone coach into a GitHub page when a comment box first gets focus, and the 1:1 panel
    // into a calendar when a 1:1 is first opened (and registers the GitHub scripts on Enterprise servers the user
    // adds). It adds no install warning: the hosts it reaches without asking (github.com and the calendars, in
    // host_permissions) are the ones the content scripts already match.
    permissions: browser === 'firefox' ? ['storage', 'scripting', 'alarms'] : ['storage', 'scripting'],
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['notifications', 'alarms'],
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadway@leadway.dev',
              // data_collection_permissions (nothing collected) is understood from Firefox 140 (the current ESR) and
              // Firefox for Android 142; older versions would install without reading the declaration.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
