import type { ToneCategory } from '../settings';
import type { ToneContext } from './tokens';

export type { ToneCategory };

/** GitHub's own limit for a comment; a longer "draft" is not one (the analyzer reads the first 20,000 anyway). */
export const TONE_DRAFT_MAX_CHARS = 65_536;

/** More of the viewer's comments than a review has; the balance check needs only the first few. */
export const TONE_BALANCE_MAX_COMMENTS = 500;

export interface ToneOptions {
  /** Categories switched off with `false`; a missing category is on. */
  categories?: Partial<Record<ToneCategory, boolean>>;
  /** The user's own phrases to flag (case-insensitive), reported as ruleId 'custom-phrase'. */
  flagPhrases?: string[];
  /** Phrases never flagged: any finding overlapping one is dropped. */
  allowPhrases?: string[];
}

export interface ToneFinding {
  /** Offsets into the analysed text: text.slice(start, end) is the wording the finding is about. */
  start: number;
  end: number;
  category: ToneCategory;
  /** Stable id of the rule that fired, e.g. 'insult-word', 'blame-did-you-even'. */
  ruleId: string;
  /** One-line explanation shown to the writer. */
  message: string;
  /** A kinder replacement for text.slice(start, end); '' means delete it. Absent when no safe rewrite exists. */
  rewrite?: string;
}

/** Rules push findings into `out`; they never throw and never look outside the context. */
export interface ToneRule {
  category: ToneCategory;
  run(context: ToneContext, out: ToneFinding[]): void;
}
