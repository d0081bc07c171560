import type { PageFeature } from '../loop';
import type { PrContext } from '../../../utils/github/context';
import { readReviewers } from '../../../utils/github/reviews';
import { attempt } from '../../../utils/github/dom';
import { askBackground } from '../../messaging';
import { visitFromContext } from '../../../utils/reviews/visit';
import { parseConventionalLabel } from '../../../utils/tone/conventional-comments';
import { watchPosting } from './posting';
import { takeRewritten } from './rewrite-marks';
import { safely } from '../safely';

/** Logins that have submitted a review, from the Reviewers sidebar (absent on tabs without it). */
function reviewersOnPage(): string[] {
  const reviewers = attempt(() => readReviewers(document));
  return reviewers ? [...reviewers].filter(([, status]) => status === 'reviewed').map(([login]) => login) : [];
}

/**
 * Review memory on a pull request, only while the user has it switched on: one visit fact per pull request per
 * page, and a count (with its Conventional Comments label and whether a tone rewrite was accepted) for each post.
 * The comment's text is read here, in the page, only to see its label; it never leaves this function.
 */
export function createReviewMemory(): PageFeature<PrContext> {
  let current: PrContext | undefined;
  let recordedKey: string | undefined;
  let stopWatching: (() => void) | undefined;

  const posted = (field: HTMLTextAreaElement) => {
    const context = current;
    if (!context) return;
    const visit = visitFromContext(context, reviewersOnPage(), true);
    const label = parseConventionalLabel(field.value)?.label;
    const rewriteAccepted = takeRewritten(field);
    if (!visit) return;
    void safely('remembering a review comment', () =>
      askBackground('recordPrComment', { visit, rewriteAccepted, ...(label ? { label } : {}) }),
    );
  };

  const teardown = () => {
    stopWatching?.();
    stopWatching = undefined;
    current = undefined;
    recordedKey = undefined;
  };

  return {
    name: 'review-memory',
    update(context, settings) {
      if (!settings.reviewMemory || !context?.author) return teardown();
      current = context;
      stopWatching ??= watchPosting(document, posted);
      if (recordedKey === context.key) return;
      const visit = visitFromContext(context, reviewersOnPage());
      if (!visit) return;
      recordedKey = context.key;
      void safely('remembering a pull request', () => askBackground('recordPrVisit', visit));
    },
    teardown,
  };
}
