/**
 * Review-tone analyzer: finds wording in a review comment that may read as unkind and suggests kinder wording.
 * Pure and synchronous; everything runs on the user's machine. Pipeline: mask code/quotes/URLs -> tokenize ->
 * category rules (utils/tone/rules) -> user phrases -> de-duplicate -> drop allowed phrases.
 */
import type { ToneCategory } from '../settings';
import { bareCommandRule } from './rules/bare-command';
import { blameRule } from './rules/blame';
import { condescensionRule } from './rules/condescension';
import { insultRule } from './rules/insult';
import { sarcasmRule } from './rules/sarcasm';
import { shoutingRule } from './rules/shouting';
import { accusationRule, comparisonRule, disbeliefRule, threatRule } from './rules/acts';
import { curtOrderRule } from './rules/curt-orders';
import { emojiRule } from './rules/emoji';
import { verdictRule } from './rules/verdicts';
import { foreignHarsh, foreignRanges, inRanges } from './language';
import { targetOf } from './targets';
import { keepsShape } from './shape';
import { finding } from './rules/shared';
import { buildContext, type ToneContext } from './tokens';
import type { ToneFinding, ToneOptions, ToneRule } from './types';
import { applyRewrite } from './rewrite';

export type { ToneCategory, ToneFinding, ToneOptions };
export { applyRewrite, rewriteEdit, type TextEdit } from './rewrite';

const RULES: readonly ToneRule[] = [
  insultRule,
  verdictRule,
  threatRule,
  emojiRule,
  condescensionRule,
  comparisonRule,
  blameRule,
  accusationRule,
  sarcasmRule,
  disbeliefRule,
  shoutingRule,
  bareCommandRule,
  curtOrderRule,
];

/**
 * Rules that judge something: what they judge decides whether they count (targets.ts). A judgement of a tool or of
 * the writer's own work is not a tone finding; swearing always is.
 */
const JUDGING_RULES = new Set(['insult-word', 'insult-aimed', 'insult-phrase', 'insult-dislike', 'verdict-work']);
const SELF_AWARE_RULES = new Set(['blame-who-wrote', 'sarcasm-mock-praise', 'condescension-impatience']);

const FOREIGN_MESSAGE = 'This word reads as harsh; describe the concrete problem instead.';

/** Drop judgements aimed at a tool or at the writer, and English-list findings inside sentences in another language. */
function keepAimed(context: ToneContext, found: ToneFinding[]): ToneFinding[] {
  const foreign = /[a-z]/.test(context.lower) ? foreignRanges(context) : [];
  const kept = found.filter((item) => {
    if (item.ruleId === 'custom-phrase') return true;
    if (foreign.length > 0 && inRanges(foreign, item.start) && item.category !== 'shouting') return false;
    if (JUDGING_RULES.has(item.ruleId)) {
      const target = targetOf(context, item.start, item.end);
      // Name-calling (no rewrite) is about people even next to a tool's name; "I hate my…" still reads as hostile.
      if (target === 'tool') return item.rewrite === undefined && item.ruleId !== 'verdict-work';
      return target !== 'self' || item.ruleId === 'insult-dislike' || (item.rewrite === undefined && item.ruleId !== 'verdict-work');
    }
    if (SELF_AWARE_RULES.has(item.ruleId)) return targetOf(context, item.start, item.end) !== 'self';
    return true;
  });
  for (const [start, end] of foreign.length > 0 ? foreignHarsh(context, foreign) : []) {
    kept.push(finding(context, start, end, 'insult', 'insult-foreign', FOREIGN_MESSAGE));
  }
  return kept;
}

/** Comments longer than this are analysed only up to here, so a pasted log can never stall typing. */
const MAX_LENGTH = 20_000;

/** More underlines than this help nobody; a comment that long is better handled by rewriting it. */
const MAX_FINDINGS = 100;

const CUSTOM_MESSAGE = 'You asked to be told about this phrase.';

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9_]/i.test(ch);
}

/**
 * Every case-insensitive occurrence of `phrase` in `haystack` (already lowercase), as [start, end) pairs. A phrase
 * that starts or ends with a letter must match whole words: "ass" does not match inside "class".
 */
function occurrences(haystack: string, phrase: string): Array<[number, number]> {
  const needle = phrase.trim().toLowerCase().replace(/’/g, "'");
  const found: Array<[number, number]> = [];
  if (!needle) return found;
  const wordStart = isWordChar(needle[0]);
  const wordEnd = isWordChar(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (wordStart && isWordChar(haystack[at - 1])) continue;
    if (wordEnd && isWordChar(haystack[end])) continue;
    found.push([at, end]);
  }
  return found;
}

function findCustomPhrases(context: ToneContext, phrases: readonly string[], out: ToneFinding[]): void {
  for (const phrase of phrases) {
    if (typeof phrase !== 'string') continue;
    for (const [start, end] of occurrences(context.lower, phrase)) {
      out.push(finding(context, start, end, 'insult', 'custom-phrase', CUSTOM_MESSAGE));
    }
  }
}

/**
 * Sort by position and drop a finding that sits inside a wider one that makes it redundant: one of the same category
 * ("crap" inside "piece of crap"), or one whose rewrite replaces those words anyway ("idiot" inside "any idiot
 * knows"). A swear word inside a blame question without a rewrite ("who the fuck wrote this") keeps its own finding.
 */
function tidy(findings: ToneFinding[]): ToneFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ToneFinding[] = [];
  let furthestEnd = -1;
  for (const candidate of findings) {
    // Everything kept starts at or before the candidate, so only a kept finding reaching past its end can cover it.
    let covered = false;
    if (candidate.end <= furthestEnd) {
      for (let i = kept.length - 1; i >= 0 && !covered; i--) {
        const other = kept[i] as ToneFinding;
        covered =
          other.end >= candidate.end && (other.category === candidate.category || other.rewrite !== undefined);
      }
    }
    if (covered) continue;
    kept.push(candidate);
    furthestEnd = Math.max(furthestEnd, candidate.end);
    if (kept.length >= MAX_FINDINGS) break;
  }
  return kept;
}

function dropAllowed(context: ToneContext, findings: ToneFinding[], allowPhrases: readonly string[]): ToneFinding[] {
  // Allowed phrases are matched on the original text too, so a phrase the user allows inside code also counts.
  const lowerOriginal = context.text.toLowerCase();
  const haystack = lowerOriginal.length === context.text.length ? lowerOriginal : context.lower;
  const allowed: Array<[number, number]> = [];
  for (const phrase of allowPhrases) if (typeof phrase === 'string') allowed.push(...occurrences(haystack, phrase));
  if (allowed.length === 0) return findings;
  return findings.filter((item) => !allowed.some(([start, end]) => item.start < end && start < item.end));
}

/**
 * Offer a rewrite only when the comment still reads as a sentence afterwards (shape.ts). An article before the
 * words is fixed on the way ("an awful hack" -> "a problematic hack", not "an problematic hack").
 */
function checkRewrite(text: string, item: ToneFinding): void {
  const article = /\b(an?) $/i.exec(text.slice(Math.max(0, item.start - 3), item.start));
  if (article && item.rewrite) {
    const wanted = /^[aeiou]/i.test(item.rewrite) ? 'an' : 'a';
    if (article[1]?.toLowerCase() !== wanted) {
      const capital = article[1]?.charAt(0) === 'A';
      item.start -= (article[1]?.length ?? 0) + 1;
      item.rewrite = `${capital ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted} ${item.rewrite}`;
    }
  }
  const after = applyRewrite(text, item);
  if (!keepsShape(text, after, item.start, item.end, item.rewrite ?? '')) delete item.rewrite;
}

/** Findings for one review comment, sorted by position. Never throws: odd input gives []. */
export function analyzeTone(text: string, options: ToneOptions = {}): ToneFinding[] {
  try {
    if (typeof text !== 'string' || text.trim() === '') return [];
    const context = buildContext(text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text);
    const found: ToneFinding[] = [];
    const switches = options.categories;
    for (const rule of RULES) if (switches?.[rule.category] !== false) rule.run(context, found);
    // The user's own phrases are theirs to manage: they stay on whatever the category switches say.
    if (options.flagPhrases?.length) findCustomPhrases(context, options.flagPhrases, found);
    const findings = tidy(keepAimed(context, found));
    for (const item of findings) if (item.rewrite !== undefined) checkRewrite(context.text, item);
    return options.allowPhrases?.length ? dropAllowed(context, findings, options.allowPhrases) : findings;
  } catch {
    return [];
  }
}
