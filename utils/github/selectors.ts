/**
 * Every GitHub selector and text anchor Leadway relies on, in one module, so that a GitHub redesign is fixed here
 * and nowhere else.
 *
 * Each fact is an ordered list of fallbacks: the React page first (2025 onwards: `react-app`, Primer `prc-*`
 * classes, `data-testid`, `data-component`), then the legacy server-rendered page (`.gh-header`, `.js-discussion`,
 * `#partial-discussion-sidebar`, …), then last resorts. Readers try them in order and stop at the first that
 * yields a value; on a legacy page `selectorsFor` moves the React-only ones last, because every miss walks the
 * whole document.
 *
 * Rules that keep these alive across deploys:
 * - ids, `data-*`, `aria-*` attributes, roles and screen-reader text outlive class names;
 * - Primer React classes look like `prc-StateLabel-StateLabel-Iawzp`: the component part is stable, the hash
 *   is not, so they are matched by prefix (`[class*="prc-StateLabel-StateLabel-"]`);
 * - GitHub's own CSS-module classes (`PullRequestHeaderSummary-module__summaryContainer__ah8Ua`) are never
 *   matched whole; `[class*="X-module__"]` appears only as the last fallback of a list.
 *
 * "Seen" notes say where a selector was observed: in GitHub's served markup, in public extensions that target it
 * (Refined GitHub and others), or in GitHub's published markup captured in public test fixtures.
 */

export type SelectorList = readonly string[];

/** Containers of one diffed file; text found inside them is about that file, not the whole pull request. */
const PER_FILE_DIFF: SelectorList = [
  // React diff view: each file is a region with a `diff-<sha256>` id and a header wrapper (seen 2025–2026).
  '[data-diff-header-wrapper]',
  '[role="region"][id^="diff-"]',
  '[data-file-path]',
  // File tree rows carry their own small diffstats (seen on the React changes page).
  '[role="treeitem"]',
  // Legacy files tab.
  '.file-header',
  '.file[data-tagsearch-path]',
  '.js-file',
  // Last resort: the React diff file header's CSS-module class, by prefix.
  '[class*="DiffFileHeader-module__"]',
];

/** Who is signed in. Split out (like COMMENT_SELECTORS) so a script that needs only these does not bundle the rest. */
export const VIEWER_SELECTORS = {
  /** The signed-in user's login; `content=""` when logged out. Served in <head> on every page for 10+ years. */
  viewerLogin: [
    'meta[name="user-login"]',
    // Older analytics meta, still present on some GitHub Enterprise Server versions.
    'meta[name="octolytics-actor-login"]',
  ],
  /** Body classes GitHub sets on every page, the second witness of being signed in or out. */
  signedInBody: ['body.logged-in'],
  signedOutBody: ['body.logged-out'],
} as const satisfies Record<string, SelectorList>;

/** One comment on the page; the tone coach reads the viewer's own comments with these alone. */
export const COMMENT_SELECTORS = {
  /**
   * One comment: its header (author, association) and body. Matched with `closest()`, so the innermost wins and a
   * review's inline comments are not credited to the review's summary.
   */
  commentContainer: [
    // React timeline comments (issue-viewer components, reused by the React PR conversation).
    '.react-issue-comment',
    '[data-testid="comment-viewer-outer-box"]',
    '[data-testid^="comment-viewer-outer-box-"]',
    '[data-testid="review-thread-comment"]',
    // Legacy: inline review comments, then timeline comments (PR body, issue comments, review summaries).
    '.review-comment',
    '.timeline-comment',
    '.js-comment',
  ],
  commentHeader: [
    '[data-testid="comment-header"]',
    '.timeline-comment-header',
    '.review-comment-header',
    '.comment-header',
  ],
  commentAuthor: [
    '[data-testid="avatar-link"]',
    'a.author',
    '[data-testid="author-link"]',
    'a[data-hovercard-type="user"]:not(.user-mention)',
  ],
  /** The association badge ("First-time contributor", "Member", …). */
  commentAssociation: [
    '[data-testid="comment-author-association"]',
    // Legacy: `<span aria-label="This user is a first-time contributor to the widget repository." class="tooltipped">`.
    // On the viewer's own comments the sentence starts "You …" ("You are a member of …").
    '[aria-label^="This user"]',
    '.tooltipped[aria-label^="You "]',
    '.Label',
  ],
  commentBody: [
    '[data-testid="markdown-body"]',
    '.comment-body',
    '.js-comment-body',
    '.markdown-body',
  ],
} as const satisfies Record<string, SelectorList>;

export const SELECTORS = {
  ...VIEWER_SELECTORS,

  /** The PR title as written by its author (text only; GitHub escapes it). */
  title: [
    // React header: `<h1 data-component="PH_Title"><span class="markdown-title">…</span><span class="sr-only"> - #42</span>`.
    'h1[data-component="PH_Title"] .markdown-title',
    '[data-testid="issue-title"]',
    // Legacy header: `<h1 class="gh-header-title"><bdi class="js-issue-title markdown-title">…</bdi>`.
    '.gh-header-title .js-issue-title',
    'bdi.js-issue-title',
    // The whole React <h1>; its screen-reader " - #42" suffix is stripped by the reader.
    'h1[data-component="PH_Title"]',
    'h1[class*="prc-PageHeader-Title-"]',
  ],

  /** The PR author's profile link in the page header. */
  author: [
    // React header summary: "<a class="author">mona</a> wants to merge 3 commits into …" inside the Primer
    // PageHeader description (seen 2025–2026).
    '[class*="prc-PageHeader-Description-"] a.author',
    '[class*="prc-PageHeader-Description-"] a[data-hovercard-type="user"]',
    '[data-testid="author-link"]',
    // Legacy header meta row.
    '#partial-discussion-header .gh-header-meta a.author',
    '.gh-header-meta a.author',
    // Last resort: the React summary's CSS-module class, by prefix.
    '[class*="PullRequestHeaderSummary-module__"] a.author',
    '[class*="PullRequestHeaderSummary-module__"] a[data-hovercard-type="user"]',
  ],

  /**
   * The PR's state label (Open / Draft / Merged / Closed), scoped to the header first: the timeline also shows
   * state labels for cross-referenced pull requests.
   */
  stateLabel: [
    // React: `<span class="prc-StateLabel-StateLabel-Iawzp" data-status="pullMerged">Merged</span>`; Refined GitHub
    // scopes it to the page header the same way.
    '[class*="prc-PageHeader-"] [class*="prc-StateLabel-StateLabel-"]',
    '[class*="prc-PageLayout-Header"] [class*="prc-StateLabel-StateLabel-"]',
    '[data-testid="header-state"]',
    // Legacy: `<span reviewable_state="draft" title="Status: Draft" class="State">`.
    '#partial-discussion-header .State',
    '.gh-header-meta .State',
    '#pull-state .State',
    // Unscoped: the first label on the page is the header's on every layout seen so far.
    '[class*="prc-StateLabel-StateLabel-"]',
    '.State',
    // Pre-2025 React label class (github-url-detection still checks it).
    '[class^="StateLabel"]',
  ],

  /** Screen-reader text holders; the size reader looks for "Lines changed: …" among them. */
  screenReaderText: [
    '.sr-only',
    '.visually-hidden',
    '[class*="prc-VisuallyHidden-"]',
  ],

  /** Elements to ignore when reading page-wide totals. */
  perFileDiff: PER_FILE_DIFF,

  /** Legacy `#diffstat` next to the tabs: `<span class="color-fg-success">+12,505</span><span class="color-fg-danger">−4</span>`. */
  legacyAdditions: ['#diffstat .color-fg-success', '#diffstat .text-green', '.diffstat .color-fg-success'],
  legacyDeletions: ['#diffstat .color-fg-danger', '#diffstat .text-red', '.diffstat .color-fg-danger'],

  /** The compare page's "Showing N changed files with A additions and D deletions" summary. */
  compareSummary: ['.toc-diff-stats', '#toc', '[data-testid="diff-stats"]'],

  /** The row of PR tabs (Conversation, Commits, Checks, Files changed). */
  tabNav: [
    // React header tab nav (Primer TabNav) — the landmark name is what screen-reader guides tell users to find.
    // Seen as "Pull request navigation tabs" in a page saved 2026-03; a 2026-09 capture reports "Pull request
    // navigation".
    'nav[aria-label="Pull request navigation tabs"]',
    'nav[aria-label="Pull request navigation"]',
    // Legacy tabnav: `<div class="tabnav tabnav-pr"><nav class="tabnav-tabs">` (seen in a page saved 2017-08).
    'nav[aria-label="Pull request tabs"]',
    '.tabnav-pr .tabnav-tabs',
    // Never a bare `.tabnav-tabs`: every comment box's Write / Preview row is one too.
  ],
  /** The count badge inside one tab. */
  tabCounter: [
    '[class*="prc-CounterLabel-CounterLabel-"]',
    '[data-component="CounterLabel"]',
    '.Counter',
  ],
  /** Direct handles on the "Files changed" count: React tab id, then the legacy counter id (held since 2017). */
  filesTabCounter: [
    '#prs-files-anchor-tab [class*="prc-CounterLabel-CounterLabel-"]',
    '#prs-files-anchor-tab .Counter',
    '#files_tab_counter',
  ],
  /** Direct handles on the conversation's comment count. */
  conversationTabCounter: ['#conversation_tab_counter'],

  /**
   * The right-hand metadata column holding Reviewers, Assignees, Labels, … Ids first: on today's hybrid page the
   * Rails column `#partial-discussion-sidebar` sits inside the React pane `#pr-conversation-sidebar` (seen 2026-03).
   * Primer's PageLayout sidebar and pane classes come last and only count where `notSidebar` does not match: the
   * same classes make GitHub's diff side panel (hidden on the conversation) and the files view's file tree.
   */
  sidebar: [
    '#partial-discussion-sidebar',
    '#pr-conversation-sidebar',
    // A React conversation with an issue-style metadata pane (the issue viewer's; expected if the PR timeline moves).
    '[data-testid="issue-viewer-metadata-pane"]',
    // Older legacy layouts, and the compare page's form.
    '.discussion-sidebar',
    '.Layout-sidebar',
    '[class*="prc-PageLayout-Sidebar-"]',
    // A pane on the end side (the files view's tree is a pane on the start side).
    '[class*="prc-PageLayout-PaneWrapper-"][data-position="end"] > [class*="prc-PageLayout-Pane-"]',
  ],
  /** Look-alikes of the sidebar: an element inside one of these is never the Reviewers column. */
  notSidebar: [
    // The diff side panel: `<div id="diff-comparison-viewer-container" data-side-panel-open="false"><div
    // class="prc-PageLayout-PageLayoutRoot-…"><div class="prc-PageLayout-SidebarWrapper-… …HiddenSidePanel…">`.
    '[data-side-panel-open] > * > [class*="prc-PageLayout-SidebarWrapper-"]',
    '[class*="module__SidePanel__"]',
    '[class*="module__HiddenSidePanel__"]',
  ],
  /** Inside a sidebar candidate, these mean it is the files view's file tree, not the Reviewers column. */
  fileTree: ['#pr-file-tree', '[role="tree"]', 'file-tree'],

  /**
   * Where a reviewer's status is spelled out ("Awaiting requested review from mona", "mona approved these
   * changes"): Primer tooltips (React) and the legacy status icons' aria-label / <tool-tip>. Deliberately narrow:
   * display names are free text, so a generic `[aria-label]` would let anyone named "Awaiting requested review
   * from …" impersonate a reviewer.
   */
  reviewerStatus: [
    '[role="tooltip"]',
    'tool-tip',
    '.reviewers-status-icon[aria-label]',
    '.reviewers-status-icon .sr-only',
  ],

  ...COMMENT_SELECTORS,

  /**
   * Traces of one submitted review. Review permalinks are `#pullrequestreview-<id>` in both generations; legacy
   * timeline items also carry GraphQL ids starting with `PRR_`.
   */
  reviewMarkers: [
    '[id^="pullrequestreview-"]',
    'a[href*="#pullrequestreview-"]',
    '[data-gid^="PRR_"]',
  ],
  /** Who did what in a timeline row ("theo-qa approved these changes"). */
  timelineActor: [
    // React timeline rows.
    '[data-testid="actor-link"]',
    // Legacy rows and comment headers.
    'a.author',
    '[data-testid="avatar-link"]',
    'a[data-hovercard-type="user"]:not(.user-mention)',
  ],
  /** Timeline event rows, for the text fallback when no review marker is found. */
  timelineItem: [
    '[data-timeline-event-id]',
    '[data-wrapper-timeline-id]',
    '.js-timeline-item',
    '.TimelineItem',
  ],
} as const satisfies Record<string, SelectorList>;

export type SelectorName = keyof typeof SELECTORS;
export type SelectorLists = { readonly [Name in SelectorName]: SelectorList };

/**
 * Signatures of selectors that only the React page can match (the conventions listed at the top). On a legacy page
 * they can only miss, and a miss costs a walk of the whole document: on a PR with a thousand timeline items, two
 * milliseconds each.
 */
const REACT_ONLY = /prc-|data-testid|data-component|-module__|\.react-/;

/** Found on every tab of the legacy server-rendered PR page, and looked up by id (no document walk). */
const LEGACY_PAGE_IDS = ['partial-discussion-header', 'discussion_bucket', 'files_bucket'] as const;

/** The React app GitHub mounts for pull requests (`pull-requests` on the page saved 2026-03). */
const PR_REACT_APPS: ReadonlySet<string> = new Set(['pull-requests', 'pull-request']);
/** Rails parts still served inside the React app: the conversation's sidebar (by id) and timeline (by class). */
const RAILS_SIDEBAR_ID = 'partial-discussion-sidebar';
const RAILS_TIMELINE_CLASS = 'js-discussion';

/**
 * Which markup a PR page is:
 * - `legacy`: server-rendered throughout (`#partial-discussion-header`, `.gh-header`, `.tabnav-tabs`);
 * - `hybrid`: today's conversation, a React header (`react-app`, `prc-PageHeader-*`) over the Rails timeline
 *   (`.js-discussion`, `.timeline-comment`) and the Rails sidebar `#partial-discussion-sidebar`;
 * - `react`: React with no Rails parts (the files view at `/changes`);
 * - `unknown`: none of these, e.g. GitHub changed its page.
 */
export type PageGeneration = 'legacy' | 'hybrid' | 'react' | 'unknown';

function documentOf(root: ParentNode): Document | undefined {
  const doc = root.nodeType === 9 ? (root as Document) : ((root as Node).ownerDocument ?? undefined);
  return doc && typeof doc.getElementById === 'function' ? doc : undefined;
}

export function pageGeneration(root: ParentNode): PageGeneration {
  const doc = documentOf(root);
  if (!doc) return 'unknown';
  // Every reader asks, several times per read: ids and the browser's cached tag and class collections keep each
  // answer from walking the document again.
  if (LEGACY_PAGE_IDS.some((id) => doc.getElementById(id) !== null)) return 'legacy';
  const apps = Array.from(doc.getElementsByTagName('react-app'));
  if (!apps.some((app) => PR_REACT_APPS.has(app.getAttribute('app-name') ?? ''))) return 'unknown';
  const rails = doc.getElementById(RAILS_SIDEBAR_ID) !== null || doc.getElementsByClassName(RAILS_TIMELINE_CLASS).length > 0;
  return rails ? 'hybrid' : 'react';
}

/** Whether `root` is (or belongs to) the legacy server-rendered PR page. */
export function isLegacyPage(root: ParentNode): boolean {
  return pageGeneration(root) === 'legacy';
}

/** The lists that read the page body (timeline, comments, sidebar): Rails on the hybrid page. */
const BODY_LISTS: ReadonlySet<string> = new Set([
  'sidebar',
  'reviewerStatus',
  'commentContainer',
  'commentHeader',
  'commentAuthor',
  'commentAssociation',
  'commentBody',
  'reviewMarkers',
  'timelineActor',
  'timelineItem',
]);

/** The same lists with React-only selectors moved after the rest (only those named, when `only` is given). */
function reactLast(lists: SelectorLists, only?: ReadonlySet<string>): SelectorLists {
  const reordered = Object.entries(lists).map(([name, list]) =>
    only && !only.has(name)
      ? [name, list]
      : [name, [...list.filter((s) => !REACT_ONLY.test(s)), ...list.filter((s) => REACT_ONLY.test(s))]],
  );
  return Object.fromEntries(reordered) as SelectorLists;
}

/** Built on first use, so a script that needs only VIEWER_SELECTORS does not bundle every list. */
const ordered: Partial<Record<PageGeneration, SelectorLists>> = {};

/**
 * The selector lists in the order that suits this page: React first on the React page (and on anything unknown),
 * legacy first on the legacy page, and on the hybrid page React first for the header and Rails first for the body.
 * Every order holds the same selectors, so a page that mixes them still matches; the order only decides which
 * misses are paid for before the hit (on a legacy page every React-only miss walks the whole document).
 */
export function selectorsFor(root: ParentNode): SelectorLists {
  const generation = pageGeneration(root);
  if (generation === 'react' || generation === 'unknown') return SELECTORS;
  return (ordered[generation] ??= reactLast(SELECTORS, generation === 'hybrid' ? BODY_LISTS : undefined));
}

/**
 * Text anchors. GitHub's UI is English-only; these phrases have been stable for years and double as accessible
 * names, which GitHub keeps even when markup changes.
 */
export const PATTERNS = {
  /** `document.title` of every PR tab: "TITLE by AUTHOR · Pull Request #N · OWNER/REPO · GitHub" (since 2019). */
  documentTitle: /^(?<title>.*) by (?<author>[^\s·]+) · Pull Request #(?<number>\d+) · (?<repo>[^\s·]+\/[^\s·]+)/s,
  /** Screen-reader diffstat, React header and legacy alike: "Lines changed: 1,480 additions & 312 deletions". */
  linesChanged: /^\s*Lines changed:\s*([\d,]+)\s+additions?\s*(?:&|and)\s*([\d,]+)\s+deletions?/i,
  /** Compare page summary. */
  compareSummary:
    /Showing\s+([\d,]+)\s+changed\s+files?\s+with\s+([\d,]+)\s+additions?\s+and\s+([\d,]+)\s+deletions?/i,
  /** A reviewer asked and not yet answered (sidebar tooltip, both generations). */
  awaitingReview: /^\s*Awaiting requested review from\s+(\S+)/i,
  /** A reviewer who has submitted a review (sidebar tooltip, both generations). */
  submittedReview: /^\s*(\S+)\s+(?:approved these changes|requested changes|left review comments)\b/i,
  /** Verbs of review rows in the timeline, for the fallback count. */
  reviewVerb: /\b(?:approved these changes|requested changes|reviewed)\b/i,
  /** The React title's hidden " - #42" suffix. */
  titleNumberSuffix: /\s+-\s+#\d+\s*$/,
} as const;

/** Label text → association. Labels as GitHub renders them (same words in both generations). */
export const ASSOCIATION_LABELS = {
  'first-time contributor': 'first-time-contributor',
  'first-timer': 'first-timer',
  'first-time github contributor': 'first-timer',
  contributor: 'contributor',
  member: 'member',
  collaborator: 'collaborator',
  owner: 'owner',
} as const;

/** Phrases of the legacy association tooltips ("This user is a member of the acme organization."). */
export const ASSOCIATION_TOOLTIPS = [
  [/first-time contributor/i, 'first-time-contributor'],
  [/not previously committed to (?:any repository on )?GitHub|first time on GitHub|first-timer|first pull request on GitHub/i, 'first-timer'],
  [/previously committed to/i, 'contributor'],
  [/member of/i, 'member'],
  [/collaborat/i, 'collaborator'],
  [/owner of/i, 'owner'],
] as const;

/** State label text or React `data-status` → state. */
export const STATE_WORDS = {
  draft: 'draft',
  open: 'open',
  merged: 'merged',
  closed: 'closed',
  pullopened: 'open',
  pullclosed: 'closed',
  pullmerged: 'merged',
  pulldraft: 'draft',
} as const;
