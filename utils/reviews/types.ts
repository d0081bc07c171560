import type { ConventionalLabel } from '../tone/conventional-comments';

/**
 * What Leadway remembers about one pull request, when the user switched review memory on: facts, never text. One
 * record per pull request (per GitHub host), so "delete this PR" is one key and the store stays small.
 */
export const PR_SIZES = ['small', 'medium', 'large'] as const;
export type PrSize = (typeof PR_SIZES)[number];

export const PR_VIEWER_ROLES = ['author', 'reviewer'] as const;
export type PrViewerRole = (typeof PR_VIEWER_ROLES)[number];

/** What a GitHub page reports on a visit (the background adds host, key and times). */
export interface PrVisit {
  /** `owner/repo#N`, lowercased. */
  pr: string;
  /** The pull request's author, lowercased. */
  author: string;
  /** What the user is on this pull request. */
  viewerRole: PrViewerRole;
  /** Logins (lowercased) who had submitted a review when the user last looked. */
  reviewers: string[];
  draft: boolean;
  size?: PrSize;
  longThread: boolean;
}

/**
 * The stored record: the latest visit's facts, plus what only the background knows (the host, from the sender;
 * the times, stamped there) and the counts of the user's posts.
 */
export interface PrFact extends PrVisit {
  /** `host/owner/repo#N`, lowercased: the store's key. */
  key: string;
  /** `github.com`, or a GitHub Enterprise host the user granted. Taken from the sender by the background. */
  host: string;
  /** Epoch milliseconds, stamped by the background. */
  firstSeenAt: number;
  lastSeenAt: number;
  /** Comments and reviews the user posted here (counted from the form's submit, never read). */
  comments: number;
  /** How many of them started with each Conventional Comments label. */
  labels: Partial<Record<ConventionalLabel, number>>;
  /** How many of them had a tone-coach rewrite accepted before posting. */
  rewritesAccepted: number;
  lastCommentAt?: number;
}

/** What a GitHub page reports when the user posts a comment or review: no text, only its kind. */
export interface PrCommentPosted {
  /** The page as it was when the user posted: a comment on someone's pull request makes the user a reviewer. */
  visit: PrVisit;
  label?: ConventionalLabel;
  rewriteAccepted: boolean;
}
