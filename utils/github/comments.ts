import { allMatches, attempt, cleanText, closestMatch, firstMatch, loginOf, sameLogin } from './dom';
import { ASSOCIATION_LABELS, ASSOCIATION_TOOLTIPS, COMMENT_SELECTORS } from './selectors';

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
  for (const body of commentBodies(doc)) {
    const comment = attempt((): PageComment => {
      const { header, author, text } = readAuthoredText(body);
      return { author, association: header ? readAssociation(header) : undefined, text };
    });
    if (comment) comments.push(comment);
  }
  return comments;
}

/** The outermost comment bodies: a body nested in another body (quoted markup) is part of the outer one. */
function commentBodies(doc: ParentNode): Element[] {
  return Array.from(outermostBodies(doc));
}

/** The outermost bodies one at a time, so a reader that needs only the first few can stop early. */
function* outermostBodies(doc: ParentNode): Generator<Element> {
  for (const body of allMatches(doc, COMMENT_SELECTORS.commentBody)) {
    if (!(body.parentElement && closestMatch(body.parentElement, COMMENT_SELECTORS.commentBody))) yield body;
  }
}

/** How many comments the page shows (the outermost bodies), without reading any of them. */
export function countPageComments(doc: ParentNode): number {
  let count = 0;
  for (const _body of outermostBodies(doc)) count++;
  return count;
}

/**
 * A comment's header, author and text. Kept apart from the association so the tone coach, which needs only whose
 * comment it is, does not bundle the association badges and tooltips.
 */
function readAuthoredText(body: Element): { header?: Element; author?: string; text: string } {
  const container = closestMatch(body, COMMENT_SELECTORS.commentContainer);
  const header = container ? headerOf(container) : undefined;
  const author = header ? loginOf(firstMatch(header, COMMENT_SELECTORS.commentAuthor)) : undefined;
  return { header, author, text: cleanText(body) };
}

/** The container's own header, not one of a nested comment. */
function headerOf(container: Element): Element | undefined {
  for (const header of allMatches(container, COMMENT_SELECTORS.commentHeader)) {
    if (closestMatch(header, COMMENT_SELECTORS.commentContainer) === container) return header;
  }
  return undefined;
}

function readAssociation(header: Element): AuthorAssociation {
  for (const badge of allMatches(header, COMMENT_SELECTORS.commentAssociation)) {
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

/**
 * `readAuthorAssociation(readPageComments(doc), author)` without reading every comment: the same answer (the first
 * comment in page order with a header and an author, by the PR author when known), but it stops at that comment and
 * never reads comment text. On a long thread the author's comment is normally the description, the first body.
 */
export function readAuthorAssociationOnPage(doc: ParentNode, author: string | undefined): AuthorAssociation | undefined {
  const associationOf = (body: Element): AuthorAssociation | undefined =>
    attempt(() => {
      const container = closestMatch(body, COMMENT_SELECTORS.commentContainer);
      const header = container ? headerOf(container) : undefined;
      const login = header ? loginOf(firstMatch(header, COMMENT_SELECTORS.commentAuthor)) : undefined;
      if (!header || login === undefined || (author && !sameLogin(login, author))) return undefined;
      return readAssociation(header);
    });
  // The first body in page order has no body around it, so it is an outermost one: try it before walking them all.
  const first = firstMatch(doc, [COMMENT_SELECTORS.commentBody.join(', ')]);
  const early = first ? associationOf(first) : undefined;
  if (early) return early;
  for (const body of outermostBodies(doc)) {
    if (body === first) continue;
    const association = associationOf(body);
    if (association) return association;
  }
  return undefined;
}

/** The text of every comment the viewer wrote on this page, for the review-balance nudge. */
export function readViewerComments(doc: ParentNode, viewer: string | undefined): string[] {
  if (!viewer) return [];
  const texts: string[] = [];
  for (const body of attempt(() => commentBodies(doc)) ?? []) {
    const comment = attempt(() => readAuthoredText(body));
    if (comment && sameLogin(comment.author, viewer) && comment.text.length > 0) texts.push(comment.text);
  }
  return texts;
}
