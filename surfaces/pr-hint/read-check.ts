/**
 * The PR hint's side of "knowing when a site changed": it says what it could not do on a pull-request page (find
 * the author, find a place for the card) and this keeps the tab's report in step, one report per page.
 */
import type { PageKind, ProblemCode, SiteProblemReport } from '../../utils/site-health';
import { probeSelectorGroups, type SelectorGroups } from '../../runtime/page/site-probe';
import { pageGeneration, SELECTORS } from '../../utils/github/selectors';
import { clearSiteProblem, reportSiteProblem } from '../../runtime/page/site-problem';

export interface PrReadCheck {
  /** After each read of the page: no context = not a PR page; a PR tab without an author is a problem. */
  read(context: { key: string; tab: string; author?: string } | undefined): void;
  /** Whether the card found its place on the page (false: it fell back to floating over the page). */
  placed(found: boolean): void;
}

export function createPrReadCheck(
  deps: {
    doc?: () => Document;
    report?: (problem: SiteProblemReport) => void;
    clear?: () => void;
  } = {},
): PrReadCheck {
  const report = deps.report ?? reportSiteProblem;
  const clear = deps.clear ?? clearSiteProblem;
  let key: string | undefined;
  let tab: string | undefined;
  const missing = new Set<ProblemCode>();

  const flush = () => {
    if (missing.size === 0) clear();
    else report(githubSiteProblem(deps.doc?.() ?? document, [...missing]));
  };
  const set = (code: ProblemCode, on: boolean) => (on ? missing.add(code) : missing.delete(code));

  return {
    read(context) {
      if (!context) {
        key = undefined;
        tab = undefined;
        missing.clear();
        return flush();
      }
      if (context.key !== key) {
        key = context.key;
        missing.clear();
      }
      tab = context.tab;
      // The compare page has no author yet: someone is about to open the pull request.
      set('no-author', context.tab !== 'compare' && !context.author);
      flush();
    },
    placed(found) {
      // The compare page has no sidebar or tabs: its card floats by design.
      if (key === undefined || tab === 'compare') return;
      set('no-placement', !found);
      flush();
    },
  };
}

/**
 * Signs of each generation of GitHub's pull-request page, probed only to describe a page that could not be read.
 * React: the Primer page header the `pull-requests` React app renders (2025 onwards). Rails: the server-rendered
 * discussion timeline and buckets, which the 2026 page still uses under the React header. Legacy header: the
 * server-rendered header that the React one replaced.
 */
export const GITHUB_GENERATION_MARKERS = {
  reactHeader: ['react-app[app-name^="pull-request"]', 'h1[data-component="PH_Title"]', '[class*="prc-PageHeader-"]'],
  railsTimeline: ['.js-discussion', '#discussion_bucket', '#files_bucket', '.timeline-comment'],
  legacyHeader: ['#partial-discussion-header', '.gh-header-meta', '.gh-header-title'],
} as const satisfies SelectorGroups;

/**
 * A GitHub pull-request page Leadway could not read: which of utils/github/selectors.ts's groups matched, and
 * the page's generation (`pageGeneration`, the readers' own). `page` overrides it (a reader that knows the generation better passes it).
 */
export function githubSiteProblem(doc: Document, missing: ProblemCode[], page?: PageKind): SiteProblemReport {
  const markers = probeSelectorGroups(doc, GITHUB_GENERATION_MARKERS) as Record<keyof typeof GITHUB_GENERATION_MARKERS, boolean>;
  return {
    site: 'github',
    missing,
    page: page ?? pageGeneration(doc),
    groups: { ...probeSelectorGroups(doc, SELECTORS), ...markers },
  };
}
