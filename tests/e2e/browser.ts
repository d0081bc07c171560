// The suites' entry to the end-to-end harness (tests/harness/): the same names for Chromium and Firefox.
// LEADWAY_BROWSER=firefox selects Firefox; the default is Chromium.
export * from '../harness/index';
