/**
 * What a page looks like to Leadway's selectors, as names and booleans only: the raw material of a site problem's
 * diagnostic. Pure functions over a Document; nothing here reads or returns page text.
 */
import { SITE_PROBLEM_LIMITS } from '../../utils/site-health';

export type SelectorGroups = Readonly<Record<string, readonly string[]>>;

function matches(root: ParentNode, selector: string): boolean {
  try {
    return root.querySelector(selector) !== null;
  } catch {
    return false; // an invalid selector matches nothing
  }
}

/** For each named group, whether any of its selectors matches under `root`. At most 60 groups, in order. */
export function probeSelectorGroups(root: ParentNode, groups: SelectorGroups): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const [name, selectors] of Object.entries(groups).slice(0, SITE_PROBLEM_LIMITS.groups)) {
    result[name] = Array.isArray(selectors) && selectors.some((selector) => typeof selector === 'string' && matches(root, selector));
  }
  return result;
}
