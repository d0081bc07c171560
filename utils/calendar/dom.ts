/**
 * Defensive DOM access for the readers. Every helper swallows errors (an invalid selector in one browser, a
 * detached node) so that reading a host page can never throw into it.
 */
import { cleanText } from './text';

/** Run `read`, returning undefined instead of throwing. */
export function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The first element matched by the first selector (in order) that matches anything. */
export function queryFirst(root: ParentNode | null | undefined, selectors: readonly string[]): Element | undefined {
  if (!root) return undefined;
  for (const selector of selectors) {
    const found = safely(() => root.querySelector(selector));
    if (found) return found;
  }
  return undefined;
}

/** Every element matched by the first selector (in order) that matches anything. */
export function queryAllFirst(root: ParentNode | null | undefined, selectors: readonly string[]): Element[] {
  if (!root) return [];
  for (const selector of selectors) {
    const found = safely(() => Array.from(root.querySelectorAll(selector)));
    if (found && found.length > 0) return found;
  }
  return [];
}

/** Every element matched by any of the selectors, in document order, without duplicates. */
export function queryAllAny(root: ParentNode | null | undefined, selectors: readonly string[]): Element[] {
  if (!root) return [];
  const combined = safely(() => Array.from(root.querySelectorAll(selectors.join(','))));
  if (combined) return combined;
  // One selector is not understood here: fall back to each on its own.
  const seen = new Set<Element>();
  for (const selector of selectors) {
    for (const element of safely(() => Array.from(root.querySelectorAll(selector))) ?? []) seen.add(element);
  }
  return [...seen];
}

export function textOf(element: Element | null | undefined): string {
  return element ? cleanText(safely(() => element.textContent)) : '';
}

export function attrOf(element: Element | null | undefined, name: string): string {
  return element ? cleanText(safely(() => element.getAttribute(name))) : '';
}

/**
 * Whether an element is on screen as far as its markup says. Calendar apps hide reused popups with the
 * `hidden` attribute, `aria-hidden` or an inline `display: none`; computed styles are not consulted (pure
 * markup reading keeps this usable on parsed documents too).
 */
export function isShown(element: Element | null | undefined): boolean {
  let node: Element | null | undefined = element;
  while (node) {
    if (isHiddenByMarkup(node) || node.getAttribute('aria-hidden') === 'true') return false;
    node = node.parentElement;
  }
  if (!element || element.isConnected === false) return false;
  // In a live page, stylesheet rules can hide an element too (a class toggled on close).
  const live = !!element.ownerDocument?.defaultView;
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (live && typeof check === 'function') return safely(() => check.call(element)) !== false;
  return true;
}

/** `hidden`, or an inline display: none / visibility: hidden, on the element itself. */
function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style') ?? '';
  return /display\s*:\s*none/i.test(style) || /visibility\s*:\s*hidden/i.test(style);
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'BR', 'BUTTON']);

/**
 * The text of an element split into the lines a reader would see: block elements (and <br>) break lines,
 * inline elements do not. textContent alone glues "10:30am" and "Weekly on Tuesday" together.
 */
export function blockLines(element: Element | null | undefined): string[] {
  if (!element) return [];
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = cleanText(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node, depth: number) => {
    if (depth > 40) return;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        // Reused popups keep stale text in hidden rows; what is hidden is not on screen.
        if (isHiddenByMarkup(child as Element)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        walk(child, depth + 1);
        if (block) flush();
      }
    }
  };
  safely(() => walk(element, 0));
  flush();
  return lines;
}
