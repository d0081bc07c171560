import type { ConventionalLabel } from '../tone/conventional-comments';
import type { PrCommentPosted, PrFact, PrVisit } from './types';

/** Kept this long after the user last looked at or commented on the pull request. */
export const PR_FACT_RETENTION_DAYS = 90;
export const PR_FACT_RETENTION_MS = PR_FACT_RETENTION_DAYS * 86_400_000;

/** At most this many pull requests are remembered (the least recent go first). */
export const MAX_PR_FACTS = 5_000;

/** Pull requests only (not the compare page), keyed `owner/repo#N`. */
const PR_KEY = /^[a-z0-9._-]+\/[a-z0-9._-]+#\d{1,12}$/;
export function isPrKey(value: unknown): value is string {
  return typeof value === 'string' && PR_KEY.test(value);
}

export function factKey(host: string, pr: string): string {
  return `${host.toLowerCase()}/${pr}`;
}

/** The stored fact after a visit: the page's latest facts, the user's comment counts kept. */
export function applyVisit(existing: PrFact | undefined, host: string, visit: PrVisit, at: number): PrFact {
  return {
    key: factKey(host, visit.pr),
    host: host.toLowerCase(),
    pr: visit.pr,
    author: visit.author,
    // Once a reviewer, always a reviewer here: a later visit with no sidebar must not forget it.
    viewerRole: existing?.viewerRole === 'reviewer' && visit.viewerRole !== 'author' ? 'reviewer' : visit.viewerRole,
    reviewers: [...new Set([...(existing?.reviewers ?? []), ...visit.reviewers])],
    draft: visit.draft,
    ...(visit.size ?? existing?.size ? { size: visit.size ?? existing?.size } : {}),
    longThread: visit.longThread || (existing?.longThread ?? false),
    firstSeenAt: existing?.firstSeenAt ?? at,
    lastSeenAt: at,
    comments: existing?.comments ?? 0,
    labels: { ...(existing?.labels ?? {}) },
    rewritesAccepted: existing?.rewritesAccepted ?? 0,
    ...(existing?.lastCommentAt !== undefined ? { lastCommentAt: existing.lastCommentAt } : {}),
  };
}

/** The stored fact after the user posted on the pull request (the page's facts as of the post, then the count). */
export function applyComment(stored: PrFact | undefined, host: string, posted: PrCommentPosted, at: number): PrFact {
  const existing = applyVisit(stored, host, posted.visit, at);
  const labels: Partial<Record<ConventionalLabel, number>> = { ...existing.labels };
  if (posted.label) labels[posted.label] = (labels[posted.label] ?? 0) + 1;
  return {
    ...existing,
    comments: existing.comments + 1,
    labels,
    rewritesAccepted: existing.rewritesAccepted + (posted.rewriteAccepted ? 1 : 0),
    lastCommentAt: at,
  };
}

/** When the fact was last touched: it is kept for 90 days from then. */
export function lastActivity(fact: Pick<PrFact, 'lastSeenAt' | 'lastCommentAt'>): number {
  return Math.max(fact.lastSeenAt, fact.lastCommentAt ?? 0);
}
