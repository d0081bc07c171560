import type { PrContext } from '../../utils/github/context';
import { isCommentField } from '../../utils/github/comment-field';
import { askBackground } from '../../runtime/messaging';
import { reportQuietly, safeListener } from '../../runtime/page/safely';
import type { PageFeature } from '../../runtime/page/loop';

/**
 * Brings the tone coach in when it is first needed: the first focus on a comment box of a pull request, with the
 * coach switched on and someone signed in. Until then the page carries only this listener, not the analyzer.
 * The coach itself then follows navigation and settings on its own, so this asks at most once per page session.
 */
export function createToneCoachLoader(load = () => askBackground('loadSurface', 'tone-coach')): PageFeature<PrContext> {
  let requested = false;
  let listening = false;
  /** Whether this page, with these settings, should have a coach. */
  let wanted = false;

  const retryLater = () => {
    requested = false;
    if (wanted) start();
  };

  const request = () => {
    if (requested) return;
    requested = true;
    stop();
    load().then(
      (loaded) => {
        // No tab to inject into (cannot happen from a page, but the background says so rather than throwing).
        if (!loaded) retryLater();
      },
      (error: unknown) => {
        // Worker restarting or extension updating: the next focus tries again.
        reportQuietly('loading the tone coach', error);
        retryLater();
      },
    );
  };

  const onFocus = safeListener('tone coach loader', (event: Event) => {
    if (isCommentField(event.target)) request();
  });

  function start(): void {
    if (listening) return;
    document.addEventListener('focusin', onFocus, true);
    listening = true;
  }

  function stop(): void {
    if (!listening) return;
    document.removeEventListener('focusin', onFocus, true);
    listening = false;
  }

  return {
    name: 'tone-coach-loader',
    surface: 'tone-coach',
    update(context) {
      wanted = context?.viewer !== undefined;
      if (!wanted || requested) return stop();
      start();
      // The page may have opened with the cursor already in a comment box.
      if (isCommentField(document.activeElement)) request();
    },
    teardown() {
      wanted = false;
      stop();
    },
  };
}
