/**
 * Balance: a review made only of criticism reads harsher than the same points next to one honest bit of praise.
 * These helpers spot positive comments and decide when to suggest adding one.
 */
import { analyzeTone } from './analyze';
import { parseConventionalLabel } from './conventional-comments';
import { maskNonProse } from './mask';
import { phrase } from './rules/shared';

/** How many of the viewer's comments a review needs before an all-critical one earns a nudge. */
export const BALANCE_MIN_COMMENTS = 3;

// Praise and thanks, as phrase patterns (see rules/shared.ts). Each alternative is a whole phrase so "nice to have"
// or "good to know" do not count.
const POSITIVE = new RegExp(
  phrase([
    String.raw`\b(thanks|thank you|thx|ty|cheers|kudos|bravo|congrats|congratulations)\b`,
    String.raw`\b(nice|great|good|excellent|awesome|amazing|brilliant|fantastic|lovely|superb|solid|neat|clever|elegant|clean|beautiful|wonderful) (job|work|catch|find|call|idea|point|change|fix|refactor|cleanup|clean-up|test|tests|approach|solution|improvement|addition|stuff|one|touch|write-?up|abstraction|naming|simplification|pr|patch)\b`,
    String.raw`\b(well|nicely) (done|written|put|spotted|structured|tested)\b`,
    String.raw`\b(i|we) (really |do )?(love|like|appreciate|enjoy) (this|that|it|how|the|your|these|those|what)\b`,
    String.raw`\blove (this|that|it|how|the|your|these)\b`,
    String.raw`\b(looks|look|looking|reads|read) (really |very |so )?(good|great|nice|clean|neat|solid|perfect|lovely|much better|better)\b`,
    String.raw`\b(much|way|so much) (better|cleaner|clearer|nicer|simpler|easier to read)\b`,
    String.raw`\b(lgtm|sgtm|ship it)\b`,
    String.raw`^\s*(nice|great|awesome|excellent|perfect|neat|cool|brilliant|lovely|sweet)\s*[.!]*\s*$`,
    String.raw`(^|\s)(\+1|:\+1:|:tada:|:heart:|:clap:|:rocket:|:sparkles:|:100:)(?=\s|$)`,
    String.raw`[\u{1F44D}\u{1F44F}\u{1F389}\u{2764}\u{1F64C}\u{1F4AF}\u{2728}\u{1F680}\u{1F60D}]`,
  ].join('|')),
  'imu',
);

// Words that turn the praise around: "not great", "doesn't look good", "would be nice".
const NEGATED = /(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+)?$|\bwould\s+be\s+$/i;

/**
 * Is this comment praise or thanks? A `praise:` label always counts. Sarcasm never does ("great job breaking
 * the build"), and neither does praise that is negated ("not great") or wished for ("would be nice").
 */
export function isPositiveComment(text: string): boolean {
  if (typeof text !== 'string' || !text.trim()) return false;
  if (parseConventionalLabel(text)?.label === 'praise') return true;
  const prose = maskNonProse(text);
  const match = POSITIVE.exec(prose);
  if (!match) return false;
  if (NEGATED.test(prose.slice(Math.max(0, match.index - 24), match.index))) return false;
  return !analyzeTone(text, { categories: { shouting: false, 'bare-command': false } }).some(
    (finding) => finding.category === 'sarcasm',
  );
}

/** True when the viewer has left at least three review comments and none of them is positive. */
export function needsBalanceNudge(comments: readonly string[]): boolean {
  const written = comments.filter((comment) => typeof comment === 'string' && comment.trim() !== '');
  return written.length >= BALANCE_MIN_COMMENTS && !written.some(isPositiveComment);
}
