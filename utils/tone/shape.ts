/**
 * Grammar shape of a rewrite: does the comment still read as a sentence after the rewrite, saying the same thing
 * with the same strength? A cheap check of the usual ways a word swap goes wrong. A rewrite that fails it is not
 * offered (analyze.ts), and a test feeds every offered rewrite through it.
 */

const QUESTION_START = /^(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|should|shall|may|might|must|what|why|how|who|whom|where|when|which|whose|isn't|aren't|wasn't|don't|doesn't|didn't|won't|wouldn't|couldn't|shouldn't|haven't|hasn't|am|any|anyone|so|and|or|but|really|right|ok|okay)\b/i;

/** Words that set how strong a claim is: a rewrite may drop one, never add one ("always" -> "sometimes"). */
const STRENGTH = /\b(?:sometimes|occasionally|maybe|perhaps|possibly|might|some|rarely|usually|often|always|never|every|all|none|nobody|everyone|everything)\b/gi;

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

// Shapes that never read well; each is counted before and after, so only a new one fails.
const BAD_SHAPES: readonly RegExp[] = [
  / {2,}/g,
  / [,.!?;:]/g,
  /\b(\w+) \1\b/gi,
  /\ba (?=[aeiou]\w)(?!(?:u[bcfhjkmnrst]|uni|use|one|eu))/gi,
  /\ban (?=[b-df-hj-np-tv-z])(?!(?:h(?:our|onest|onou?r|eir)))/gi,
  /\b(?:the|a|an|to|of|and|is|are|was|were|by|with)[,.!?;:]/gi,
  /\b(?:i'm|i am|you're|you are|we're|they're|he's|she's|it's|is|are|am|was|were) (?:dislike|dislikes|surprised by this\?)/gi,
  /,\s*[,.!?]/g,
  /^\s*[,.;:!?]/g,
];

/** The sentence around [start, end) in `text`: from the previous sentence end to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1] as string)) from--;
  let to = Math.max(start, end);
  while (to < text.length && !/[.!?\n]/.test(text[to] as string)) to++;
  while (to < text.length && /[.!?]/.test(text[to] as string)) to++;
  return text.slice(from, to).trim();
}

/**
 * Does `after` (the comment once the words at [start, end) of `before` are replaced by `replacement`) still read
 * as a sentence of the same kind and strength? `replacement` is what the finding offers ('' deletes).
 */
export function keepsShape(before: string, after: string, start: number, end: number, replacement: string): boolean {
  if (!after.trim()) return false;
  for (const pattern of BAD_SHAPES) if (count(after, pattern) > count(before, pattern)) return false;
  if (count(after, STRENGTH) > count(before, STRENGTH)) return false;
  const strengthWords = (text: string) => (text.match(STRENGTH) ?? []).map((word) => word.toLowerCase());
  const kept = strengthWords(before);
  if (strengthWords(replacement).some((word) => !kept.includes(word))) return false;
  // A statement stays a statement and a question stays a question.
  if (count(after, /\?/g) !== count(before, /\?/g) && !/^[?!]+$/.test(before.slice(start, end))) return false;
  const sentenceBefore = sentenceAround(before, start, end);
  // Deleting a whole sentence ("Damn. Did you…") leaves the next one as it was.
  if (!replacement && !sentenceBefore.replace(before.slice(start, end), '').replace(/[\s,.!?;:]/g, '')) return true;
  const sentenceAfter = sentenceAround(after, start, start + replacement.length);
  const asks = (sentence: string) => /\?[!?]*$/.test(sentence) || /[!?]*\?$/.test(sentence);
  if (asks(sentenceBefore) && asks(sentenceAfter)) {
    if (QUESTION_START.test(sentenceBefore) && !QUESTION_START.test(sentenceAfter)) return false;
  }
  if (!asks(sentenceBefore) && asks(sentenceAfter)) return false;
  return true;
}
