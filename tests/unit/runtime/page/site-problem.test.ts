import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSiteProblemReporter, SITE_PROBLEM_GRACE_MS } from '../../../../runtime/page/site-problem';
import { createPrReadCheck } from '../../../../surfaces/pr-hint/read-check';
import type { SiteProblemReport } from '../../../../utils/site-health';

const problem: SiteProblemReport = { site: 'github', missing: ['no-author'], page: 'react', groups: { author: false } };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const sent: (SiteProblemReport | null)[] = [];
  let page = 'https://github.com/acme/widget/pull/1';
  const send = vi.fn(async (p: SiteProblemReport | null) => void sent.push(p));
  const reporter = createSiteProblemReporter({ send, page: () => page });
  return { sent, send, reporter, goTo: (next: string) => (page = next) };
}

describe('the content-side reporter', () => {
  test('a problem is sent once it has stood for the grace period, and only once per page', async () => {
    const { sent, reporter } = setup();
    reporter.report(problem);
    await vi.advanceTimersByTimeAsync(SITE_PROBLEM_GRACE_MS - 1);
    expect(sent).toEqual([]);
    reporter.report(problem); // the next look at the page: same problem, the timer keeps running
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([problem]);
    reporter.report(problem);
    await vi.advanceTimersByTimeAsync(SITE_PROBLEM_GRACE_MS * 2);
    expect(sent).toEqual([problem]);
  });

  test('a page that reads fine before the grace period ends raises no alarm', async () => {
    const { sent, reporter } = setup();
    reporter.report(problem);
    await vi.advanceTimersByTimeAsync(500);
    reporter.clear();
    await vi.advanceTimersByTimeAsync(SITE_PROBLEM_GRACE_MS * 2);
    expect(sent).toEqual([]);
  });

  test('clearing takes back a sent problem, once', async () => {
    const { sent, reporter } = setup();
    reporter.report(problem);
    await vi.advanceTimersByTimeAsync(SITE_PROBLEM_GRACE_MS);
    reporter.clear();
    reporter.clear();
    expect(sent).toEqual([problem, null]);
  });

  test('the same problem on another page (in-page navigation) is sent again for that page', async () => {
    const { sent, reporter, goTo } = setup();
    reporter.report(problem);
    await vi.advanceTimersByTimeAsync(SITE_PROBLEM_GRACE_MS);
    goTo('https://github.com/acme/widget/pull/2');
    reporter.report(problem);
    await vi.advanceTimersByTimeAsync(SITE_PROBLEM_GRACE_MS);
    expect(sent).toEqual([problem, problem]);
  });

  test('a failed send is tried again on the next look', async () => {
    const { reporter, send } = setup();
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    send.mockRejectedValueOnce(new Error('worker asleep'));
    reporter.report(problem);
    await vi.advanceTimersByTimeAsync(SITE_PROBLEM_GRACE_MS);
    reporter.report(problem);
    await vi.advanceTimersByTimeAsync(SITE_PROBLEM_GRACE_MS);
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('the PR hint’s read check', () => {
  function check() {
    const reports: SiteProblemReport[] = [];
    const clears = vi.fn();
    const doc = new DOMParser().parseFromString('<html><head><meta name="user-login" content="lin-ops"></head><body></body></html>', 'text/html');
    const readCheck = createPrReadCheck({ doc: () => doc, report: (p) => reports.push(p), clear: clears });
    return { reports, clears, readCheck };
  }
  const pr = { key: 'acme/widget#57', tab: 'conversation' };

  test('no author on a pull request is a problem; an author clears it', () => {
    const { reports, clears, readCheck } = check();
    readCheck.read(pr);
    expect(reports.map((r) => r.missing)).toEqual([['no-author']]);
    expect(reports[0]!.groups.viewerLogin).toBe(true);
    readCheck.read({ ...pr, author: 'river-k' });
    expect(clears).toHaveBeenCalledTimes(1);
  });

  test('no place for the card joins the author problem on the same page, and goes with a new page', () => {
    const { reports, clears, readCheck } = check();
    readCheck.read(pr);
    readCheck.placed(false);
    expect(reports.at(-1)!.missing).toEqual(['no-author', 'no-placement']);
    readCheck.read({ key: 'acme/widget#58', tab: 'conversation', author: 'mona-dev' });
    expect(clears).toHaveBeenCalledTimes(1);
  });

  test('the compare page has no author and floats its card by design; other GitHub pages clear', () => {
    const { reports, clears, readCheck } = check();
    readCheck.read({ key: 'acme/widget:compare', tab: 'compare' });
    readCheck.placed(false);
    expect(reports).toEqual([]);
    readCheck.read(undefined);
    expect(clears).toHaveBeenCalledTimes(2);
  });
});
