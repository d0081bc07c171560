/**
 * Whether a person can see `element` now: it has a rendered box of some size, no ancestor hides it (display,
 * visibility, opacity, content-visibility), and no ancestor that clips its content has collapsed to nothing.
 * Forces one layout; called once per placement, not on every change.
 */
const MIN_SIZE_PX = 8;

export function isShown(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  if (box.width < MIN_SIZE_PX || box.height < MIN_SIZE_PX) return false;
  if (
    typeof element.checkVisibility === 'function' &&
    !element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
  ) {
    return false;
  }
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  // Off the page to the left or above: panels slid out of view with a transform.
  if (box.right <= 0 || box.bottom + view.scrollY <= 0) return false;
  for (let node = element.parentElement; node && node !== element.ownerDocument.body; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.overflow === 'visible' && style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = node.getBoundingClientRect();
    if (clip.width < MIN_SIZE_PX || clip.height < MIN_SIZE_PX) return false;
  }
  return true;
}
