import type { PageWatcher } from '../loop';

/** Attributes calendars flip when a popup opens, closes or is refilled for another event. */
const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-hidden', 'aria-label', 'data-eventid', 'data-calitemid', 'open', 'value'];

export const PAGE_TICK_MS = 150;

/**
 * Calls `onChange` at most once per `delayMs` while the page keeps changing (never starved by a page that mutates
 * all the time, unlike a trailing debounce). Mutations inside Leadway's own UI, and adding or removing our host
 * element, are ignored: otherwise showing the panel would itself schedule the next look, forever.
 */
export function watchPageChanges(
  root: Node,
  isOwnNode: (node: Node) => boolean,
  onChange: () => void,
  delayMs = PAGE_TICK_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, delayMs);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => isRelevant(record, isOwnNode))) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}

export function isRelevant(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  if (isOwnNode(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return !nodes.every(isOwnNode);
}

/**
 * The watcher for calendars: both apps open events without page loads and reuse one popup for every event, so the
 * page is watched (one coalesced MutationObserver plus URL changes) and looked at again on each change. Nothing
 * is torn down on the way: the panel follows the event it belongs to.
 */
export const pageChanges: PageWatcher = {
  watch(ctx, events, isOwnNode) {
    const stop = watchPageChanges(document.body ?? document.documentElement, isOwnNode, events.look);
    ctx.addEventListener(window, 'wxt:locationchange', events.look);
    ctx.addEventListener(window, 'popstate', events.look);
    ctx.onInvalidated(stop);
  },
};
