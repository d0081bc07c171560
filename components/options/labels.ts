import type { Reaction } from '../../utils/history';
import type { Site, ToneCategory } from '../../utils/settings';
import type { TipContext, UserRole } from '../../utils/tips/types';

/** Words the options page shows for the domain's codes. */

export const SITE_LABELS: Record<Site, string> = {
  github: 'GitHub',
  'google-calendar': 'Google Calendar',
  outlook: 'Outlook on the web',
};

export { SURFACE_LABELS } from '../../utils/surfaces';

export const REACTION_LABELS: Record<Reaction, string> = {
  shown: 'Shown',
  helpful: 'Helpful',
  'not-now': 'Not now',
  never: 'Never',
  acted: 'Acted on',
};

export const ROLE_LABELS: Record<UserRole, string> = {
  'individual-contributor': 'Individual contributor',
  'tech-lead': 'Tech lead',
  manager: 'Manager',
};

export const TONE_CATEGORY_LABELS: Record<ToneCategory, { label: string; hint: string }> = {
  insult: { label: 'Insults', hint: 'Name-calling and swearing aimed at a person or their work.' },
  condescension: { label: 'Talking down', hint: 'Words like “obviously” or “simply” that make the reader feel slow.' },
  blame: { label: 'Blame', hint: '“You always…”, “why didn’t you…”: the person instead of the code.' },
  sarcasm: { label: 'Sarcasm', hint: 'Mock praise and eye-rolls that read worse in text than aloud.' },
  shouting: { label: 'Shouting', hint: 'Whole words in capitals and piles of “!!!” or “?!”.' },
  'bare-command': { label: 'Orders without a reason', hint: '“Change this.” with no why behind it.' },
};

export const CONTEXT_LABELS: Record<TipContext, string> = {
  'pr-reviewer': 'Reviewing a pull request',
  'pr-author': 'Your own pull request',
  'pr-first-time-contributor': 'A first-time contributor’s pull request',
  'pr-large': 'A large pull request',
  'pr-draft': 'A draft pull request',
  'pr-long-thread': 'A long review thread',
  'pr-merged': 'A merged or closed pull request',
  'pr-compare': 'About to open a pull request',
  'review-comment': 'Writing a review comment',
  'one-on-one-manager': '1:1 with your manager',
  'one-on-one-report': '1:1 with someone who reports to you',
  'one-on-one-skip-level': 'Skip-level 1:1',
  'one-on-one-peer': '1:1 with a peer',
  'one-on-one-mentor': '1:1 with your mentor',
  'one-on-one-mentee': '1:1 with someone you mentor',
  'one-on-one': 'Any other 1:1',
  anywhere: 'Anywhere (popup and tip of the day)',
};
