import type { TipContext } from '../tips/types';
import { RELATIONSHIP_WORDS } from './relationships';

/** The moments a tip can be for, in words (custom tips, the history). A 1:1's words come from the relationship's. */
export const TIP_CONTEXT_LABELS: Record<TipContext, string> = {
  'pr-reviewer': 'Reviewing a pull request',
  'pr-author': 'Your own pull request',
  'pr-first-time-contributor': 'A first-time contributor’s pull request',
  'pr-large': 'A large pull request',
  'pr-draft': 'A draft pull request',
  'pr-long-thread': 'A long review thread',
  'pr-merged': 'A merged or closed pull request',
  'pr-compare': 'About to open a pull request',
  'review-comment': 'Writing a review comment',
  'one-on-one-manager': RELATIONSHIP_WORDS.manager.meeting,
  'one-on-one-report': RELATIONSHIP_WORDS.report.meeting,
  'one-on-one-skip-level': RELATIONSHIP_WORDS['skip-level'].meeting,
  'one-on-one-peer': RELATIONSHIP_WORDS.peer.meeting,
  'one-on-one-mentor': RELATIONSHIP_WORDS.mentor.meeting,
  'one-on-one-mentee': RELATIONSHIP_WORDS.mentee.meeting,
  'one-on-one': 'Any other 1:1',
  anywhere: 'Anywhere (popup and tip of the day)',
};
