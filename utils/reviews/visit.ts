import { LARGE_PR_CHANGED_LINES, LONG_THREAD_COMMENTS, LONG_THREAD_REVIEW_ROUNDS, type PrContext } from '../github/context';
import { isPrKey } from './facts';
import type { PrSize, PrViewerRole, PrVisit } from './types';

// From a page read (utils/github/context.ts) to the facts a visit records: apart from facts.ts so the background's
// store does not bundle GitHub's page readers.

/** Lines changed below this are a quick read. */
export const SMALL_PR_CHANGED_LINES = 100;

export function sizeBucket(additions: number | undefined, deletions: number | undefined): PrSize | undefined {
  if (additions === undefined || deletions === undefined) return undefined;
  const lines = additions + deletions;
  if (lines < SMALL_PR_CHANGED_LINES) return 'small';
  return lines >= LARGE_PR_CHANGED_LINES ? 'large' : 'medium';
}

function roleOf(context: PrContext): PrViewerRole | undefined {
  if (context.viewerRole === 'author') return 'author';
  if (context.viewerRole === 'reviewer' || context.viewerRole === 'requested-reviewer') return 'reviewer';
  return undefined;
}

/**
 * The visit fact a PR page yields, or undefined when there is nothing to remember: not a pull request, signed out,
 * unknown author, or a page the user only passes by (neither author nor reviewer; a comment makes them one).
 */
export function visitFromContext(context: PrContext, reviewers: readonly string[] = [], commenting = false): PrVisit | undefined {
  if (!isPrKey(context.key) || !context.viewer || !context.author) return undefined;
  const viewerRole = roleOf(context) ?? (commenting ? 'reviewer' : undefined);
  if (!viewerRole) return undefined;
  return {
    pr: context.key,
    author: context.author.toLowerCase(),
    viewerRole,
    reviewers: [...new Set(reviewers.map((login) => login.toLowerCase()))].filter((login) => login !== context.author?.toLowerCase()),
    draft: context.state === 'draft',
    ...(sizeBucket(context.additions, context.deletions) ? { size: sizeBucket(context.additions, context.deletions) } : {}),
    longThread: (context.commentCount ?? 0) >= LONG_THREAD_COMMENTS || (context.reviewRounds ?? 0) >= LONG_THREAD_REVIEW_ROUNDS,
  };
}

