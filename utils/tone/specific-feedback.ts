/**
 * Specific feedback: unhelpful is not only unkind. A review comment that is a bare verdict ("This is wrong.",
 * "Doesn't work.", "No.") with no reason, no question and no suggestion leaves the author guessing. The coach then
 * offers a gentle prompt to say what was noticed and what to try. This is never a tone finding: the words are fine,
 * they are just not enough.
 */
import { maskNonProse } from './mask';

export const SPECIFIC_FEEDBACK_PROMPT = 'Say what you noticed and what you would suggest, so the author knows where to start.';

// The verdict itself, as a whole comment (a trailing "sorry"/"imo" and the like are allowed).
const BARE_VERDICT = new RegExp(
  [
    String.raw`^(?:no|nope|nah|meh|wrong|incorrect|broken|not (?:good|great|right|correct|needed|ok|okay)|-1|👎)`,
    String.raw`^(?:(?:no|nope),? )?(?:this|that|it)(?:'s| is| was| looks| seems)? (?:(?:just|still|all|simply|definitely|totally|completely|clearly) )?(?:wrong|incorrect|bad|broken|not (?:right|correct|good|ok|okay|needed|necessary|what we want)|unnecessary|off|weird|odd|confusing)`,
    String.raw`^(?:(?:this|that|it) )?(?:doesn't|does not|won't|will not|can't|cannot|didn't|did not) (?:work|compile|build|run|pass|help|make sense)`,
    String.raw`^(?:this|that|it) (?:fails|breaks(?: things| everything| stuff)?|is a no)`,
    String.raw`^i (?:don't|do not) (?:like|agree with) (?:this|that|it)`,
  ]
    .map((source) => `(?:${source})`)
    .join('|')
    .replace(/^/, '(?:') + ')' + String.raw`(?: (?:here|either|imo|imho|sorry|tbh|at all|for me|again))?[.!]*$`,
);

/** Anything that gives the author something to act on: a reason, a question, a pointer, a suggestion. */
const SPECIFIC = /[?:`]|\b(?:because|since|as|when|if|unless|so|but|should|could|would|maybe|perhaps|instead|try|use|consider|please|suggest|see|line|test|case|value|expected|returns?|error)\b|\d/;

/**
 * Is this comment a bare verdict? Short, made only of a verdict (one or two sentences of it: "No. This is wrong."),
 * with no reason, question, code or suggestion.
 */
export function isBareVerdict(text: string): boolean {
  if (typeof text !== 'string') return false;
  const prose = maskNonProse(text).trim();
  // Code, a quote or a link carries specifics even when the prose is short.
  if (!prose || prose.length !== text.trim().length || prose.length > 80) return false;
  const lower = prose.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  if (SPECIFIC.test(lower.replace(/^-1\b/, ''))) return false;
  const sentences = lower.split(/(?<=[.!])\s+/).filter(Boolean);
  if (sentences.length > 2) return false;
  return sentences.every((sentence) => BARE_VERDICT.test(sentence.replace(/^(?:hmm+|ugh|well|honestly|sorry),? /, '')));
}
