import { allMatches, attempt, cleanText, closestMatch, firstMatch, loginOf, sameLogin } from './dom';
import { ASSOCIATION_LABELS, ASSOCIATION_TOOLTIPS, SELECTORS } from './selectors';

export type AuthorAssociation =
  | 'first-time-contributor'
  | 'first-timer'
  | 'contributor'
  | 'member'
  | 'collaborator'
  | 'owner'
  | 'none';

/** One comment on the page, reduced to plain data. */
export interface PageComment {
  author?: string;
  /** `undefined` when the comment has no header to read it from; `'none'` when the header shows no badge. */
  association?: AuthorAssociation;
  text: string;
}

/**
 * Every comment body on the page with its author and association. Bodies are the anchor: each belongs to exactly
 * one comment, so nested review comments are neither lost nor counted twice.
 */
export function readPageComments(doc: ParentNode): PageComment[] {
  const comments: PageComment[] = [];
  for (const body of allMatches(doc, SELECTORS.commentBody)) {
    // A body nested in another body (quoted markup) is part of the outer one.
    if (body.parentElement && closestMatch(body.parentElement, SELECTORS.commentBody)) continue;
    const comment = attempt(() => readComment(body));
    if (comment) comments.push(comment);
  }
  return comments;
}

function readComment(body: Element): PageComment {
  const container = closestMatch(body, SELECTORS.commentContainer);
  const header = container ? headerOf(container) : undefined;
  const author = header ? loginOf(firstMatch(header, SELECTORS.commentAuthor)) : undefined;
  const association = header ? readAssociation(header) : undefined;
  return { author, association, text: cleanText(body) };
}

/** The container's own header, not one of a nested comment. */
function headerOf(container: Element): Element | undefined {
  for (const header of allMatches(container, SELECTORS.commentHeader)) {
    if (closestMatch(header, SELECTORS.commentContainer) === container) return header;
  }
  return undefined;
}

function readAssociation(header: Element): AuthorAssociation {
  for (const badge of allMatches(header, SELECTORS.commentAssociation)) {
    const fromLabel = associationFromLabel(cleanText(badge));
    if (fromLabel) return fromLabel;
    const tooltip = badge.getAttribute('aria-label') ?? '';
    for (const [phrase, association] of ASSOCIATION_TOOLTIPS) if (phrase.test(tooltip)) return association;
  }
  return 'none';
}

function associationFromLabel(text: string): AuthorAssociation | undefined {
  const key = text.toLowerCase();
  return Object.hasOwn(ASSOCIATION_LABELS, key) ? ASSOCIATION_LABELS[key as keyof typeof ASSOCIATION_LABELS] : undefined;
}

/**
 * The PR author's association with the repository, read from the badge on their own comment (normally the
 * description). Without a known author, the first comment on the page is the description.
 */
export function readAuthorAssociation(comments: PageComment[], author: string | undefined): AuthorAssociation | undefined {
  const withHeader = comments.filter((comment) => comment.association !== undefined && comment.author !== undefined);
  const own = author ? withHeader.find((comment) => sameLogin(comment.author, author)) : withHeader[0];
  return own?.association;
}

/** The text of every comment the viewer wrote on this page, for the review-balance nudge. */
export function readViewerComments(doc: ParentNode, viewer: string | undefined): string[] {
  if (!viewer) return [];
  return (attempt(() => readPageComments(doc)) ?? [])
    .filter((comment) => sameLogin(comment.author, viewer) && comment.text.length > 0)
    .map((comment) => comment.text);
}
