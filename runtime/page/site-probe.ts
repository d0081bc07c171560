/**
 * What a page looks like to Leadway's selectors, as names and booleans only: the raw material of a site problem's
 * diagnostic. Pure functions over a Document; nothing here reads or returns page text.
 */
import { pageGeneration, SELECTORS } from '../../utils/github/selectors';
import { SITE_PROBLEM_LIMITS, type PageKind, type ProblemCode, type SiteProblemReport } from '../../utils/site-health';

export type SelectorGroups = Readonly<Record<string, readonly string[]>>;

function matches(root: ParentNode, selector: string): boolean {
  try {
    return root.querySelector(selector) !== null;
  } catch {
    return false; // an invalid selector matches nothing
  }
}

/** For each named group, whether any of its selectors matches under `root`. At most 60 groups, in order. */
export function probeSelectorGroups(root: ParentNode, groups: SelectorGroups): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const [name, selectors] of Object.entries(groups).slice(0, SITE_PROBLEM_LIMITS.groups)) {
    result[name] = Array.isArray(selectors) && selectors.some((selector) => typeof selector === 'string' && matches(root, selector));
  }
  return result;
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
