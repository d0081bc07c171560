/**
 * Sarcasm and mockery: praise words wrapped around a failure ("great job breaking the build"), incredulous
 * one-liners ("wow, really?"), and stock ironic phrases. Sincere praise ("great job removing the dead code",
 * "nice one!") is left alone: the ironic reading needs a failure word nearby.
 */
import type { ToneContext } from '../tokens';
import type { ToneRule } from '../types';
import { runPhraseRules, wordPattern, type PhraseRule } from './shared';

// Gerunds of failure after fake praise, with their present tense for the rewrite "this change breaks…".
const FAILURES: Record<string, string> = {
  breaking: 'breaks',
  ruining: 'ruins',
  destroying: 'destroys',
  wrecking: 'wrecks',
  crashing: 'crashes',
  forgetting: 'forgets',
  missing: 'misses',
  ignoring: 'ignores',
  skipping: 'skips',
  nuking: 'nukes',
  trashing: 'trashes',
  undoing: 'undoes',
};
const FAILURE_GERUNDS = Object.keys(FAILURES).join('|');
const MAKING_WORSE = `making (it|this|that|things|everything) worse|making a mess|introducing (a |another |more |new )?(bug|bugs|regression|regressions)`;

const FAILURE_NEARBY = /\b(?:broke|break|breaks|breaking|broken|failed|fails|failing|again|wrong|crash|crashed|crashes|regress\w*|oops|not|didn't|doesn't|forgot|missed)\b/;

/** "nice one" is ironic only when a failure follows in the same or the next sentence. */
function sincerePraise(context: ToneContext, _start: number, end: number): boolean {
  return !FAILURE_NEARBY.test(context.lower.slice(end, end + 80));
}

function presentTense(phrase: string): string {
  const gerund = /(\w+)$/.exec(phrase)?.[1] ?? '';
  return FAILURES[gerund] ?? gerund;
}

const PRAISE = `(great|good|nice|awesome|excellent|brilliant|fantastic|wonderful|stellar|amazing|splendid|superb|outstanding|terrific)`;

const RULES: readonly PhraseRule[] = [
  {
    id: 'sarcasm-fake-praise',
    pattern: wordPattern(
      `${PRAISE} (job|work|going|move|effort) ((on|at|with) )?(${FAILURE_GERUNDS}|${MAKING_WORSE})|(thanks|thank you|thx|well done|kudos|bravo) (for|on) (${FAILURE_GERUNDS}|${MAKING_WORSE})|way to (break|ruin|wreck|destroy|crash)`,
    ),
    message: 'Praise wrapped around a failure reads as mockery; say plainly what broke.',
    rewrite: (matched) => {
      if (/making|introducing/.test(matched)) {
        const tail = /(making\s.*|introducing\s.*)$/.exec(matched)?.[1] ?? '';
        return `this change ${tail.replace(/^making/, 'makes').replace(/^introducing/, 'introduces')}`;
      }
      const verb = /^way\s+to\s+(\w+)$/.exec(matched)?.[1];
      return verb ? `this ${verb}s` : `this change ${presentTense(matched)}`;
    },
  },
  {
    id: 'sarcasm-fake-praise',
    pattern: wordPattern(String.raw`(thanks|thank you) for nothing|(nice|good|great) one(?=[\s,.!]+)`),
    message: 'This sounds like praise but reads as a jab; say what went wrong.',
    rewrite: (matched) => (/nothing$/.test(matched) ? undefined : ''),
    unless: (context, start, end) => !/nothing$/.test(context.lower.slice(start, end)) && sincerePraise(context, start, end),
  },
  {
    id: 'sarcasm-incredulous',
    // "wow, really?", "wow. just wow", "seriously?", "really?!", "are you kidding me?"
    pattern: wordPattern(
      String.raw`wow[\s,.!]+(just wow|really\s*\?+|seriously\s*\?+|ok(ay)?\s*\.{2,}|just\s*\.{2,})|(?<=(^|[.!?\n]\s{0,3}))(seriously|really)\s*(\?!|!\?|\?{2,}|\?(?=\s*($|\n)))|are you (serious|kidding|joking|high|drunk|insane|crazy|out of your mind)( me)?|you('ve| have)? (got to|gotta) be kidding( me)?`,
    ),
    message: 'Incredulity reads as mockery; say what surprised you and why.',
    rewrite: "I'm surprised by this",
  },
  {
    id: 'sarcasm-stock',
    pattern: wordPattern(
      String.raw`what could (possibly )?go wrong|said no one ever|(good|best of) luck (with that|maintaining|debugging|reading)|slow clap|captain obvious|because that (always )?(works|worked) so well|how (clever|cute|original)(?=\s*[.!]|\s*$)|oh (great|wonderful|fantastic|perfect|lovely)[,.!]+ (another|more|now we)|congrat(ulation)?s,? you('ve)? (broke|broken|managed to|found a way)`,
    ),
    message: 'Sarcasm is easy to misread in writing and stings when read right; say it plainly.',
  },
];

export const sarcasmRule: ToneRule = {
  category: 'sarcasm',
  run(context, out) {
    runPhraseRules(RULES, 'sarcasm', context, out);
  },
};
