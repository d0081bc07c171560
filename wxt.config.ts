import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: easier to read, and tests see the same modules the build does.
  imports: false,
  // Firefox gets MV3 too (WXT would default it to MV2).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Leadway',
    description: 'One short, relevant technical-leadership tip on pull requests and 1:1s. Everything stays on your machine.',
    permissions: ['storage'],
    optional_permissions: ['notifications', 'alarms', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadway@leadway.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
