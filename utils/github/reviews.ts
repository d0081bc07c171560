import {
  allMatches,
  asLogin,
  attempt,
  cleanText,
  closestMatch,
  firstMatch,
  firstNonEmptyMatch,
  loginOf,
  sameLogin,
  textWithout,
} from './dom';
import { findSidebar } from './regions';
import { PATTERNS, SELECTORS, selectorsFor } from './selectors';

/** What the Reviewers section says about one person. */
export type ReviewerStatus = 'requested' | 'reviewed';

/**
 * The Reviewers section as a map from login (lower-cased) to status; `undefined` when the page shows no sidebar
 * (the files and commits tabs), so "not requested" and "cannot tell" stay apart.
 *
 * Statuses are read from the sentences GitHub writes for each reviewer's status icon in both generations:
 * "Awaiting requested review from mona" (pending) and "mona approved these changes" / "requested changes" /
 * "left review comments". A pending re-request wins over an earlier review: the person has been asked again.
 */
export function readReviewers(doc: ParentNode): Map<string, ReviewerStatus> | undefined {
  const sidebar = findSidebar(doc);
  if (!sidebar) return undefined;
  const reviewers = new Map<string, ReviewerStatus>();
  for (const element of allMatches(sidebar, SELECTORS.reviewerStatus)) {
    for (const sentence of sentencesOf(element)) {
      const awaiting = asLogin(PATTERNS.awaitingReview.exec(sentence)?.[1]);
      if (awaiting) {
        reviewers.set(awaiting.toLowerCase(), 'requested');
        continue;
      }
      const reviewed = asLogin(PATTERNS.submittedReview.exec(sentence)?.[1]);
      if (reviewed && !reviewers.has(reviewed.toLowerCase())) reviewers.set(reviewed.toLowerCase(), 'reviewed');
    }
  }
  return reviewers;
}

function sentencesOf(element: Element): string[] {
  const label = element.getAttribute('aria-label');
  return label ? [label, cleanText(element)] : [cleanText(element)];
}

/** Whether the viewer's own review shows in the timeline (the files tab has no sidebar, the timeline may). */
export function viewerReviewedInTimeline(doc: ParentNode, viewer: string): boolean {
  for (const marker of allMatches(doc, SELECTORS.reviewMarkers)) {
    const row = closestMatch(marker, SELECTORS.timelineItem) ?? marker.parentElement;
    if (!row || !PATTERNS.reviewVerb.test(headlineOf(row))) continue;
    if (sameLogin(loginOf(firstMatch(row, SELECTORS.timelineActor)), viewer)) return true;
  }
  return false;
}

const REVIEW_ID = /pullrequestreview-(\d+)/;

/**
 * How many reviews were submitted: distinct review ids from permalinks and anchors, else GraphQL ids, else timeline
 * rows phrased as reviews. A long back-and-forth shows as many of them.
 */
export function countReviewRounds(doc: ParentNode): number | undefined {
  const ids = new Set<string>();
  for (const marker of allMatches(doc, SELECTORS.reviewMarkers.slice(0, 2))) {
    const source = `${marker.getAttribute('id') ?? ''} ${marker.getAttribute('href') ?? ''}`;
    const id = REVIEW_ID.exec(source)?.[1];
    if (id) ids.add(id);
  }
  if (ids.size > 0) return ids.size;

  const gids = new Set(allMatches(doc, SELECTORS.reviewMarkers.slice(2)).map((item) => item.getAttribute('data-gid')));
  if (gids.size > 0) return gids.size;

  const rows = firstNonEmptyMatch(doc, selectorsFor(doc).timelineItem);
  if (rows.length === 0) return undefined;
  return rows.filter((row) => attempt(() => PATTERNS.reviewVerb.test(headlineOf(row))) === true).length;
}

/** What a timeline row says happened ("mona requested changes"), without the comment text inside it. */
function headlineOf(row: Element): string {
  return textWithout(row, SELECTORS.commentBody);
}
