import { attempt, closestMatch, firstMatch } from './dom';
import { findSidebar, notSidebarBecause } from './regions';
import { SELECTORS, selectorsFor } from './selectors';

/**
 * Where the PR card goes, decided in one place with its reasons:
 *
 * 1. The top of the Reviewers column (`sidebar`), on every PR view that has one: it is where a reviewer looks
 *    before deciding what to do, it is beside the conversation rather than on top of it, and GitHub's own controls
 *    there are links and menus the card cannot cover.
 * 2. Under the PR header and its tabs (`below-header`) on views without that column (files, commits, checks): the
 *    header stays in place on every tab, so the card is near the top without pushing GitHub's toolbar around.
 * 3. A small floating card in the corner (`floating`), when neither can be found or neither shows the card: a
 *    page Leadway cannot read well enough to place the card is one GitHub probably changed.
 *
 * A place is never inside a comment box (the card would read as part of someone's comment and move with its
 * form), a diff or the diff side panel, a dialog, or a hidden or collapsed region. After inserting the card the
 * caller checks that it really shows (`isShown`) and moves on to the next place if it does not: GitHub hides whole
 * regions with CSS that no selector can foresee.
 */
export type PlacementSlot = 'sidebar' | 'below-header' | 'floating';

export interface PlacementCandidate {
  slot: PlacementSlot;
  /** The element the card goes into (`prepend`) or after (`after`); the document's body for `floating`. */
  anchor: Element;
  insert: 'prepend' | 'after' | 'append';
  reason: string;
}

export interface Placement {
  slot: PlacementSlot;
  reason: string;
  /** Places tried before this one, and why each was left. */
  rejected: Array<{ slot: PlacementSlot; reason: string }>;
}

/** Regions the card must never be inside; each with the reason given when a candidate is refused. */
const FORBIDDEN: ReadonlyArray<readonly [reason: string, selectors: readonly string[]]> = [
  ['inside a comment box', [...SELECTORS.commentContainer, 'form', '.js-previewable-comment-form', '.comment-form-head']],
  ['inside a diff', [...SELECTORS.perFileDiff, '.js-diff-progressive-container', '.file']],
  ['inside the diff side panel', SELECTORS.notSidebar],
  ['inside a dialog', ['dialog', '[role="dialog"]', '[role="alertdialog"]', 'details-dialog', 'modal-dialog', '[popover]']],
  ['inside a hidden or collapsed region', ['[hidden]', '[aria-hidden="true"]', '[inert]', 'details:not([open])', '[data-is-hidden="true"]']],
];

/** Why the card may not go at `element`, or `undefined` when it may. */
export function forbiddenBecause(element: Element): string | undefined {
  for (const [reason, selectors] of FORBIDDEN) if (closestMatch(element, selectors)) return reason;
  return undefined;
}

/** The header block a tab row belongs to: the card goes after the whole header, not between its parts. */
const HEADER_BLOCKS = ['[class*="prc-PageHeader-PageHeader-"]', '.tabnav-pr', '.tabnav'] as const;
/**
 * The header itself, for views whose tab row cannot be found; on the compare page, the branch picker ("base: main …
 * compare: topic") and the page's heading ("Open a pull request").
 */
const PR_HEADERS = [
  '#partial-discussion-header',
  '[class*="prc-PageLayout-Header-"]',
  '.gh-header',
  '.js-range-editor',
  '.range-editor',
  '.Subhead',
] as const;

/** Every place the card could go on this page, best first, with forbidden ones left out. */
export function placementCandidates(doc: Document): PlacementCandidate[] {
  const candidates: PlacementCandidate[] = [];
  const consider = (candidate: PlacementCandidate | undefined) => {
    if (candidate && !forbiddenBecause(candidate.anchor) && !candidates.some((c) => c.anchor === candidate.anchor)) {
      candidates.push(candidate);
    }
  };

  const sidebar = attempt(() => findSidebar(doc));
  if (sidebar) consider({ slot: 'sidebar', anchor: sidebar, insert: 'prepend', reason: 'the top of the Reviewers column' });

  const tabs = attempt(() => firstMatch(doc, selectorsFor(doc).tabNav));
  if (tabs) {
    const block = closestMatch(tabs, HEADER_BLOCKS) ?? tabs;
    consider({ slot: 'below-header', anchor: block, insert: 'after', reason: 'under the PR header and its tabs' });
  }
  const header = attempt(() => firstMatch(doc, PR_HEADERS));
  if (header) consider({ slot: 'below-header', anchor: header, insert: 'after', reason: 'under the PR header' });

  if (doc.body) {
    candidates.push({ slot: 'floating', anchor: doc.body, insert: 'append', reason: 'no place on the page was found' });
  }
  return candidates;
}

/** How the card looks in each place: it fills the sidebar's width, and is a readable card anywhere else. */
const SLOT_STYLE: Record<PlacementSlot, Partial<CSSStyleDeclaration>> = {
  sidebar: { position: '', right: '', bottom: '', width: '', maxWidth: '', margin: '0 0 16px 0', zIndex: '' },
  'below-header': { position: '', right: '', bottom: '', width: '', maxWidth: '720px', margin: '12px 0', zIndex: '' },
  floating: { position: 'fixed', right: '16px', bottom: '16px', width: '340px', maxWidth: '', margin: '0', zIndex: '30' },
};

function insert(host: HTMLElement, candidate: PlacementCandidate): void {
  Object.assign(host.style, SLOT_STYLE[candidate.slot]);
  if (candidate.insert === 'prepend') candidate.anchor.prepend(host);
  else if (candidate.insert === 'after') candidate.anchor.after(host);
  else candidate.anchor.append(host);
}

/**
 * Puts `host` in the first place where `isShown` says a person can see it; the floating card when none. Returns
 * where it went, or `undefined` when the page has no body at all.
 */
export function placeVisibly(host: HTMLElement, doc: Document, isShown: (host: HTMLElement) => boolean): Placement | undefined {
  const rejected: Placement['rejected'] = [];
  const candidates = placementCandidates(doc);
  for (const candidate of candidates) {
    insert(host, candidate);
    if (candidate.slot === 'floating' || isShown(host)) return { slot: candidate.slot, reason: candidate.reason, rejected };
    rejected.push({ slot: candidate.slot, reason: `${candidate.reason} does not show the card` });
  }
  host.remove();
  return undefined;
}
