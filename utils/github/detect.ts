import {
  isCompare,
  isPR,
  isPRCommit,
  isPRCommitList,
  isPRConversation,
  isPRFiles,
  utils,
} from 'github-url-detection';

/** The view of a pull request the user is on, as far as the URL tells. */
export type PrTab = 'conversation' | 'files' | 'commits' | 'checks' | 'compare';

export interface PrPageRef {
  owner: string;
  repo: string;
  /** Absent on the compare page, where the pull request does not exist yet. */
  number?: number;
  tab: PrTab;
}

const PR_NUMBER = /^pull\/(\d+)(?:\/|$)/;
const CHECKS_PATH = /^pull\/\d+\/checks$/;

/**
 * Which pull-request view a URL shows, or `undefined` for every other page (issues, lists, the repository home,
 * notifications, the conflict editor, …).
 *
 * github-url-detection's detectors default to `location` when called without an argument, so the URL is always
 * passed explicitly: this keeps the function pure and usable in tests and in the background.
 */
export function detectPrPage(url: URL): PrPageRef | undefined {
  try {
    const repository = utils.getRepositoryInfo(url);
    if (!repository) return undefined;
    const { owner, name: repo, path } = repository;

    if (isCompare(url)) return { owner, repo, tab: 'compare' };
    if (!isPR(url)) return undefined;

    const number = Number(PR_NUMBER.exec(path)?.[1]);
    if (!Number.isSafeInteger(number) || number <= 0) return undefined;

    const tab = prTab(url, path);
    return tab ? { owner, repo, number, tab } : undefined;
  } catch {
    // A malformed URL-like object must not break the host page.
    return undefined;
  }
}

function prTab(url: URL, path: string): Exclude<PrTab, 'compare'> | undefined {
  if (isPRConversation(url)) return 'conversation';
  // A single commit inside a PR (`/commits/SHA`, and `/changes/SHA` since the 2025 route change) shows that
  // commit's diff; it belongs with the commits it was picked from. Checked before isPRFiles, which includes it.
  if (isPRCommit(url) || isPRCommitList(url)) return 'commits';
  if (isPRFiles(url)) return 'files';
  if (CHECKS_PATH.test(path)) return 'checks';
  return undefined;
}

/**
 * A stable key for one pull request, used by history and "already shown" checks: `owner/repo#42`, or
 * `owner/repo:compare` before the pull request exists. GitHub treats owner and repository names
 * case-insensitively (and serves the same PR under any casing), so the key is lower-cased.
 */
export function prKey(ref: Pick<PrPageRef, 'owner' | 'repo' | 'number' | 'tab'>): string {
  const base = `${ref.owner}/${ref.repo}`.toLowerCase();
  return ref.tab === 'compare' || ref.number === undefined ? `${base}:compare` : `${base}#${ref.number}`;
}

// The pull-request paths detectPrPage accepts (after `owner/repo/`), in one pattern: the conversation, the commit
// list and single commits, the files/changes views and the checks tab, as github-url-detection matches them.
const PR_VIEW_PATH =
  /^pull\/(\d+)(?:$|\/(?:files|checks$|commits(?:\/[\da-f]{7,40})?$|changes(?:\/[\da-f]{7,40}(?:..[\da-f]{7,40})?)?$))/;

/**
 * `prKey(detectPrPage(url))` from the path alone, for the tone coach: it needs the key but not the tab, and this
 * spares its content script github-url-detection and its list of reserved names. The one difference: a path whose
 * first segment is a GitHub route (`/settings/x/pull/1`) gets a key here; GitHub serves no pull request there, so no
 * comment box is coached on such a page anyway.
 */
export function prKeyFromPath(url: URL): string | undefined {
  try {
    if (url.hostname.startsWith('gist.')) return undefined;
    const [owner, repo, ...rest] = url.pathname.replace(/\/\/+/g, '/').replace(/\/$/, '').slice(1).split('/');
    if (!owner || !repo) return undefined;
    const path = rest.join('/');
    if (path.startsWith('compare')) return prKey({ owner, repo, tab: 'compare' });
    const number = Number(PR_VIEW_PATH.exec(path)?.[1]);
    return Number.isSafeInteger(number) && number > 0 ? prKey({ owner, repo, number, tab: 'conversation' }) : undefined;
  } catch {
    return undefined;
  }
}
