/**
 * Condescension: talking down. Words like "just", "simply", "obviously" are everyday review vocabulary ("just a
 * nit", "simply call X", "obviously we also need Y"), so each rule fires only where the word props up a verdict
 * or a put-down.
 */
import { FIRST_PERSON } from '../lexicon';
import { tokenIndexAt, type ToneContext } from '../tokens';
import type { ToneRule } from '../types';
import { phrasePattern, runPhraseRules, wordPattern, type PhraseRule } from './shared';

// Put-downs that both verdict lists below share.
const PUT_DOWNS = 'stupid|pointless|useless|unacceptable|sloppy|lazy|ugly';

// A verdict that "obviously"/"clearly"/"just"/"simply" can make condescending.
const VERDICT = `(not |plain |completely |totally )?(wrong|broken|incorrect|bad|buggy|nonsense|silly|${PUT_DOWNS}|a (bug|mistake|hack|mess|bad idea)|not (true|right|correct|how|going to work)|(does|do|did|will|would|can|could)(n't| not) (work|compile|build|make sense))`;

// A verdict that "just"/"simply" makes dismissive: "just wrong", "simply unacceptable", "just plain lazy".
const DISMISSIVE = `(plain )?(wrong|nonsense|${PUT_DOWNS}|not (true|right|correct))`;

// What "you clearly…" says the author failed to do; the form after "obviously, you…" omits a few.
const FAILED_TO = "didn't|did not|don't|do not|haven't|have not|never|have no|can't";
const OVERLOOKED = 'forgot|missed|ignored|misunderstood';

/** "duh, I knew that": the writer laughing at themselves, in the same or the next few words. */
const WRITER_NEARBY = (context: ToneContext, start: number): boolean => {
  const index = tokenIndexAt(context, start);
  for (let i = Math.max(0, index - 4); i < context.tokens.length && i <= index + 8; i++) {
    if (FIRST_PERSON.has(context.tokens[i]?.word ?? '')) return true;
  }
  return false;
};

const RULES: readonly PhraseRule[] = [
  {
    id: 'condescension-obviously',
    // "this is obviously wrong", "clearly broken": the adverb adds a "you should have seen it" jab.
    pattern: phrasePattern(String.raw`(?<!\bnot\s)\b(obviously|clearly|evidently|plainly)(?=,? ${VERDICT}\b)`),
    message: '"Obviously" implies the author should have seen it; the point stands without it.',
    rewrite: '',
  },
  {
    id: 'condescension-obviously',
    // "you clearly didn't read", "you obviously don't understand".
    pattern: phrasePattern(String.raw`(?<=\b(you|u)\s{1,3})(clearly|obviously|evidently)(?= (${FAILED_TO}|cannot|${OVERLOOKED}|aren't|weren't)\b)|\b(obviously|clearly),?(?= (you|u) (${FAILED_TO}|${OVERLOOKED})\b)`),
    message: 'Telling someone what they "clearly" failed to do talks down to them; ask what happened instead.',
    rewrite: '',
  },
  {
    id: 'condescension-just',
    // "just wrong", "simply broken", "just plain bad".
    pattern: phrasePattern(String.raw`\b(just|simply) (?=${DISMISSIVE}\b)`),
    message: '"Just"/"simply" before a verdict makes it sound dismissive.',
    rewrite: '',
    unless: WRITER_NEARBY,
  },
  {
    id: 'condescension-just',
    // "just fix it", "just do it": an order framed as trivial.
    pattern: wordPattern(`just (fix (it|this|that|them)|do it|do what i (said|asked|wrote)|read (it|the docs|the code|my comment))( already)?`),
    message: '"Just do it" frames the work as trivial and gives no reason.',
    // Dropping "just" keeps the request and loses the "this is trivial" undertone.
    rewrite: (matched) => matched.replace(/^just\s+/, ''),
  },
  {
    id: 'condescension-just',
    // "why don't you just…", "why can't you simply…".
    pattern: wordPattern(`why (didn't|can't|couldn't|won't|wouldn't) you (just|simply)`),
    message: '"Why don\'t you just…" implies the answer was easy; suggest it as an option instead.',
    rewrite: 'could we',
  },
  {
    id: 'condescension-anyone-knows',
    pattern: wordPattern(`(any|every|even a|even an) (idiot|moron|fool|child|kid|monkey|beginner|junior|intern|student|newbie|first[- ]year( student)?|cs student|developer|programmer|engineer) (knows|know|can see|could see|can tell|could tell|would know|understands|should know|can do|could do|gets)|(everyone|everybody|anyone|anybody) (knows|can see|could tell)|as (everyone|anyone) (knows|can see)`),
    message: 'Saying anyone would know this makes the author feel small; just share the knowledge.',
    rewrite: "it's worth noting",
  },
  {
    id: 'condescension-basic',
    pattern: wordPattern(String.raw`(it'?s|it is|this is|this isn't|that's|that is|it isn't) not rocket science|(it'?s|this is|that'?s) rocket science|not rocket science|(programming|coding|cs) 101|basic (stuff|knowledge|programming|computer science)|(learn|learned|learnt) (how )?to (code|program|read|spell|write (code|proper|english|tests)|use git)|read the (fine |f\w* )?manual`),
    message: 'Calling something basic talks down to the author; explain the point instead.',
  },
  {
    id: 'condescension-repeat',
    pattern: wordPattern(`(i|we) (have )?already told you|told you (so|before|already|twice|this before)|how many times (do|must|have|should|will) (i|we)|for the (last|nth|umpteenth|hundredth|tenth|third|fourth|fifth|millionth) time|i (shouldn't|should not) (have|need) to (tell|explain|say|point out|repeat)|do i (really )?(need|have) to (explain|spell|repeat)|let me (spell it out|explain (it )?(again|slowly|one more time))`),
    message: 'Pointing out that you are repeating yourself sounds exasperated; restate the point plainly.',
  },
  {
    id: 'condescension-understand',
    pattern: wordPattern(`(do|did) you (even|actually|really) (know|understand)|you (clearly |obviously )?(don't|do not|didn't|did not) (seem to )?(understand|get it|know what you're doing|know what you are doing|know how)|you (clearly |obviously )?have no (idea|clue)|surely you (know|realise|realize|understand|can see|must)|you (should|ought to) (know|have known) (better|this|that)|you should('ve| have) known`),
    message: 'Questioning what someone knows makes it personal; explain what you see in the code.',
  },
  {
    id: 'condescension-how-hard',
    pattern: wordPattern(String.raw`(it's|it is|this is|that's) not that (hard|difficult|complicated)|how hard (is|can) it (be|to)|is it (really )?(that|so) (hard|difficult)|(oh )?come on(?=\s*[,.!?]|\s*$)|no offen[cs]e,? but|with all (due )?respect,?`),
    message: 'This framing sounds exasperated or talks down; state the concern directly.',
    rewrite: (matched) => (/^(?:no\s+offen|with\s+all|(?:oh\s+)?come)/.test(matched) ? '' : undefined),
  },
  {
    id: 'condescension-duh',
    pattern: wordPattern(`duh`),
    message: '"Duh" mocks the reader for not seeing something.',
    rewrite: '',
    unless: WRITER_NEARBY,
  },
];

export const condescensionRule: ToneRule = {
  category: 'condescension',
  run(context, out) {
    runPhraseRules(RULES, 'condescension', context, out);
  },
};
