import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { detectPrPage, prKey, prKeyFromPath } from '../../../utils/github/detect';
import { GITHUB_FIXTURES } from '../../fixtures/github/index';
import { NON_PR_URL_EXAMPLES, PR_URL_EXAMPLES } from '../../fixtures/github/url-examples';

/** What the PR hint script would key this page by: the reference the path-only check must agree with. */
function keyByDetector(url: string): string | undefined {
  const ref = detectPrPage(new URL(url));
  return ref ? prKey(ref) : undefined;
}

/** `@example` URLs from the installed github-url-detection's published declarations. */
function publishedExamples(): string[] {
  const entry = createRequire(import.meta.url).resolve('github-url-detection');
  const dts = readFileSync(join(dirname(entry), 'index.d.ts'), 'utf8');
  return [...dts.matchAll(/@example\s+(https?:\/\/\S+)/g)].map((match) => match[1] as string);
}

// Every view a pull request has, and paths next to them that are not pull-request views.
const VIEW_SUFFIXES = [
  '',
  '/',
  '/files',
  '/files/e1aba6f',
  '/files/1e27d799..e1aba6f',
  '/changes',
  '/changes/',
  '/changes/1e27d79',
  '/changes/1e27d7998afdd3608d9fc3bf95ccf27fa5010641',
  '/changes/1e27d799..e1aba6f',
  '/changes/1e27d799...e1aba6f',
  '/changes/not-a-sha',
  '/changes/1e27d79/extra',
  '/commits',
  '/commits/',
  '/commits/1e27d79',
  '/commits/1E27D79',
  '/commits/1e27',
  '/commits/1e27d7998afdd3608d9fc3bf95ccf27fa5010641/more',
  '/checks',
  '/checks/123',
  '/conflicts',
  '/merge',
  '/reviews',
];
const PR_PATHS = ['pull/42', 'pull/1', 'pull/0', 'pull/007', 'pull/99999999999999999999', 'pull/new', 'pulls/42', 'pull'];
const OTHER_PATHS = ['compare', 'compare/main...feature', 'compare/main...lin-ops:faster-build?expand=1', 'comparex', 'issues/42', ''];

const generated: string[] = [];
for (const host of ['https://github.com', 'https://github.example-corp.com', 'https://gist.github.com']) {
  for (const repo of ['acme/widget', 'Acme/Widget', 'acme//widget', 'acme']) {
    for (const path of PR_PATHS) for (const suffix of VIEW_SUFFIXES) generated.push(`${host}/${repo}/${path}${suffix}`);
    for (const path of OTHER_PATHS) generated.push(`${host}/${repo}/${path}`);
  }
}
generated.push(
  'https://github.com/acme/widget/pull/42?notification_referrer_id=NT_1',
  'https://github.com/acme/widget/pull/42#issuecomment-123',
  'https://github.com/acme/widget/pull/42/files#diff-0a1b2c',
  'https://github.com/acme/widget/pull/42/checks?check_run_id=99',
  'https://github.com//acme/widget/pull/42',
  'https://github.com/acme/widget//pull//42//',
);

describe('prKeyFromPath (the tone coach’s path-only PR key)', () => {
  const corpus = [
    ...Object.values(PR_URL_EXAMPLES).flat(),
    ...Object.values(NON_PR_URL_EXAMPLES).flat(),
    ...GITHUB_FIXTURES.map((fixture) => fixture.url),
    ...publishedExamples(),
  ];

  test.each(corpus)('agrees with detectPrPage + prKey on %s', (url) => {
    expect(prKeyFromPath(new URL(url))).toBe(keyByDetector(url));
  });

  test(`agrees with detectPrPage + prKey on ${generated.length} generated pull-request-like URLs`, () => {
    const disagreements = generated.filter((url) => prKeyFromPath(new URL(url)) !== keyByDetector(url));
    expect(disagreements).toEqual([]);
  });

  test('keys every view of one pull request alike, whatever the casing', () => {
    const keys = [
      'https://github.com/acme/widget/pull/42',
      'https://github.com/acme/widget/pull/42/files',
      'https://github.com/Acme/Widget/pull/42/commits/1e27d79',
      'https://github.com/acme/widget/pull/42/changes',
      'https://github.com/acme/widget/pull/42/checks',
    ].map((url) => prKeyFromPath(new URL(url)));
    expect(new Set(keys)).toEqual(new Set(['acme/widget#42']));
    expect(prKeyFromPath(new URL('https://github.com/acme/widget/compare/main...feature'))).toBe('acme/widget:compare');
  });

  test.each([
    'https://github.com/acme/widget/pull/42/conflicts',
    'https://github.com/acme/widget/pull/0',
    'https://github.com/acme/widget/pull/new/feature-branch',
    'https://github.com/acme/widget/issues/42',
    'https://gist.github.com/acme/widget/pull/42',
    'https://github.com/notifications',
  ])('%s has no key', (url) => {
    expect(prKeyFromPath(new URL(url))).toBeUndefined();
  });

  test('the one documented difference: a GitHub route in the owner’s place still gets a key', () => {
    const url = 'https://github.com/settings/widget/pull/42';
    expect(keyByDetector(url)).toBeUndefined();
    expect(prKeyFromPath(new URL(url))).toBe('settings/widget#42');
  });

  test('something that is not a URL gives undefined instead of throwing', () => {
    expect(prKeyFromPath({} as URL)).toBeUndefined();
    expect(prKeyFromPath(null as unknown as URL)).toBeUndefined();
  });
});
