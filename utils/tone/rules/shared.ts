import type { ToneContext } from '../tokens';
import type { ToneCategory, ToneFinding } from '../types';

/** Give a rewrite the capital letter the replaced words started with, so "Obviously wrong" keeps reading well. */
export function matchCase(original: string, rewrite: string): string {
  if (!rewrite) return rewrite;
  const first = original.charCodeAt(0);
  if (first >= 65 && first <= 90) return rewrite.charAt(0).toUpperCase() + rewrite.slice(1);
  return rewrite;
}

export function finding(
  context: ToneContext,
  start: number,
  end: number,
  category: ToneCategory,
  ruleId: string,
  message: string,
  rewrite?: string,
  keepRewriteCase = false,
): ToneFinding {
  const result: ToneFinding = { start, end, category, ruleId, message };
  if (rewrite !== undefined) {
    result.rewrite = keepRewriteCase ? rewrite : matchCase(context.text.slice(start, end), rewrite);
  }
  return result;
}

/**
 * A phrase rule: a precompiled global regex run over the lowercase masked text. The whole match is the span, so
 * patterns use lookbehind/lookahead for context they must not underline.
 */
export interface PhraseRule {
  id: string;
  pattern: RegExp;
  message: string;
  /** Fixed rewrite, or one computed from the matched lowercase text; undefined = no rewrite. */
  rewrite?: string | ((matched: string) => string | undefined);
  /** Return true to skip a match (a harmless reading the regex cannot express). */
  unless?: (context: ToneContext, start: number, end: number) => boolean;
  /**
   * A cheap test the text must pass before the (slower) pattern runs: a few key words without lookbehind, so most
   * comments skip the pattern after one quick scan.
   */
  gate?: RegExp;
}

export function runPhraseRules(
  rules: readonly PhraseRule[],
  category: ToneCategory,
  context: ToneContext,
  out: ToneFinding[],
): void {
  const { lower } = context;
  for (const rule of rules) {
    const { pattern } = rule;
    if (rule.gate && !rule.gate.test(lower)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) {
        pattern.lastIndex++;
        continue;
      }
      if (rule.unless?.(context, start, end)) continue;
      const rewrite = typeof rule.rewrite === 'function' ? rule.rewrite(match[0]) : rule.rewrite;
      out.push(finding(context, start, end, category, rule.id, rule.message, rewrite));
    }
  }
}

/**
 * Phrase patterns are written the way they read: a space stands for any run of whitespace (`\s+`), and a plain
 * group `(a|b)` does not capture (`(?:a|b)`; name a group to capture it). Spaces inside a character class stay
 * literal. Applying it twice changes nothing, so a phrase may be built from other phrases.
 */
export function phrase(source: string): string {
  return source.replace(/\\.|\[(?:\\.|[^\]\\])*\]|\((?!\?)| /g, (token) => (token === ' ' ? '\\s+' : token === '(' ? '(?:' : token));
}

/** A regex from a phrase pattern (see `phrase`), global unless told otherwise. */
export function phrasePattern(source: string, flags = 'g'): RegExp {
  return new RegExp(phrase(source), flags);
}

/** Build a global regex from a phrase pattern, bounded so it never matches inside a longer word. */
export function wordPattern(source: string, flags = 'g'): RegExp {
  return new RegExp(String.raw`(?<![a-z0-9'])(?:${phrase(source)})(?![a-z0-9])`, flags);
}
