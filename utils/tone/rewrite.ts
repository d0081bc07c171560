/**
 * Applying a finding's rewrite to the draft. Kept apart from the analyzer: the tone coach's page script applies
 * rewrites the background found (utils/tone/check.ts), and must not carry the analyzer's rules and word lists.
 */
import type { ToneFinding } from './types';

const SENTENCE_BOUNDARY = /(?:^|[.!?]\s+|\n\s*)$/;

/**
 * Replace one finding's words with its rewrite. Deleting words ('' rewrite) also tidies what is left: no double
 * spaces, no orphaned comma ("Damn, I missed it" -> "I missed it"), and a capital letter where a sentence now starts.
 * A finding without a rewrite, or one that no longer fits the text, leaves the text unchanged.
 */
export function applyRewrite(text: string, item: ToneFinding): string {
  if (item.rewrite === undefined || item.start < 0 || item.end > text.length || item.start > item.end) return text;
  let before = text.slice(0, item.start);
  let after = text.slice(item.end);
  if (item.rewrite !== '') return before + item.rewrite + after;

  const startsSentence = SENTENCE_BOUNDARY.test(before);
  if (startsSentence) {
    // The deleted words opened the sentence: drop the comma after them, or their whole sentence ("Damn. Did…").
    after = after.replace(/^[\s,;:—-]*(?:[.!?]+\s*)?/, '');
    if (before && !/\s$/.test(before) && after) before += ' ';
    after = after.charAt(0).toUpperCase() + after.slice(1);
  } else if (/^[ \t]/.test(after) && /[ \t]$/.test(before)) {
    after = after.replace(/^[ \t]+/, '');
  } else if (/^[,.!?;:]/.test(after) && /[ \t]$/.test(before)) {
    before = before.replace(/[ \t]+$/, '');
  }
  // "This is, obviously, wrong" -> "This is wrong": the commas that framed the deleted words go with them.
  if (/[,;][ \t]*$/.test(before) && /^[,;]/.test(after)) {
    before = before.replace(/[,;][ \t]*$/, '');
    after = after.slice(1).replace(/^[ \t]*/, ' ');
  }
  if (/,\s*$/.test(before) && /^\s*[.!?]/.test(after)) before = before.replace(/,\s*$/, '');
  return before + after;
}

/** A replacement of `text.slice(start, end)`. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The edit that turns `text` into `applyRewrite(text, item)`: the finding's own span, widened only as far as a
 * deletion's tidy-up reaches (the spacing, a comma or a capital around it). A text field applies it as one
 * local change, so undo and the caret stay where the writer expects. `undefined` when the rewrite changes nothing.
 */
export function rewriteEdit(text: string, item: ToneFinding): TextEdit | undefined {
  const rewritten = applyRewrite(text, item);
  if (rewritten === text) return undefined;
  // Grow outwards from the finding's span only as far as the tidy-up reached; never shrink inside it.
  let start = 0;
  const prefixLimit = Math.min(item.start, rewritten.length);
  while (start < prefixLimit && text[start] === rewritten[start]) start++;
  let end = text.length;
  let rewrittenEnd = rewritten.length;
  while (end > item.end && rewrittenEnd > start && text[end - 1] === rewritten[rewrittenEnd - 1]) {
    end--;
    rewrittenEnd--;
  }
  return { start, end, replacement: rewritten.slice(start, rewrittenEnd) };
}
