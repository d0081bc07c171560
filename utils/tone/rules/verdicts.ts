/**
 * Verdicts on the work in clean words: "this is pointless", "what a hack", "embarrassing", "not merging this
 * garbage". The subject has to be the change (this, that, the PR, the patch…); the same words about a tool or about
 * the writer's own earlier work are dropped later by the target check (targets.ts). A verdict followed by its reason
 * ("pointless: the result is never read") is a technical point, not a put-down.
 */
import type { ToneContext } from '../tokens';
import type { ToneRule } from '../types';
import { runPhraseRules, wordPattern, type PhraseRule } from './shared';

const SUBJECT = String.raw`(this|that|it|the whole thing|(this|the|your) (whole )?(pr|patch|change|code|commit|design|approach|refactor|refactoring|test|tests|function|file|diff|implementation|idea|fix|naming|series|module|thing|class|api|solution|attempt|mr|series))`;
const DEGREE = String.raw`((just|so|really|truly|utterly|completely|totally|honestly|frankly|absolutely|pretty|beyond|plain|simply|quite|kind of|kinda|frankly|,) )*`;
const VERDICT = String.raw`pointless|embarrassing|embarrassingly bad|amateur(ish)?|amateur (work|hour)|hopeless|a joke|a toy|hacky|half[- ]baked|lazy|careless|unreadable|a waste of \w+|beyond bad|an embarrassment|junk|a disaster|shameful|unacceptable|not acceptable|sloppy|garbage|trash|rubbish|a mess|spaghetti|cringe(worthy)?|a hack on top of a hack|nowhere near good enough|lame|laughable|a nightmare|so bad|this bad|low[- ]effort`;

/** "pointless: the value is never read", "unreadable because of the nesting": a verdict with its reason. */
function explained(context: ToneContext, start: number, end: number): boolean {
  // "is that silly?", "will this trash the cache?": a question about the work, not a verdict.
  if (/\b(?:is|will|would|does|do|can|could|should|isn't|was) (?:this|that|it)\s+(?:\w+\s+)?$/.test(context.lower.slice(Math.max(0, start - 24), start))) return true;
  const rest = context.lower.slice(end, end + 120);
  const sentence = /^[^.!?\n]*/.exec(rest)?.[0] ?? '';
  return /^\s*(?:work )?(?::|—| - |\b(?:because|since|as (?:it|the|we)|when|if|unless|for the (?:cpu|compiler|caller|user|cache)|here because))|\bbut (?:it's|it is|that's) (?:fine|ok|okay)/.test(sentence);
}

/**
 * Plain descriptions for the verdicts that have one: what the writer most likely means, no stronger and no weaker.
 * A verdict missing here ("a joke", "cringe") has no safe rewrite: the writer has to say what is wrong.
 */
const PLAIN: Readonly<Record<string, string>> = {
  pointless: 'not needed',
  unreadable: 'hard to read',
  'half-baked': 'unfinished',
  'half baked': 'unfinished',
  sloppy: 'rushed',
  careless: 'rushed',
  lazy: 'rushed',
  hacky: 'fragile',
  amateurish: 'rough',
  amateur: 'rough',
  hopeless: 'far from ready',
  embarrassing: 'not ready',
  'embarrassingly bad': 'not ready',
  'beyond bad': 'not ready',
  'so bad': 'not ready',
  junk: 'not usable',
  garbage: 'not usable',
  trash: 'not usable',
  rubbish: 'not usable',
  spaghetti: 'tangled',
  'a mess': 'tangled',
  lame: 'weak',
  laughable: 'weak',
  'low-effort': 'rushed',
  'low effort': 'rushed',
  unacceptable: 'not ready to merge',
  'not acceptable': 'not ready to merge',
  'nowhere near good enough': 'not ready',
};

const PLAIN_KEYS = Object.keys(PLAIN).sort((a, b) => b.length - a.length);

const RULES: readonly PhraseRule[] = [
  {
    id: 'verdict-work',
    // The degree words go with the verdict: "utterly pointless" -> "not needed", not "utterly not needed".
    gate: /pointless|embarrass|amateur|hopeless|joke|toy|hack|baked|lazy|careless|unreadable|waste|bad|junk|disaster|shameful|acceptable|sloppy|garbage|trash|rubbish|mess|spaghetti|cringe|nowhere|lame|laughable|nightmare|effort/,
    pattern: wordPattern(String.raw`(?<=\b${SUBJECT}('s| is| was| looks| feels| looks like) )${DEGREE}(${VERDICT})`),
    message: 'A verdict on the work, with no reason, reads as a put-down; say what is wrong and what would fix it.',
    rewrite: (matched) => {
      const plain = matched.replace(/\s+/g, ' ');
      const key = PLAIN_KEYS.find((verdict) => plain.endsWith(verdict));
      return key === undefined ? undefined : PLAIN[key];
    },
    unless: explained,
  },
  {
    id: 'verdict-work',
    gate: /what|such|merging|accepting|reviewing|approving|amateur|waste|worst|ugliest|dumbest|stupidest|laziest|sloppiest|embarrass|nowhere|close to|bad name|low.?effort|nobody asked|hack on top|as usual|like the last/,
    pattern: wordPattern(
      String.raw`(what|such) (a|an) ((?!bloody|damn|fucking|freaking|frigging)\w+ )?(hack|mess|joke|waste of \w+|embarrassment|disaster|(lazy|sloppy|clumsy|pointless|hacky|half[- ]baked|careless|lame|shoddy) (\w+))|(not|never|won't be|am not|i'm not|we're not|we are not) (merging|accepting|reviewing|approving) (this|that|your) (\w+ )?(garbage|junk|crap|mess|trash|rubbish|hack|nonsense)|amateur hour|(a )?waste of (my |our |everyone's |reviewers' |the reviewers' )?time|(the )?(worst|ugliest|dumbest|stupidest|laziest|sloppiest) (\w+ )?(code|function|pr|patch|thing|commit|change|design) (i've|i have) (ever )?(seen|reviewed|read)|embarrassingly bad|nowhere near good enough|not even close to (acceptable|good|mergeable|ready)|gives (the|this|our) (project|team|codebase) a bad name|(an|a complete|a total) embarrassment|low[- ]effort (pr|patch|change|commit|work)|nobody asked for this|a hack on top of a hack|(as usual|like the last one)(?=\s*[.!]?\s*$)`,
    ),
    message: 'A verdict on the work, with no reason, reads as a put-down; say what is wrong and what would fix it.',
    unless: explained,
  },
  {
    id: 'verdict-work',
    // A comment that is only a one-word verdict: "Embarrassing.", "Cringe.", "Junk. Please close."
    gate: /^\s*\S+\s*\S*\s*\S*\s*[.!,]?\s*$|^\s*(embarrassing|cringe|junk|pathetic|yikes|awful|trash|rubbish|hopeless|shameful|lame|laughable|ridiculous|horrible|terrible|disgraceful|pointless|lazy|sloppy|hacky)|silly/,
    pattern: wordPattern(String.raw`(?<=^\s*)(embarrassing|cringe|junk|pathetic|yikes|awful|trash|rubbish|hopeless|shameful|lame|laughable|ridiculous|horrible|terrible|disgraceful)(?=\s*([.!,]|$))|(?<=^\s*)(pointless|lazy|sloppy|hacky|lame|embarrassing) (change|pr|patch|commit|diff|work|fix)|don't be silly(?![\s,.!]*(it's|it is|that's|no|not|happens|we all|thanks|thank)\b)|(such|what) a silly (way|idea|change|patch|thing to do)|(?<=^\s*)(this|that|it)('s| is) (so |just |really |a bit )?silly(?=\s*[.!]*\s*$)`),
    message: 'A one-word verdict on the work reads as a put-down; say what is wrong and what would fix it.',
  },
];

export const verdictRule: ToneRule = {
  category: 'insult',
  run(context, out) {
    runPhraseRules(RULES, 'insult', context, out);
  },
};
