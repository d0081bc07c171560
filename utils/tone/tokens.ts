import { maskNonProse } from './mask';

/** One word of prose: offsets into the original text, its lowercase form, and which sentence it sits in. */
export interface Token {
  start: number;
  end: number;
  /** Lowercase, with curly apostrophes straightened. */
  word: string;
  /** Index of the sentence (split at . ! ? ; and line breaks) the word belongs to. */
  sentence: number;
}

/** Everything a rule needs, computed once per comment. */
export interface ToneContext {
  /** The comment as typed. */
  text: string;
  /** Same length as `text`: code, quotes, URLs and identifiers blanked to spaces. */
  masked: string;
  /** `masked` in lowercase with ’ as ' (same length again), for case-free pattern matching. */
  lower: string;
  tokens: Token[];
}

// Letters and digits, joined by apostrophes or by the symbols people use to soften swear words (f*ck, sh!t),
// plus trailing stars ("f***").
const WORD = /[a-z0-9]+(?:['*@#$!]+[a-z0-9]+)*\**/g;
const SENTENCE_END = /[.!?;\n]/;

/** Lowercase without changing the length (toLowerCase can grow a few non-ASCII letters). */
function lowerSameLength(text: string): string {
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length ? lowered : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return sameLength.includes('’') ? sameLength.replace(/’/g, "'") : sameLength;
}

export function buildContext(text: string): ToneContext {
  const masked = maskNonProse(text);
  const lower = lowerSameLength(masked);
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    const start = match.index;
    for (let i = previousEnd; i < start; i++) {
      if (SENTENCE_END.test(lower[i] as string)) {
        sentence++;
        break;
      }
    }
    // A word like "f***" keeps its stars, but a word that merely ends a sentence with "!" was not captured.
    const word = match[0];
    tokens.push({ start, end: start + word.length, word, sentence });
    previousEnd = start + word.length;
  }
  return { text, masked, lower, tokens };
}

/** The word at `index`, or '' outside the comment or across a sentence boundary from `from`. */
export function wordAt(context: ToneContext, index: number, from?: number): string {
  const token = context.tokens[index];
  if (!token) return '';
  if (from !== undefined && context.tokens[from]?.sentence !== token.sentence) return '';
  return token.word;
}

/** Index of the token that starts at or covers `offset`, or -1. Tokens are sorted, so this is a binary search. */
export function tokenIndexAt(context: ToneContext, offset: number): number {
  const { tokens } = context;
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle] as Token;
    if (token.end <= offset) low = middle + 1;
    else if (token.start > offset) high = middle - 1;
    else return middle;
  }
  return low < tokens.length ? low : -1;
}
