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
    unless: (context, _start, end) => /^\s+(?:\w+\s+)?(?:into|up|apart|out|down)\b/.test(context.lower.slice(end, end + 24)),
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
      String.raw`wow[\s,.!]+(just wow|really\s*\?+|seriously\s*\?+|ok(ay)?\s*\.{2,}|just\s*\.{2,})|(?<=(^|[.!?\n]\s{0,3}))(seriously|really)\s*(\?!|!\?|\?{2,}|\?(?=\s*($|\n)))|(are you (serious|kidding|joking|high|drunk|insane|crazy|out of your mind)( me)?|you('ve| have)? (got to|gotta) be kidding( me)?)(\s*[?!.]+)?`,
    ),
    message: 'Incredulity reads as mockery; say what surprised you and why.',
    // The rewrite is a statement, so it replaces the question mark too; a question cut short gets none.
    rewrite: (matched) => (/[?!.]$/.test(matched) ? "I'm surprised by this." : undefined),
  },
  {
    id: 'sarcasm-stock',
    pattern: wordPattern(
      String.raw`what could (possibly )?go wrong|said no one ever|(good|best of) luck (with that|maintaining|debugging|reading)|slow clap|captain obvious|because that (always )?(works|worked) so well|how (clever|cute|original)(?=\s*[.!]|\s*$)|oh (great|wonderful|fantastic|perfect|lovely)[,.!]+ (another|more|now we)|congrat(ulation)?s,? you('ve)? (broke|broken|managed to|found a way)`,
    ),
    message: 'Sarcasm is easy to misread in writing and stings when read right; say it plainly.',
  },
];

// A praise word standing alone ("Nice,", "Brilliant.", "Oh wonderful,") or a stock compliment, then a failure.
const PRAISE_ALONE = String.raw`(?<=^\s*|[.!?]\s{1,3})(oh |wow,? |well,? |yeah,? )?(amazing work|great work|great idea|genius move|super helpful|stunning attention to detail|what a masterpiece|thanks a lot|bold choice|real smooth|well done|oh good|oh sure|great|nice|brilliant|fantastic|wonderful|lovely|perfect|amazing|awesome|beautiful|superb|clever|cool|impressive|genius|congrats|oh sure)(?=[\s,.!]|$)`;
const FAILURE_AFTER = /^[^?]{0,90}?\b(?:broke|broken|break|breaks|breaking|regression|regressions|failing|fails|fail|crash\w*|red|doesn't|don't|nothing|down|leak\w*|flaky|wrong|skip\w*|delet\w*|remov\w*|ignore\w*|bugs?|bisect|\d+-line|nobody asked|shocking|surprise|works so well|worked so well|copy and paste|the day before)\b/;

function notMockPraise(context: ToneContext, start: number, end: number): boolean {
  const after = context.lower.slice(end, end + 100);
  const matched = context.lower.slice(start, end);
  if (!/thanks a lot|masterpiece|attention to detail|idea|genius/.test(matched) && /^\s*(?:on|for|with|in|here|there|to see)\b/.test(after)) return true;
  // Sincere praise with a real object, or praise followed by "but": "Great work, but the test fails on Windows".
  if (/^\s*(?:job|work|catch|find|bug|idea|point|cleanup|change|fix|refactor|one|stuff)\b/.test(after) && !/^\s*(?:idea|move) to\b/.test(after)) return true;
  if (/^[\s,.!]*(?:but|though|however|thanks|thank you|lgtm)\b/.test(after)) return true;
  if (/\b(?:thanks|thank you)\b/.test(after.slice(0, 40)) && !/thanks a lot/.test(matched)) return true;
  return !FAILURE_AFTER.test(after);
}

const MOCK_PRAISE: readonly PhraseRule[] = [
  {
    id: 'sarcasm-mock-praise',
    gate: /amazing|great|genius|super helpful|stunning|masterpiece|thanks a lot|bold choice|real smooth|well done|oh good|oh sure|nice|brilliant|fantastic|wonderful|lovely|perfect|awesome|beautiful|superb|clever|cool|impressive|congrats/,
    pattern: new RegExp(PRAISE_ALONE, 'g'),
    message: 'Praise next to a failure reads as mockery; say plainly what broke.',
    // Dropping the mock praise leaves the plain report of what broke.
    rewrite: '',
    unless: notMockPraise,
  },
  {
    id: 'sarcasm-mock-praise',
    pattern: wordPattern(String.raw`of course (it|this|that) (fails|failed|broke|breaks|crashes|crashed|doesn't work)|because (\w+ ){1,3}(always )?(works|worked) so well|nice try|real smooth|(well|so),? that's one way to|yeah,? because that (always )?(worked|works) so well|what a surprise|shocking(?=\s*[.!]\s*$)`),
    message: 'Sarcasm is easy to misread in writing and stings when read right; say it plainly.',
  },
];

export const sarcasmRule: ToneRule = {
  category: 'sarcasm',
  run(context, out) {
    runPhraseRules(RULES, 'sarcasm', context, out);
    runPhraseRules(MOCK_PRAISE, 'sarcasm', context, out);
  },
};
