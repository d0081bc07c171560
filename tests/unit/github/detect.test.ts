import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { detectPrPage, prKey, type PrTab } from '../../../utils/github/detect';
import { NON_PR_URL_EXAMPLES, PR_URL_EXAMPLES } from '../../fixtures/github/url-examples';

/** The tab each family of PR examples must map to. */
const EXPECTED_TAB: Record<keyof typeof PR_URL_EXAMPLES, PrTab> = {
  isPRConversation: 'conversation',
  isPRCommitList: 'commits',
  isPRCommit: 'commits',
  isPRFiles: 'files',
  isCompare: 'compare',
  isQuickPR: 'compare',
};

describe('detectPrPage on github-url-detection examples', () => {
  for (const [detector, urls] of Object.entries(PR_URL_EXAMPLES)) {
    test.each(urls)(`${detector}: %s is a PR page`, (url) => {
      const ref = detectPrPage(new URL(url));
      expect(ref?.tab).toBe(EXPECTED_TAB[detector as keyof typeof PR_URL_EXAMPLES]);
    });
  }

  for (const [detector, urls] of Object.entries(NON_PR_URL_EXAMPLES)) {
    test.each(urls)(`${detector}: %s is not a PR page`, (url) => {
      expect(detectPrPage(new URL(url))).toBeUndefined();
    });
  }

  test('the @example lines the installed index.d.ts still publishes are classified consistently', () => {
    const entry = createRequire(import.meta.url).resolve('github-url-detection');
    const dtsPath = join(dirname(entry), 'index.d.ts');
    const examples = parseDtsExamples(readFileSync(dtsPath, 'utf8'));
    // 10.2.x publishes a few (isRepoFile404); any later version's lines are checked the same way.
    expect(examples.length).toBeGreaterThan(0);
    for (const { detector, url } of examples) {
      const ref = detectPrPage(new URL(url));
      if (/^is(PR(?!List|Conflicts)|Compare$|QuickPR)/.test(detector)) expect(ref, `${detector} ${url}`).toBeDefined();
      else if (!/^(has|isCommit$|isConversation$|isRepo$|isEnterprise$|isRepoGitObject$)/.test(detector)) {
        expect(ref, `${detector} ${url}`).toBeUndefined();
      }
    }
  });
});

/** `@example URL` lines of a .d.ts, each attributed to the declaration that follows it. */
function parseDtsExamples(dts: string): { detector: string; url: string }[] {
  const found: { detector: string; url: string }[] = [];
  let pending: string[] = [];
  for (const line of dts.split('\n')) {
    const example = /@example\s+(https?:\/\/\S+)/.exec(line)?.[1];
    if (example) pending.push(example);
    const declared = /export declare const (\w+)/.exec(line)?.[1];
    if (declared) {
      for (const url of pending) found.push({ detector: declared, url });
      pending = [];
    }
  }
  return found;
}

describe('detectPrPage details', () => {
  test('reads owner, repository and number', () => {
    expect(detectPrPage(new URL('https://github.com/acme/widget/pull/42'))).toEqual({
      owner: 'acme',
      repo: 'widget',
      number: 42,
      tab: 'conversation',
    });
  });

  test.each([
    ['https://github.com/acme/widget/pull/42/', 'conversation'],
    ['https://github.com/acme/widget/pull/42#issuecomment-123', 'conversation'],
    ['https://github.com/acme/widget/pull/42?notification_referrer_id=NT_1', 'conversation'],
    ['https://github.com/acme/widget/pull/42/files#diff-0a1b2c', 'files'],
    ['https://github.com/acme/widget/pull/42/changes', 'files'],
    ['https://github.com/acme/widget/pull/42/commits/', 'commits'],
    ['https://github.com/acme/widget/pull/42/checks', 'checks'],
    ['https://github.com/acme/widget/pull/42/checks?check_run_id=99', 'checks'],
    ['https://github.com/acme/widget/compare/main...lin-ops:faster-build?expand=1', 'compare'],
    // GitHub Enterprise hosts work the same way.
    ['https://github.example-corp.com/platform/api/pull/7/files', 'files'],
  ])('%s → %s', (url, tab) => {
    expect(detectPrPage(new URL(url))?.tab).toBe(tab);
  });

  test('the compare page has no number', () => {
    const ref = detectPrPage(new URL('https://github.com/acme/widget/compare/main...feature'));
    expect(ref).toEqual({ owner: 'acme', repo: 'widget', tab: 'compare' });
    expect(ref).not.toHaveProperty('number');
  });

  test.each([
    'https://github.com/acme/widget/pull/42/conflicts',
    'https://github.com/acme/widget/pull/42/merge',
    'https://github.com/acme/widget/pull/new/feature-branch',
    'https://github.com/acme/widget/pull/0',
    'https://github.com/acme/widget/pulls/42',
    'https://github.com/acme/widget/issues/42',
    'https://gist.github.com/acme/0123456789abcdef0123',
    'https://github.com/settings/profile',
    'https://github.com/acme',
  ])('%s is not a PR view', (url) => {
    expect(detectPrPage(new URL(url))).toBeUndefined();
  });

  test('an object that is not a URL yields undefined instead of throwing', () => {
    expect(detectPrPage({} as URL)).toBeUndefined();
    expect(detectPrPage(null as unknown as URL)).toBeUndefined();
  });
});

describe('prKey', () => {
  test('one key per pull request, whatever the tab or casing', () => {
    const keys = [
      'https://github.com/acme/widget/pull/42',
      'https://github.com/acme/widget/pull/42/files',
      'https://github.com/Acme/Widget/pull/42/commits',
    ].map((url) => prKey(detectPrPage(new URL(url))!));
    expect(new Set(keys)).toEqual(new Set(['acme/widget#42']));
  });

  test('the compare page has its own key', () => {
    expect(prKey({ owner: 'acme', repo: 'widget', tab: 'compare' })).toBe('acme/widget:compare');
  });
});
