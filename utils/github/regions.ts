import { attempt, closestMatch } from './dom';
import { SELECTORS, selectorsFor } from './selectors';

/**
 * Regions of a PR page that several readers and the card's placement agree on. Kept apart from the readers of
 * single facts so that "which element is the Reviewers column" is decided once.
 */

/** Why an element is not the Reviewers column, or `undefined` when it may be. */
export function notSidebarBecause(element: Element): string | undefined {
  if (closestMatch(element, SELECTORS.notSidebar)) return 'it is the diff side panel';
  if (attempt(() => SELECTORS.fileTree.some((selector) => element.querySelector(selector) !== null))) {
    return 'it holds the file tree';
  }
  return undefined;
}

/**
 * The Reviewers column: the first sidebar candidate, in the page's selector order, that is not a look-alike
 * (GitHub's diff side panel shares Primer's sidebar classes; the files view's tree sits in a pane).
 */
export function findSidebar(doc: ParentNode): Element | undefined {
  for (const selector of selectorsFor(doc).sidebar) {
    const candidates = attempt(() => Array.from(doc.querySelectorAll(selector))) ?? [];
    const sidebar = candidates.find((candidate) => notSidebarBecause(candidate) === undefined);
    if (sidebar) return sidebar;
  }
  return undefined;
}
