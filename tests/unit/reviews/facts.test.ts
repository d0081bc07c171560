import { describe, expect, it } from 'vitest';
import { applyComment, applyVisit } from '../../../utils/reviews/facts';
import { sizeBucket, visitFromContext } from '../../../utils/reviews/visit';
import type { PrContext } from '../../../utils/github/context';
import type { PrVisit } from '../../../utils/reviews/types';
import { DAY, NOW } from './fixtures';

const context = (overrides: Partial<PrContext> = {}): PrContext => ({
  owner: 'Acme',
  repo: 'Widget',
  number: 7,
  tab: 'conversation',
  key: 'acme/widget#7',
  viewer: 'sam',
  author: 'River-K',
  viewerRole: 'requested-reviewer',
  additions: 120,
  deletions: 30,
  commentCount: 4,
  reviewRounds: 1,
  state: 'open',
  ...overrides,
});

const visit = (overrides: Partial<PrVisit> = {}): PrVisit => ({
  pr: 'acme/widget#7',
  author: 'river-k',
  viewerRole: 'reviewer',
  reviewers: [],
  draft: false,
  size: 'medium',
  longThread: false,
  ...overrides,
});

describe('sizeBucket', () => {
  it('puts changed lines into small, medium and large', () => {
    expect(sizeBucket(40, 20)).toBe('small');
    expect(sizeBucket(60, 40)).toBe('medium');
    expect(sizeBucket(400, 100)).toBe('large');
    expect(sizeBucket(undefined, 3)).toBeUndefined();
  });
});

describe('visitFromContext', () => {
  it('keeps facts only: the key, the lowercased author, the role, draft, size and thread length', () => {
    expect(visitFromContext(context(), ['Dana', 'river-k', 'dana'])).toEqual({
      pr: 'acme/widget#7',
      author: 'river-k',
      viewerRole: 'reviewer',
      reviewers: ['dana'],
      draft: false,
      size: 'medium',
      longThread: false,
    });
  });

  it('marks a long thread from the comment count or the review rounds, and a draft from the state', () => {
    expect(visitFromContext(context({ commentCount: 15 }))?.longThread).toBe(true);
    expect(visitFromContext(context({ reviewRounds: 3 }))?.longThread).toBe(true);
    expect(visitFromContext(context({ state: 'draft' }))?.draft).toBe(true);
  });

  it('remembers nothing for a compare page, a signed-out viewer, an unknown author or someone passing by', () => {
    expect(visitFromContext(context({ key: 'acme/widget:compare', tab: 'compare' }))).toBeUndefined();
    expect(visitFromContext(context({ viewer: undefined }))).toBeUndefined();
    expect(visitFromContext(context({ author: undefined }))).toBeUndefined();
    expect(visitFromContext(context({ viewerRole: 'visitor' }))).toBeUndefined();
  });

  it('counts a commenter on someone else’s pull request as a reviewer, and the author as the author', () => {
    expect(visitFromContext(context({ viewerRole: 'visitor' }), [], true)?.viewerRole).toBe('reviewer');
    expect(visitFromContext(context({ viewerRole: 'author', viewer: 'river-k' }), [], true)?.viewerRole).toBe('author');
  });
});

describe('applyVisit and applyComment', () => {
  it('creates a fact keyed by host and pull request, stamped with the given time', () => {
    const stored = applyVisit(undefined, 'GitHub.com', visit(), NOW);
    expect(stored).toMatchObject({ key: 'github.com/acme/widget#7', host: 'github.com', firstSeenAt: NOW, lastSeenAt: NOW, comments: 0 });
  });

  it('keeps counts, first sight, earlier reviewers and the reviewer role across later visits', () => {
    let stored = applyVisit(undefined, 'github.com', visit({ reviewers: ['dana'], longThread: true }), NOW - DAY);
    stored = applyComment(stored, 'github.com', { visit: visit(), label: 'praise', rewriteAccepted: true }, NOW - DAY / 2);
    stored = applyVisit(stored, 'github.com', visit({ reviewers: ['lee'], size: undefined }), NOW);
    expect(stored).toMatchObject({
      firstSeenAt: NOW - DAY,
      lastSeenAt: NOW,
      comments: 1,
      labels: { praise: 1 },
      rewritesAccepted: 1,
      lastCommentAt: NOW - DAY / 2,
      reviewers: ['dana', 'lee'],
      size: 'medium',
      longThread: true,
    });
  });

  it('counts each comment, its label and an accepted rewrite, with no text anywhere', () => {
    let stored = applyComment(undefined, 'github.com', { visit: visit(), label: 'suggestion', rewriteAccepted: false }, NOW);
    stored = applyComment(stored, 'github.com', { visit: visit(), label: 'suggestion', rewriteAccepted: true }, NOW + 1);
    stored = applyComment(stored, 'github.com', { visit: visit(), rewriteAccepted: false }, NOW + 2);
    expect(stored.comments).toBe(3);
    expect(stored.labels).toEqual({ suggestion: 2 });
    expect(stored.rewritesAccepted).toBe(1);
    expect(Object.keys(stored).sort()).toEqual(
      ['author', 'draft', 'firstSeenAt', 'host', 'key', 'labels', 'lastCommentAt', 'lastSeenAt', 'longThread', 'pr', 'comments', 'reviewers', 'rewritesAccepted', 'size', 'viewerRole'].sort(),
    );
  });
});
