import {
  allMatches,
  asLogin,
  attempt,
  cleanText,
  closestMatch,
  firstMatch,
  loginOf,
  parseCount,
  textWithout,
} from './dom';
import { isLegacyPage, PATTERNS, SELECTORS, selectorsFor, STATE_WORDS, VIEWER_SELECTORS } from './selectors';

/**
 * One reader per fact of a pull-request page. Each returns `undefined` when the fact is not on the page; the
 * caller wraps every call, so a reader may assume a well-behaved DOM.
 */

export type PrState = 'draft' | 'open' | 'merged' | 'closed';

/** The signed-in user's login; `undefined` when logged out (`<meta name="user-login" content="">`). */
export function readViewer(doc: Document): string | undefined {
  const meta = firstMatch(doc, VIEWER_SELECTORS.viewerLogin);
  return asLogin(meta?.getAttribute('content'));
}

/**
 * Whether the page was served to a signed-out visitor. An empty `user-login` or `body.logged-out` says so; a page
 * with neither (a fragment, a page still loading) says nothing, and then no role is inferred from it.
 */
export function readSignedOut(doc: Document): boolean | undefined {
  const meta = firstMatch(doc, VIEWER_SELECTORS.viewerLogin);
  if (meta) return asLogin(meta.getAttribute('content')) === undefined;
  if (firstMatch(doc, VIEWER_SELECTORS.signedOutBody)) return true;
  if (firstMatch(doc, VIEWER_SELECTORS.signedInBody)) return false;
  return undefined;
}

export interface TitleParts {
  title: string;
  author: string;
}

/**
 * "TITLE by AUTHOR · Pull Request #N · OWNER/REPO · GitHub". Ignored when its number is not this page's: during
 * client-side navigation the title can lag behind the URL.
 */
export function readDocumentTitle(doc: Document, number: number | undefined): TitleParts | undefined {
  const groups = PATTERNS.documentTitle.exec(doc.title ?? '')?.groups;
  if (!groups || number === undefined || Number(groups.number) !== number) return undefined;
  const author = asLogin(groups.author);
  const title = (groups.title ?? '').trim();
  return author && title ? { title, author } : undefined;
}

export function readTitle(doc: Document): string | undefined {
  const heading = firstMatch(doc, selectorsFor(doc).title);
  if (!heading) return undefined;
  let text = textWithout(heading, SELECTORS.screenReaderText);
  // Only the whole React <h1> carries the " - #42" suffix; a title element proper is the author's text verbatim,
  // which may itself end in "- #12".
  if (heading.tagName === 'H1') text = text.replace(PATTERNS.titleNumberSuffix, '');
  return text || undefined;
}

export function readAuthor(doc: Document): string | undefined {
  return loginOf(firstMatch(doc, selectorsFor(doc).author));
}

export function readState(doc: Document): PrState | undefined {
  const label = firstMatch(doc, selectorsFor(doc).stateLabel);
  if (!label) return undefined;
  // React labels say it twice: `data-status="pullMerged"` and the visible word. The attribute is not translated
  // or restyled, so it goes first. The legacy `reviewable_state` comes last: it can still say "draft" on a PR that
  // was closed or merged as a draft, and what the page shows is what the PR is.
  for (const word of [label.getAttribute('data-status'), cleanText(label), label.getAttribute('reviewable_state')]) {
    const key = (word ?? '').trim().toLowerCase().split(/\s/)[0] ?? '';
    if (Object.hasOwn(STATE_WORDS, key)) return STATE_WORDS[key as keyof typeof STATE_WORDS];
  }
  return undefined;
}

export interface DiffSize {
  additions: number;
  deletions: number;
  changedFiles?: number;
}

/** Lines added and removed by the whole pull request (not one file of it). */
export function readLineCounts(doc: Document): DiffSize | undefined {
  // The legacy page's #diffstat is one id lookup; the screen-reader sentence means walking every hidden label.
  const sources = isLegacyPage(doc) ? [readDiffstat, readLinesChangedLabel] : [readLinesChangedLabel, readDiffstat];
  for (const read of sources) {
    const size = read(doc);
    if (size) return size;
  }
  return readCompareSummary(doc);
}

/** "Lines changed: 1,480 additions & 312 deletions", the header's screen-reader diffstat in both generations. */
function readLinesChangedLabel(doc: Document): DiffSize | undefined {
  for (const holder of allMatches(doc, SELECTORS.screenReaderText)) {
    const match = PATTERNS.linesChanged.exec(holder.textContent ?? '');
    if (!match || closestMatch(holder, SELECTORS.perFileDiff)) continue;
    const additions = parseCount(match[1]);
    const deletions = parseCount(match[2]);
    if (additions !== undefined && deletions !== undefined) return { additions, deletions };
  }
  return undefined;
}

/** The legacy `#diffstat` beside the tabs. */
function readDiffstat(doc: Document): DiffSize | undefined {
  const additions = parseCount(firstMatch(doc, SELECTORS.legacyAdditions)?.textContent);
  const deletions = parseCount(firstMatch(doc, SELECTORS.legacyDeletions)?.textContent);
  return additions !== undefined && deletions !== undefined ? { additions, deletions } : undefined;
}

/** "Showing 3 changed files with 40 additions and 9 deletions." on the compare page. */
function readCompareSummary(doc: Document): DiffSize | undefined {
  const summary = firstMatch(doc, SELECTORS.compareSummary);
  const match = PATTERNS.compareSummary.exec(cleanText(summary));
  if (!match) return undefined;
  const [changedFiles, additions, deletions] = [match[1], match[2], match[3]].map(parseCount);
  if (additions === undefined || deletions === undefined) return undefined;
  return { additions, deletions, changedFiles };
}

type TabKind = 'conversation' | 'files';

const TAB_HREF: Record<TabKind, RegExp> = {
  conversation: /\/pull\/\d+\/?(?:[?#].*)?$/,
  files: /\/pull\/\d+\/(?:files|changes)\/?(?:[?#].*)?$/,
};

/** The count badge of one PR tab: by its id, else by finding the tab whose link points at that view. */
function readTabCount(doc: Document, kind: TabKind): number | undefined {
  const selectors = selectorsFor(doc);
  const direct = firstMatch(doc, kind === 'files' ? selectors.filesTabCounter : selectors.conversationTabCounter);
  const fromDirect = parseCount(direct?.getAttribute('title')) ?? parseCount(direct?.textContent);
  if (fromDirect !== undefined) return fromDirect;

  const nav = firstMatch(doc, selectors.tabNav);
  if (!nav) return undefined;
  const tab = Array.from(nav.querySelectorAll('a[href]')).find((link) => TAB_HREF[kind].test(link.getAttribute('href') ?? ''));
  const counter = tab ? firstMatch(tab, selectors.tabCounter) : undefined;
  return parseCount(counter?.getAttribute('title')) ?? parseCount(counter?.textContent);
}

export function readChangedFiles(doc: Document): number | undefined {
  return readTabCount(doc, 'files') ?? attempt(() => readCompareSummary(doc)?.changedFiles);
}

/**
 * How many comments the conversation holds: the tab badge (it counts comments GitHub has not rendered yet),
 * else the comments on the page.
 */
export function readCommentCount(doc: Document, commentsOnPage: number | (() => number)): number | undefined {
  const fromTab = readTabCount(doc, 'conversation');
  if (fromTab !== undefined) return fromTab;
  const hasTimeline = firstMatch(doc, selectorsFor(doc).timelineItem) !== undefined;
  if (!hasTimeline) return undefined;
  return typeof commentsOnPage === 'function' ? commentsOnPage() : commentsOnPage;
}
