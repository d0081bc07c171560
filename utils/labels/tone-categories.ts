import type { ToneCategory } from '../settings';

/**
 * The tone coach's categories in words, decided once: the coach tags a finding with `label`, the options page
 * lists the switches with `label` and `hint`, and the import preview names a changed switch in lower case.
 */
export const TONE_CATEGORY_LABELS: Record<ToneCategory, { label: string; hint: string }> = {
  insult: { label: 'Insults', hint: 'Name-calling and swearing aimed at a person or their work.' },
  condescension: { label: 'Talking down', hint: 'Words like “obviously” or “simply” that make the reader feel slow.' },
  blame: { label: 'Blame', hint: '“You always…”, “why didn’t you…”: the person instead of the code.' },
  sarcasm: { label: 'Sarcasm', hint: 'Mock praise and eye-rolls that read worse in text than aloud.' },
  shouting: { label: 'Shouting', hint: 'Whole words in capitals and piles of “!!!” or “?!”.' },
  'bare-command': { label: 'Orders without a reason', hint: '“Change this.” with no why behind it.' },
};
