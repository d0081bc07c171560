import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LARGE_PR_CHANGED_FILES,
  LARGE_PR_CHANGED_LINES,
  LONG_THREAD_COMMENTS,
  LONG_THREAD_REVIEW_ROUNDS,
  prTipContexts,
  readPrContext,
  readViewerComments,
  type PrContext,
} from '../../../utils/github/context';
import { GITHUB_FIXTURES, type GitHubFixture } from '../../fixtures/github';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github');
const fixtureHtml = (file: string) => readFileSync(join(FIXTURES_DIR, file), 'utf8');

/** Two ways a page reaches the readers: parsed whole, or assigned into a document's root (as soft navigation does). */
const PARSERS = {
  DOMParser: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  innerHTML: (html: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    return doc;
  },
};

const load = (fixture: GitHubFixture, parse = PARSERS.DOMParser) => parse(fixtureHtml(fixture.file));
const byFile = (file: string) => GITHUB_FIXTURES.find((fixture) => fixture.file === file)!;
const prFixtures = GITHUB_FIXTURES.filter((fixture) => fixture.expected);

describe.each(Object.entries(PARSERS))('readPrContext on every fixture (%s)', (_name, parse) => {
  test.each(GITHUB_FIXTURES.map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
    const ctx = readPrContext(load(fixture, parse), new URL(fixture.url));
    if (fixture.expected === undefined) {
      expect(ctx).toBeUndefined();
      return;
    }
    expect(ctx).toBeDefined();
    for (const [fact, value] of Object.entries(fixture.expected)) {
      expect(ctx?.[fact as keyof PrContext], fact).toEqual(value);
      if (value === undefined) expect(ctx, `${fact} should be absent`).not.toHaveProperty(fact);
    }
  });
});

describe('what the fixtures lead to', () => {
  test.each(prFixtures.map((fixture) => [fixture.file, fixture] as const))('tips for %s', (_file, fixture) => {
    const ctx = readPrContext(load(fixture), new URL(fixture.url))!;
    expect(prTipContexts(ctx)).toEqual(fixture.tips);
  });

  test.each(prFixtures.map((fixture) => [fixture.file, fixture] as const))('viewer comments on %s', (_file, fixture) => {
    const doc = load(fixture);
    const ctx = readPrContext(doc, new URL(fixture.url))!;
    expect(readViewerComments(doc, ctx.viewer)).toHaveLength(fixture.viewerComments!);
  });

  test('the long thread holds at least 20 timeline comments and several review rounds', () => {
    const doc = load(byFile('pr-long-thread-legacy.html'));
    expect(doc.querySelectorAll('.js-discussion .timeline-comment').length).toBeGreaterThanOrEqual(20);
    expect(readPrContext(doc, new URL(byFile('pr-long-thread-legacy.html').url))!.reviewRounds).toBeGreaterThanOrEqual(3);
  });

  test('the large files fixture has at least 1,000 changed lines and 30 files', () => {
    const fixture = byFile('pr-large-files-react.html');
    const ctx = readPrContext(load(fixture), new URL(fixture.url))!;
    expect(ctx.additions! + ctx.deletions!).toBeGreaterThanOrEqual(1000);
    expect(ctx.changedFiles).toBeGreaterThanOrEqual(30);
  });
});

describe('readViewerComments', () => {
  const fixture = byFile('pr-long-thread-legacy.html');

  test('returns the text of every comment the viewer wrote, inline review comments included', () => {
    const comments = readViewerComments(load(fixture), 'lin-ops');
    expect(comments).toContain('A counter is enough if someone gets paged above 1% for five minutes.');
    expect(comments).toContain(
      'If this write fails we log and carry on, so the two stores drift apart quietly. Could we count failures and alert above a threshold?',
    );
    expect(comments.some((text) => text.includes('extra index'))).toBe(false); // written by the author
  });

  test('matches logins case-insensitively and returns nothing without a viewer', () => {
    const doc = load(fixture);
    expect(readViewerComments(doc, 'LIN-OPS')).toEqual(readViewerComments(doc, 'lin-ops'));
    expect(readViewerComments(doc, undefined)).toEqual([]);
    expect(readViewerComments(doc, 'nobody-here')).toEqual([]);
  });

  test('keeps markup typed by people as text', () => {
    const comments = readViewerComments(load(byFile('pr-hostile-react.html')), 'lin-ops');
    expect(comments).toEqual(['Thanks. For the record, <b>bold</b> and <img src=x onerror=alert(7)> stay literal here too.']);
  });
});

describe('fallbacks and edge cases', () => {
  const url = (fixture: GitHubFixture) => new URL(fixture.url);

  test('the title comes from document.title when the heading is gone, and a fake suffix inside it is ignored', () => {
    const fixture = byFile('pr-hostile-react.html');
    const doc = load(fixture);
    doc.querySelector('h1[data-component="PH_Title"]')?.remove();
    const ctx = readPrContext(doc, url(fixture))!;
    expect(ctx.title).toBe(fixture.expected!.title);
    expect(ctx.author).toBe('eve-tester');
  });

  test('the whole React heading is read without its hidden number suffix when the title span is gone', () => {
    const fixture = byFile('pr-first-timer-reviewer-react.html');
    const doc = load(fixture);
    const heading = doc.querySelector('h1[data-component="PH_Title"]')!;
    heading.innerHTML = 'Teach the CSV importer to skip a byte-order mark - #57';
    doc.title = '';
    expect(readPrContext(doc, url(fixture))!.title).toBe('Teach the CSV importer to skip a byte-order mark');
  });

  test('a title that itself ends in "- #12" is kept whole', () => {
    const fixture = byFile('pr-first-timer-reviewer-legacy.html');
    const doc = load(fixture);
    doc.querySelector('.js-issue-title')!.textContent = 'Follow-up to review - #12';
    expect(readPrContext(doc, url(fixture))!.title).toBe('Follow-up to review - #12');
  });

  test('a document.title left over from the previous page is not trusted', () => {
    const fixture = byFile('pr-first-timer-reviewer-legacy.html');
    const doc = load(fixture);
    doc.title = 'Something else by mallory · Pull Request #41 · acme/widget · GitHub';
    const ctx = readPrContext(doc, url(fixture))!;
    expect(ctx.author).toBe('mona-dev'); // from the header link instead
  });

  test('a per-file "Lines changed" is never taken for the pull request total', () => {
    const fixture = byFile('pr-large-files-react.html');
    const doc = load(fixture);
    doc.querySelector('[class*="PullRequestHeader-module__rightContentWrapper"]')?.remove();
    const ctx = readPrContext(doc, url(fixture))!;
    expect(ctx.additions).toBeUndefined();
    expect(ctx.deletions).toBeUndefined();
    expect(ctx.changedFiles).toBe(34);
  });

  test('the React state comes from data-status even when the visible word changes', () => {
    const fixture = byFile('pr-first-timer-reviewer-react.html');
    const doc = load(fixture);
    const label = doc.querySelector('[class*="prc-StateLabel-StateLabel-"]')!;
    label.setAttribute('data-status', 'pullClosed');
    label.textContent = 'Fermé';
    expect(readPrContext(doc, url(fixture))!.state).toBe('closed');
  });

  test('a timeline state label of another PR does not leak into the header state', () => {
    const fixture = byFile('pr-merged-legacy.html');
    const doc = load(fixture);
    doc.querySelector('.js-discussion')!.insertAdjacentHTML(
      'afterbegin',
      '<div class="js-timeline-item"><span class="State State--open">Open</span></div>',
    );
    expect(readPrContext(doc, url(fixture))!.state).toBe('merged');
  });

  test('"First-timer" and tooltip-only badges are understood', () => {
    const fixture = byFile('pr-first-timer-reviewer-legacy.html');
    const doc = load(fixture);
    const badge = doc.querySelector('.timeline-comment-header [aria-label^="This user is a first-time"] .Label')!;
    badge.textContent = 'First-timer';
    expect(readPrContext(doc, url(fixture))!.authorAssociation).toBe('first-timer');

    badge.remove(); // only the tooltip wrapper is left
    expect(readPrContext(doc, url(fixture))!.authorAssociation).toBe('first-time-contributor');
  });

  test('a reviewer asked again after reviewing is a requested reviewer', () => {
    const fixture = byFile('pr-merged-legacy.html');
    const doc = load(fixture);
    doc.querySelector('[aria-label="theo-qa approved these changes"]')!.insertAdjacentHTML(
      'afterend',
      '<span class="reviewers-status-icon" aria-label="Awaiting requested review from theo-qa"></span>',
    );
    expect(readPrContext(doc, url(fixture))!.viewerRole).toBe('requested-reviewer');
  });

  test('a team review request does not make the viewer a requested reviewer', () => {
    const fixture = byFile('pr-logged-out-legacy.html');
    const doc = load(fixture);
    doc.querySelector('meta[name="user-login"]')!.setAttribute('content', 'lin-ops');
    doc.querySelector('#partial-discussion-sidebar')!.insertAdjacentHTML(
      'afterbegin',
      '<span class="reviewers-status-icon" aria-label="Awaiting requested review from acme/core"></span>',
    );
    expect(readPrContext(doc, url(fixture))!.viewerRole).toBe('visitor');
  });

  test('the viewer’s own review in the timeline makes them a reviewer when the sidebar is missing', () => {
    const fixture = byFile('pr-long-thread-legacy.html');
    const doc = load(fixture);
    doc.querySelector('#partial-discussion-sidebar')?.remove();
    expect(readPrContext(doc, url(fixture))!.viewerRole).toBe('reviewer');
  });

  test('a React review without a summary still marks its author as a reviewer', () => {
    const fixture = byFile('pr-first-timer-reviewer-react.html');
    const doc = load(fixture);
    doc.querySelector('meta[name="user-login"]')!.setAttribute('content', 'theo-qa');
    doc.querySelector('[class*="prc-PageLayout-SidebarWrapper-"]')?.remove();
    for (const thread of doc.querySelectorAll('[data-testid="review-thread"]')) thread.remove();
    expect(readPrContext(doc, url(fixture))!.viewerRole).toBe('reviewer');
  });

  test('without tab badges the comments on the page are counted', () => {
    const fixture = byFile('pr-first-timer-reviewer-react.html');
    const doc = load(fixture);
    for (const counter of doc.querySelectorAll('[class*="prc-CounterLabel-CounterLabel-"]')) counter.remove();
    const ctx = readPrContext(doc, url(fixture))!;
    expect(ctx.commentCount).toBe(3); // the description, the author's reply and the review's inline comment
    expect(ctx.changedFiles).toBeUndefined();
  });
});

describe('robustness', () => {
  test('an empty document yields the URL facts only', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(readPrContext(doc, new URL('https://github.com/acme/widget/pull/42'))).toEqual({
      owner: 'acme',
      repo: 'widget',
      number: 42,
      tab: 'conversation',
      key: 'acme/widget#42',
    });
    expect(readPrContext(doc, new URL('https://github.com/acme/widget/issues/42'))).toBeUndefined();
    expect(readViewerComments(doc, 'lin-ops')).toEqual([]);
  });

  test('a document whose every property access throws does not throw', () => {
    const exploding = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ) as Document;
    const ctx = readPrContext(exploding, new URL('https://github.com/acme/widget/pull/42/files'));
    expect(ctx).toEqual({ owner: 'acme', repo: 'widget', number: 42, tab: 'files', key: 'acme/widget#42' });
    expect(readViewerComments(exploding, 'lin-ops')).toEqual([]);
  });

  test('reading never runs page script', () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const fixture = byFile('pr-hostile-react.html');
    const doc = load(fixture);
    readPrContext(doc, new URL(fixture.url));
    readViewerComments(doc, 'lin-ops');
    expect(alert).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  /** Small deterministic generator, so a failure can be replayed. */
  function seeded(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return state / 2 ** 32;
    };
  }

  /** Rounds per fixture; each parses the page afresh, which is most of the cost under happy-dom. */
  const FUZZ_ROUNDS = 12;

  test.each(prFixtures.map((fixture, index) => [fixture.file, fixture, index] as const))(
    'random removals and attribute scrambling on %s never throw',
    (_file, fixture, index) => {
      const random = seeded(1000 + index);
      const html = fixtureHtml(fixture.file);
      for (let round = 0; round < FUZZ_ROUNDS; round++) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const elements = Array.from(doc.querySelectorAll('*'));
        const cuts = 1 + Math.floor(random() * 40);
        for (let i = 0; i < cuts; i++) {
          const victim = elements[Math.floor(random() * elements.length)];
          if (!victim) continue;
          if (random() < 0.7) victim.remove();
          else if (victim.attributes.length > 0) victim.removeAttribute(victim.attributes[0]!.name);
          else victim.textContent = random() < 0.5 ? '' : 'Lines changed: 9,999,999,999,999,999,999 additions & x';
        }
        let ctx: PrContext | undefined;
        expect(() => {
          ctx = readPrContext(doc, new URL(fixture.url));
          readViewerComments(doc, ctx?.viewer ?? 'lin-ops');
          if (ctx) prTipContexts(ctx);
        }).not.toThrow();
        expect(ctx?.key).toBe(fixture.expected!.key);
        for (const fact of ['additions', 'deletions', 'changedFiles', 'commentCount', 'reviewRounds'] as const) {
          const value = ctx?.[fact];
          if (value !== undefined) expect(Number.isSafeInteger(value) && value >= 0, `${fact}=${value}`).toBe(true);
        }
        for (const fact of ['title', 'viewer', 'author'] as const) {
          const value = ctx?.[fact];
          if (value !== undefined) expect(value.length).toBeGreaterThan(0);
        }
      }
    },
    30_000,
  );
});

describe('prTipContexts', () => {
  const base: PrContext = { owner: 'acme', repo: 'widget', number: 1, tab: 'conversation', key: 'acme/widget#1' };

  test('the author gets author tips, everyone else reviewer tips', () => {
    expect(prTipContexts({ ...base, viewerRole: 'author' })).toEqual(['pr-author']);
    for (const viewerRole of ['requested-reviewer', 'reviewer', 'visitor', undefined] as const) {
      expect(prTipContexts({ ...base, viewerRole })).toEqual(['pr-reviewer']);
    }
  });

  test('a first-time contributor is flagged for reviewers, not on their own PR', () => {
    for (const authorAssociation of ['first-time-contributor', 'first-timer'] as const) {
      expect(prTipContexts({ ...base, authorAssociation })).toContain('pr-first-time-contributor');
      expect(prTipContexts({ ...base, authorAssociation, viewerRole: 'author' })).not.toContain('pr-first-time-contributor');
    }
    expect(prTipContexts({ ...base, authorAssociation: 'contributor' })).not.toContain('pr-first-time-contributor');
  });

  test('size thresholds', () => {
    const lines = LARGE_PR_CHANGED_LINES;
    expect(prTipContexts({ ...base, additions: lines - 1, deletions: 0 })).not.toContain('pr-large');
    expect(prTipContexts({ ...base, additions: lines - 100, deletions: 100 })).toContain('pr-large');
    expect(prTipContexts({ ...base, changedFiles: LARGE_PR_CHANGED_FILES - 1 })).not.toContain('pr-large');
    expect(prTipContexts({ ...base, changedFiles: LARGE_PR_CHANGED_FILES })).toContain('pr-large');
    expect(prTipContexts(base)).not.toContain('pr-large');
  });

  test('thread length thresholds', () => {
    expect(prTipContexts({ ...base, commentCount: LONG_THREAD_COMMENTS - 1 })).not.toContain('pr-long-thread');
    expect(prTipContexts({ ...base, commentCount: LONG_THREAD_COMMENTS })).toContain('pr-long-thread');
    expect(prTipContexts({ ...base, reviewRounds: LONG_THREAD_REVIEW_ROUNDS - 1 })).not.toContain('pr-long-thread');
    expect(prTipContexts({ ...base, reviewRounds: LONG_THREAD_REVIEW_ROUNDS })).toContain('pr-long-thread');
  });

  test('states', () => {
    expect(prTipContexts({ ...base, state: 'draft' })).toContain('pr-draft');
    expect(prTipContexts({ ...base, state: 'merged' })).toContain('pr-merged');
    expect(prTipContexts({ ...base, state: 'closed' })).toContain('pr-merged');
    expect(prTipContexts({ ...base, state: 'open' })).toEqual(['pr-reviewer']);
  });

  test('the compare page is about opening your own pull request', () => {
    const compare: PrContext = { owner: 'acme', repo: 'widget', tab: 'compare', key: 'acme/widget:compare' };
    expect(prTipContexts(compare)).toEqual(['pr-compare', 'pr-author']);
    expect(prTipContexts({ ...compare, additions: 900, deletions: 10 })).toEqual(['pr-compare', 'pr-author', 'pr-large']);
  });

  test('thresholds are the documented ones', () => {
    expect([LARGE_PR_CHANGED_LINES, LARGE_PR_CHANGED_FILES, LONG_THREAD_COMMENTS, LONG_THREAD_REVIEW_ROUNDS]).toEqual([
      500, 20, 15, 3,
    ]);
  });
});
