import type { PrFact } from '../../../utils/reviews/types';

export const NOW = Date.UTC(2026, 10, 20, 12);
export const DAY = 86_400_000;

/** A stored fact with plain defaults: river-k's pull request the user reviewed a day ago. */
export function fact(overrides: Partial<PrFact> = {}): PrFact {
  const pr = overrides.pr ?? 'acme/widget#7';
  const host = overrides.host ?? 'github.com';
  return {
    key: `${host}/${pr}`,
    host,
    pr,
    author: 'river-k',
    viewerRole: 'reviewer',
    reviewers: [],
    draft: false,
    size: 'medium',
    longThread: false,
    firstSeenAt: NOW - 2 * DAY,
    lastSeenAt: NOW - DAY,
    comments: 0,
    labels: {},
    rewritesAccepted: 0,
    ...overrides,
  };
}
