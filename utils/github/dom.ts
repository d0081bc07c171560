import type { SelectorList } from './selectors';

/**
 * Small DOM helpers that never throw: an invalid selector, a detached node or an exotic document yields "nothing
 * found" instead of an exception, because nothing may throw into a host page.
 */

/** Runs one read; any exception means the fact could not be read. */
export function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function queryOne(root: ParentNode, selector: string): Element | undefined {
  return attempt(() => root.querySelector(selector)) ?? undefined;
}

function queryAll(root: ParentNode, selector: string): Element[] {
  return attempt(() => Array.from(root.querySelectorAll(selector))) ?? [];
}

/** The first element matched by the first selector in the list that matches anything. */
export function firstMatch(root: ParentNode, selectors: SelectorList): Element | undefined {
  for (const selector of selectors) {
    const found = queryOne(root, selector);
    if (found) return found;
  }
  return undefined;
}

/** Every element matched by the first selector in the list that matches anything. */
export function firstNonEmptyMatch(root: ParentNode, selectors: SelectorList): Element[] {
  for (const selector of selectors) {
    const found = queryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** Every element matched by any selector of the list, each once, in document order. */
export function allMatches(root: ParentNode, selectors: SelectorList): Element[] {
  const joined = selectors.join(', ');
  const together = attempt(() => Array.from(root.querySelectorAll(joined)));
  if (together) return together;
  // One invalid selector spoils a joined query; fall back to one at a time.
  const seen = new Set<Element>();
  for (const selector of selectors) for (const element of queryAll(root, selector)) seen.add(element);
  return Array.from(seen);
}

/** The nearest ancestor (or the element itself) matching any selector of the list. */
export function closestMatch(element: Element, selectors: SelectorList): Element | undefined {
  const together = attempt(() => element.closest(selectors.join(', ')));
  if (together !== undefined) return together ?? undefined;
  // One invalid selector spoils a joined query; fall back to walking up one selector at a time.
  for (let node: Element | null = element; node; node = node.parentElement) {
    const current = node;
    if (selectors.some((selector) => attempt(() => current.matches(selector)) === true)) return current;
  }
  return undefined;
}

/** Text content with runs of whitespace collapsed. */
export function cleanText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text content without the descendants matching `selectors` (e.g. screen-reader suffixes). */
export function textWithout(element: Element, selectors: SelectorList): string {
  const copy = element.cloneNode(true) as Element;
  for (const unwanted of allMatches(copy, selectors)) unwanted.remove();
  return cleanText(copy);
}

/** A non-negative integer from text like "1,480", "+12,505", "−4" or "59"; `undefined` when there is none. */
export function parseCount(text: string | null | undefined): number | undefined {
  const digits = /\d[\d,]*/.exec(text ?? '')?.[0]?.replace(/,/g, '');
  if (!digits) return undefined;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : undefined;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?$/;

/** A GitHub login, or `undefined` when the text cannot be one (logins are letters, digits and single hyphens). */
export function asLogin(text: string | null | undefined): string | undefined {
  const candidate = (text ?? '').trim().replace(/^@/, '');
  return candidate.length > 0 && candidate.length <= 45 && LOGIN.test(candidate) ? candidate : undefined;
}

/** The login a profile link points at: `/mona` or `https://github.com/mona`. */
export function loginFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const path = attempt(() => new URL(href, 'https://github.com').pathname) ?? '';
  const segments = path.split('/').filter(Boolean);
  return segments.length === 1 ? asLogin(segments[0]) : undefined;
}

/** The login behind an author link: its text when it is a login, else its href. */
export function loginOf(link: Element | undefined): string | undefined {
  if (!link) return undefined;
  return asLogin(cleanText(link)) ?? loginFromHref(link.getAttribute('href'));
}

/** Logins compare case-insensitively on GitHub. */
export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
