/**
 * Condescension: talking down. Words like "just", "simply", "obviously" are everyday review vocabulary ("just a
 * nit", "simply call X", "obviously we also need Y"), so each rule fires only where the word props up a verdict
 * or a put-down.
 */
import { FIRST_PERSON } from '../lexicon';
import { tokenIndexAt, type ToneContext } from '../tokens';
import type { ToneRule } from '../types';
import { runPhraseRules, wordPattern, type PhraseRule } from './shared';

// A verdict that "obviously"/"clearly"/"just"/"simply" can make condescending.
const VERDICT = String.raw`(?:not\s+|plain\s+|completely\s+|totally\s+)?(?:wrong|broken|incorrect|bad|buggy|nonsense|silly|stupid|pointless|useless|unacceptable|sloppy|lazy|ugly|a\s+(?:bug|mistake|hack|mess|bad\s+idea)|not\s+(?:true|right|correct|how|going\s+to\s+work)|(?:does|do|did|will|would|can|could)(?:n't|\s+not)\s+(?:work|compile|build|make\s+sense))`;

// A verdict that "just"/"simply" makes dismissive: "just wrong", "simply unacceptable", "just plain lazy".
const DISMISSIVE = String.raw`(?:plain\s+)?(?:wrong|nonsense|stupid|pointless|useless|unacceptable|sloppy|lazy|ugly|not\s+(?:true|right|correct))`;

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
    pattern: new RegExp(String.raw`(?<!\bnot\s)\b(?:obviously|clearly|evidently|plainly)(?=,?\s+${VERDICT}\b)`, 'g'),
    message: '"Obviously" implies the author should have seen it; the point stands without it.',
    rewrite: '',
  },
  {
    id: 'condescension-obviously',
    // "you clearly didn't read", "you obviously don't understand".
    pattern: /(?<=\b(?:you|u)\s{1,3})(?:clearly|obviously|evidently)(?=\s+(?:didn't|did\s+not|don't|do\s+not|haven't|have\s+not|never|have\s+no|can't|cannot|forgot|missed|ignored|misunderstood|aren't|weren't)\b)|\b(?:obviously|clearly),?(?=\s+(?:you|u)\s+(?:didn't|did\s+not|don't|do\s+not|haven't|have\s+not|never|have\s+no|can't|forgot|missed|ignored|misunderstood)\b)/g,
    message: 'Telling someone what they "clearly" failed to do talks down to them; ask what happened instead.',
    rewrite: '',
  },
  {
    id: 'condescension-just',
    // "just wrong", "simply broken", "just plain bad".
    pattern: new RegExp(String.raw`\b(?:just|simply)\s+(?=${DISMISSIVE}\b)`, 'g'),
    message: '"Just"/"simply" before a verdict makes it sound dismissive.',
    rewrite: '',
    unless: WRITER_NEARBY,
  },
  {
    id: 'condescension-just',
    // "just fix it", "just do it": an order framed as trivial.
    pattern: wordPattern(String.raw`just\s+(?:fix\s+(?:it|this|that|them)|do\s+it|do\s+what\s+i\s+(?:said|asked|wrote)|read\s+(?:it|the\s+docs|the\s+code|my\s+comment))(?:\s+already)?`),
    message: '"Just do it" frames the work as trivial and gives no reason.',
    // Dropping "just" keeps the request and loses the "this is trivial" undertone.
    rewrite: (matched) => matched.replace(/^just\s+/, ''),
  },
  {
    id: 'condescension-just',
    // "why don't you just…", "why can't you simply…".
    pattern: wordPattern(String.raw`why\s+(?:didn't|can't|couldn't|won't|wouldn't)\s+you\s+(?:just|simply)`),
    message: '"Why don\'t you just…" implies the answer was easy; suggest it as an option instead.',
    rewrite: 'could we',
  },
  {
    id: 'condescension-anyone-knows',
    pattern: wordPattern(String.raw`(?:any|every|even\s+a|even\s+an)\s+(?:idiot|moron|fool|child|kid|monkey|beginner|junior|intern|student|newbie|first[- ]year(?:\s+student)?|cs\s+student|developer|programmer|engineer)\s+(?:knows|know|can\s+see|could\s+see|can\s+tell|could\s+tell|would\s+know|understands|should\s+know|can\s+do|could\s+do|gets)|(?:everyone|everybody|anyone|anybody)\s+(?:knows|can\s+see|could\s+tell)|as\s+(?:everyone|anyone)\s+(?:knows|can\s+see)`),
    message: 'Saying anyone would know this makes the author feel small; just share the knowledge.',
    rewrite: "it's worth noting",
  },
  {
    id: 'condescension-basic',
    pattern: wordPattern(String.raw`(?:it'?s|it\s+is|this\s+is|this\s+isn't|that's|that\s+is|it\s+isn't)\s+not\s+rocket\s+science|(?:it'?s|this\s+is|that'?s)\s+rocket\s+science|not\s+rocket\s+science|(?:programming|coding|cs)\s+101|basic\s+(?:stuff|knowledge|programming|computer\s+science)|(?:learn|learned|learnt)\s+(?:how\s+)?to\s+(?:code|program|read|spell|write\s+(?:code|proper|english|tests)|use\s+git)|read\s+the\s+(?:fine\s+|f\w*\s+)?manual`),
    message: 'Calling something basic talks down to the author; explain the point instead.',
  },
  {
    id: 'condescension-repeat',
    pattern: wordPattern(String.raw`(?:i|we)\s+(?:have\s+)?already\s+told\s+you|told\s+you\s+(?:so|before|already|twice|this\s+before)|how\s+many\s+times\s+(?:do|must|have|should|will)\s+(?:i|we)|for\s+the\s+(?:last|nth|umpteenth|hundredth|tenth|third|fourth|fifth|millionth)\s+time|i\s+(?:shouldn't|should\s+not)\s+(?:have|need)\s+to\s+(?:tell|explain|say|point\s+out|repeat)|do\s+i\s+(?:really\s+)?(?:need|have)\s+to\s+(?:explain|spell|repeat)|let\s+me\s+(?:spell\s+it\s+out|explain\s+(?:it\s+)?(?:again|slowly|one\s+more\s+time))`),
    message: 'Pointing out that you are repeating yourself sounds exasperated; restate the point plainly.',
  },
  {
    id: 'condescension-understand',
    pattern: wordPattern(String.raw`(?:do|did)\s+you\s+(?:even|actually|really)\s+(?:know|understand)|you\s+(?:clearly\s+|obviously\s+)?(?:don't|do\s+not|didn't|did\s+not)\s+(?:seem\s+to\s+)?(?:understand|get\s+it|know\s+what\s+you're\s+doing|know\s+what\s+you\s+are\s+doing|know\s+how)|you\s+(?:clearly\s+|obviously\s+)?have\s+no\s+(?:idea|clue)|surely\s+you\s+(?:know|realise|realize|understand|can\s+see|must)|you\s+(?:should|ought\s+to)\s+(?:know|have\s+known)\s+(?:better|this|that)|you\s+should(?:'ve|\s+have)\s+known`),
    message: 'Questioning what someone knows makes it personal; explain what you see in the code.',
  },
  {
    id: 'condescension-how-hard',
    pattern: wordPattern(String.raw`(?:it's|it\s+is|this\s+is|that's)\s+not\s+that\s+(?:hard|difficult|complicated)|how\s+hard\s+(?:is|can)\s+it\s+(?:be|to)|is\s+it\s+(?:really\s+)?(?:that|so)\s+(?:hard|difficult)|(?:oh\s+)?come\s+on(?=\s*[,.!?]|\s*$)|no\s+offen[cs]e,?\s+but|with\s+all\s+(?:due\s+)?respect,?`),
    message: 'This framing sounds exasperated or talks down; state the concern directly.',
    rewrite: (matched) => (/^(?:no\s+offen|with\s+all|(?:oh\s+)?come)/.test(matched) ? '' : undefined),
  },
  {
    id: 'condescension-duh',
    pattern: wordPattern(String.raw`duh`),
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
