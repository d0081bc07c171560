/**
 * Shouting: sentences in capitals and piled-up "?!"/"!!!". Review prose is full of capitals that are not shouting
 * (HTTP, JSON, TODO, DCHECK, constants like MAX_SIZE, which masking already hides), so a run of capitals counts
 * only when it is made of ordinary English words, and a single capitalised word only when it is an exasperated
 * one ("WHY", "WRONG").
 */
import { CHEERFUL_WORDS, COMMON_CAPS_WORDS, TECH_CAPS, words } from '../lexicon';
import { tokenIndexAt, type Token, type ToneContext } from '../tokens';
import type { ToneFinding, ToneRule } from '../types';
import { finding } from './shared';

const CAPS_MESSAGE = 'Capitals read as shouting; use plain case and let the words carry the point.';
const PUNCTUATION_MESSAGE = 'Stacked "?!" or "!!!" reads as exasperation; one mark is enough.';
const EXASPERATED_SINGLE = words('why wrong stop seriously again ever what');
const PILED_PUNCTUATION = /[!?]*(?:\?!|!\?)[!?]*|!{3,}/g;
const SENTENCE_START = /(?:^|[.!?\n])[\s"'(]*$/;

function isCapitalWord(context: ToneContext, token: Token): boolean {
  if (token.end - token.start < 2) return false;
  let letters = 0;
  for (let i = token.start; i < token.end; i++) {
    const code = context.masked.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 48 && code <= 57) return false;
    if (code >= 65 && code <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * Capitals that lay a comment out rather than raise the voice: a Markdown heading ("## HOW TO TEST"), a table row,
 * a template's label before a colon ("WHAT THIS PR DOES: …") or before lowercase text on the same line ("DO NOT
 * MERGE until …"), and a [TAG] title.
 */
function isLayout(context: ToneContext, start: number, end: number): boolean {
  const { masked } = context;
  const lineStart = masked.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = masked.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = masked.length;
  const before = masked.slice(lineStart, start);
  const after = masked.slice(end, lineEnd);
  if (/^\s*#/.test(before) || masked.slice(lineStart, lineEnd).includes('|')) return true;
  if (/^\s*\]?\s*[:：]/.test(after) || /^\s*\[/.test(before)) return true;
  return /^[\s*_>\-\[\]]*$/.test(before) && /^[\s,.]*[a-z]/.test(after);
}

/** Two capital words are part of one run when only spaces and light punctuation separate them. */
function adjacent(context: ToneContext, left: Token, right: Token): boolean {
  if (right.start - left.end > 3) return false;
  for (let i = left.end; i < right.start; i++) {
    const ch = context.masked[i];
    if (ch !== ' ' && ch !== ',' && ch !== '.' && ch !== '!' && ch !== '?' && ch !== '-') return false;
  }
  return true;
}

function lowerRun(context: ToneContext, start: number, end: number): string {
  const lowered = context.text.slice(start, end).toLowerCase().replace(/\bi\b/g, 'I');
  const atSentenceStart = SENTENCE_START.test(context.text.slice(Math.max(0, start - 4), start));
  return atSentenceStart ? lowered.charAt(0).toUpperCase() + lowered.slice(1) : lowered;
}

function checkCapitals(context: ToneContext, out: ToneFinding[]): void {
  const { tokens } = context;
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index] as Token;
    if (!isCapitalWord(context, first)) {
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1] as Token;
      if (!isCapitalWord(context, next) || !adjacent(context, tokens[last] as Token, next)) break;
      last++;
    }
    let common = 0;
    let technical = 0;
    for (let i = index; i <= last; i++) {
      const word = (tokens[i] as Token).word;
      if (COMMON_CAPS_WORDS.has(word)) common++;
      else if (TECH_CAPS.has(word)) technical++;
    }
    const length = last - index + 1;
    if (isLayout(context, first.start, (tokens[last] as Token).end)) {
      index = last + 1;
      continue;
    }
    const single = length === 1 && EXASPERATED_SINGLE.has(first.word);
    const sentenceInCaps = length >= 3 && common >= 2 && technical < length - 1;
    if (single || sentenceInCaps) {
      const end = (tokens[last] as Token).end;
      out.push(finding(context, first.start, end, 'shouting', 'shouting-caps', CAPS_MESSAGE, lowerRun(context, first.start, end), true));
    }
    index = last + 1;
  }
}

/**
 * "Thanks!!!", "Docs!!! Awesome!!": excitement, not shouting, when the sentence with the marks or the one right
 * after it is cheerful. A one-word outburst ("ARGH!!!") is not aimed at anyone either. Looks at most a few dozen
 * words either side, so a long comment stays fast.
 */
const CHEERFUL_EMOJI = /[\u{1F389}\u{1F38A}\u{1F680}\u{1F4AF}\u{1F64C}\u{1F44D}\u{1F44F}\u{2764}\u{1F60D}\u{1F604}\u{1F603}\u{1F600}\u{1F642}\u{1F60A}\u{1F973}\u{2728}\u{1F3C6}\u{1F6A2}\u{1F918}\u{1F525}\u{1F49C}\u{1F499}\u{1F49A}]/u;

function isExcitedNotShouting(context: ToneContext, start: number): boolean {
  const { tokens } = context;
  // "!!! 🎉": a cheerful emoji right around the marks.
  if (CHEERFUL_EMOJI.test(context.masked.slice(Math.max(0, start - 12), start + 16))) return true;
  const after = tokenIndexAt(context, start);
  const before = (after === -1 ? tokens.length : after) - 1;
  const sentence = tokens[before]?.sentence ?? 0;
  let wordsBefore = 0;
  for (let i = before; i >= 0 && i > before - 40; i--) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) break;
    if (CHEERFUL_WORDS.has(token.word)) return true;
    if (token.end - token.start > 1) wordsBefore++;
  }
  for (let i = before + 1; i < tokens.length && i < before + 40; i++) {
    const token = tokens[i] as Token;
    if (token.sentence > sentence + 1) break;
    if (CHEERFUL_WORDS.has(token.word)) return true;
  }
  return wordsBefore < 2;
}

function checkPunctuation(context: ToneContext, out: ToneFinding[]): void {
  PILED_PUNCTUATION.lastIndex = 0;
  const { masked } = context;
  for (let match = PILED_PUNCTUATION.exec(masked); match; match = PILED_PUNCTUATION.exec(masked)) {
    const start = match.index;
    const marks = match[0];
    const asks = marks.includes('?');
    if (!asks && isExcitedNotShouting(context, start)) continue;
    out.push(finding(context, start, start + marks.length, 'shouting', 'shouting-punctuation', PUNCTUATION_MESSAGE, asks ? '?' : '.'));
  }
}

export const shoutingRule: ToneRule = {
  category: 'shouting',
  run(context, out) {
    checkCapitals(context, out);
    if (context.masked.includes('!')) checkPunctuation(context, out);
  },
};
