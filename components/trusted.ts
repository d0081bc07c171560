import { UNIT_TESTS } from '../utils/test-hooks';

/**
 * A listener that acts only on events the browser made from the user's own input (mouse, touch, keyboard:
 * Enter and Space on a button make a trusted click). A script on the host page can dispatch a click, but
 * `isTrusted` is false on it, so it cannot press Leadway's buttons.
 */
export function onTrusted<E extends Event>(handler: (event: E) => void, acceptUntrusted = UNIT_TESTS): (event: E) => void {
  return (event) => {
    if (!event.isTrusted && !acceptUntrusted) return;
    handler(event);
  };
}
