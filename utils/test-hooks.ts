/**
 * Build-time switches for tests; every shipped build has both off, and the code behind them is dropped.
 *
 * TEST_HOOKS: `LEADWAY_TEST_HOOKS=1 wxt build` (the end-to-end tests' build, in .output/chrome-mv3-test-hooks)
 * and unit tests. Leadway's shadow roots are open and panels carry test attributes (event key, relationship), so
 * tests can read them. Shipped builds use closed roots and put nothing private on the page's DOM.
 *
 * UNIT_TESTS: only under vitest, where happy-dom cannot make trusted events: clicks from tests count as the user's.
 * Every build (the end-to-end one included) acts only on trusted events.
 */
declare const __LEADWAY_TEST_HOOKS__: boolean | undefined;
declare const __LEADWAY_UNIT_TESTS__: boolean | undefined;

export const TEST_HOOKS: boolean = typeof __LEADWAY_TEST_HOOKS__ !== 'undefined' && __LEADWAY_TEST_HOOKS__ === true;
export const UNIT_TESTS: boolean = typeof __LEADWAY_UNIT_TESTS__ !== 'undefined' && __LEADWAY_UNIT_TESTS__ === true;
