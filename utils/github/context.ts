import type { TipContext } from '../tips/types';
import { countPageComments, readAuthorAssociationOnPage, type AuthorAssociation } from './comments';
import { detectPrPage, prKey, type PrPageRef } from './detect';
import { attempt, sameLogin } from './dom';
import {
  readAuthor,
  readChangedFiles,
  readCommentCount,
  readDocumentTitle,
  readLineCounts,
  readSignedOut,
  readState,
  readTitle,
  readViewer,
  type PrState,
} from './readers';
import { countReviewRounds, readReviewers, viewerReviewedInTimeline } from './reviews';

export { readViewerComments } from './comments';
export type { AuthorAssociation } from './comments';
export type { PrState } from './readers';

export type ViewerRole = 'author' | 'requested-reviewer' | 'reviewer' | 'visitor';

/** Everything Leadway reads from a pull-request page, as plain data. Every fact is optional. */
export interface PrContext extends PrPageRef {
  key: string;
  title?: string;
  /** `undefined` = logged out. */
  viewer?: string;
  author?: string;
  viewerRole?: ViewerRole;
  authorAssociation?: AuthorAssociation;
  state?: PrState;
  additions?: number;
  deletions?: number;
  changedFiles?: number;
  /** Signs of a long back-and-forth. */
  commentCount?: number;
  reviewRounds?: number;
}

/** A pull request this big is hard to review in one sitting. */
export const LARGE_PR_CHANGED_LINES = 500;
export const LARGE_PR_CHANGED_FILES = 20;
/** A conversation this long usually needs a call, a summary or a split. */
export const LONG_THREAD_COMMENTS = 15;
export const LONG_THREAD_REVIEW_ROUNDS = 3;

/**
 * Reads a pull-request page (or the compare page) into plain data; `undefined` when the URL is not one. Never
 * throws: each fact is read on its own, and a fact that cannot be read stays `undefined`.
 */
export function readPrContext(doc: Document, url: URL): PrContext | undefined {
  const ref = detectPrPage(url);
  if (!ref) return undefined;
  const context: PrContext = { ...ref, key: prKey(ref) };

  const viewer = attempt(() => readViewer(doc));
  if (viewer) context.viewer = viewer;
  const signedOut = !viewer && attempt(() => readSignedOut(doc)) === true;

  if (ref.tab === 'compare') {
    // Whoever is on the compare page is about to open the pull request.
    if (viewer) context.viewerRole = 'author';
    else if (signedOut) context.viewerRole = 'visitor';
    assignSize(context, doc);
    return context;
  }

  const fromTitle = attempt(() => readDocumentTitle(doc, ref.number));
  const title = attempt(() => readTitle(doc)) ?? fromTitle?.title;
  if (title) context.title = title;
  const author = fromTitle?.author ?? attempt(() => readAuthor(doc));
  if (author) context.author = author;

  // Only the author's own comment is needed here; the tone coach reads the viewer's comments itself, when asked.
  const association = attempt(() => readAuthorAssociationOnPage(doc, author));
  if (association) context.authorAssociation = association;

  const role = signedOut ? 'visitor' : attempt(() => readViewerRole(doc, viewer, author));
  if (role) context.viewerRole = role;

  const state = attempt(() => readState(doc));
  if (state) context.state = state;

  assignSize(context, doc);
  assignThreadLength(context, doc);
  return context;
}

function assignSize(context: PrContext, doc: Document): void {
  const lines = attempt(() => readLineCounts(doc));
  if (lines) {
    context.additions = lines.additions;
    context.deletions = lines.deletions;
  }
  const changedFiles = attempt(() => readChangedFiles(doc)) ?? lines?.changedFiles;
  if (changedFiles !== undefined) context.changedFiles = changedFiles;
}

function assignThreadLength(context: PrContext, doc: Document): void {
  // Counting the comments on the page is the fallback for a missing tab badge: only then walk them.
  const commentCount = attempt(() => readCommentCount(doc, () => attempt(() => countPageComments(doc)) ?? 0));
  if (commentCount !== undefined) context.commentCount = commentCount;
  const reviewRounds = attempt(() => countReviewRounds(doc));
  if (reviewRounds !== undefined) context.reviewRounds = reviewRounds;
}

/**
 * The part a signed-in viewer plays in this pull request. `undefined` when it cannot be told: no viewer login, a
 * tab without the Reviewers sidebar and no review of theirs in sight, or an unknown author.
 */
function readViewerRole(doc: Document, viewer: string | undefined, author: string | undefined): ViewerRole | undefined {
  if (!viewer) return undefined;
  if (sameLogin(viewer, author)) return 'author';
  const reviewers = attempt(() => readReviewers(doc));
  const status = reviewers?.get(viewer.toLowerCase());
  if (status === 'requested') return 'requested-reviewer';
  if (status === 'reviewed' || attempt(() => viewerReviewedInTimeline(doc, viewer))) return 'reviewer';
  if (reviewers && author) return 'visitor';
  return undefined;
}

const FIRST_TIMERS: ReadonlySet<AuthorAssociation> = new Set(['first-time-contributor', 'first-timer']);

/** The moments this page offers, as tip context tags, most defining first. */
export function prTipContexts(ctx: PrContext): TipContext[] {
  const tags: TipContext[] = [];
  const isOwn = ctx.tab === 'compare' || ctx.viewerRole === 'author';
  if (ctx.tab === 'compare') tags.push('pr-compare');
  tags.push(isOwn ? 'pr-author' : 'pr-reviewer');

  if (!isOwn && ctx.authorAssociation && FIRST_TIMERS.has(ctx.authorAssociation)) tags.push('pr-first-time-contributor');

  const changedLines = (ctx.additions ?? 0) + (ctx.deletions ?? 0);
  if (changedLines >= LARGE_PR_CHANGED_LINES || (ctx.changedFiles ?? 0) >= LARGE_PR_CHANGED_FILES) tags.push('pr-large');

  if (ctx.state === 'draft') tags.push('pr-draft');
  if (ctx.state === 'merged' || ctx.state === 'closed') tags.push('pr-merged');

  if ((ctx.commentCount ?? 0) >= LONG_THREAD_COMMENTS || (ctx.reviewRounds ?? 0) >= LONG_THREAD_REVIEW_ROUNDS) {
    tags.push('pr-long-thread');
  }
  return tags;
}
