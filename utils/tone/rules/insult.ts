/**
 * Insults and profanity aimed at people or code: a word pass over the lexicon (with disguised swearing, technical
 * senses, negation and self-directed remarks handled) and a few multi-word phrases.
 */
import {
  DATA_NOUNS,
  DEMONSTRATIVES,
  JUDGING_BEFORE,
  LEXICON,
  OBFUSCATED_PROFANITY,
  PERSON_BEFORE,
  PERSON_NOUNS,
  PROFANE_STEMS,
  SHAPED_INSULTS,
  SOFTENING_BEFORE,
  TECHNICAL_AFTER,
  VERDICT_BEFORE,
  WORK_NOUNS,
  words,
  type LexiconEntry,
  type ShapedInsult,
} from '../lexicon';
import { wordAt, type ToneContext } from '../tokens';
import type { ToneFinding, ToneRule } from '../types';
import { clauseBreakBetween, interjectionAboutSelf, isSelfDirected, SECOND_PERSON } from './self-directed';
import { mildLandsOnChange } from '../targets';
import { finding, phrasePattern, runPhraseRules, wordPattern, type PhraseRule } from './shared';

const PROFANITY_MESSAGE = 'Swearing reads as hostile in a review, even when it is aimed at yourself or the tools.';
const INSULT_MESSAGE = 'This judges the code or the person; describe the concrete problem instead.';
const PERSON_MESSAGE = 'Name-calling aims at the person. Say what in the code needs to change.';

const DISLIKE_MESSAGE = '"Hate" reads as hostile; say what you would prefer instead.';
const GENERIC_PROFANITY: LexiconEntry = { kind: 'profanity', rewrite: '' };
const STRETCHED = /([a-z])\1{2,}/g;
const HAS_TRIPLE_LETTER = /([a-z])\1\1/;
const HAS_DISGUISE = /[*@#$!]/;
const TRAILING_STARS = /\*+$/;
const FOOL_AS_NOUN_AFTER = words('you a an such what like complete total utter some big');
const NEGATIVE_IMPERATIVE = words("don't dont not never stop");
const DETERMINERS = words('this that the these those such all some of your my our any more no much');
const FILLERS = words('a an little bit big giant complete total real bloody kind of sort very pretty really obvious');
const DEGREE_WORDS = words('totally completely entirely that so too quite rather kinda somewhat slightly at all');

const HAS_DIGIT = /[0-9]/;
const HAS_LETTER = /[a-z]/;
const TRAILING_BANG_ONES = /!+[1!]*$/;
const LEET = /[0134579$@!]/g;
const LEET_LETTERS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g', $: 's', '@': 'a', '!': 'i' };

/** Lexicon words of each length, for matching "st*pid" or "b*llshit" (a star per hidden letter). */
const BY_LENGTH = (() => {
  const map = new Map<number, string[]>();
  for (const [word, entry] of LEXICON) if (entry.kind !== 'dislike') map.set(word.length, [...(map.get(word.length) ?? []), word]);
  for (const [word] of SHAPED_INSULTS) map.set(word.length, [...(map.get(word.length) ?? []), word]);
  return map;
})();

function maskedMatch(word: string): LexiconEntry | undefined {
  const core = word.replace(TRAILING_BANG_ONES, '');
  if (!core.includes('*') || core.startsWith('*') || core.endsWith('*')) return LEXICON.get(core);
  const letters = core.replace(/\*/g, '').length;
  if (letters < 3 || core.length < 4) return undefined;
  for (const candidate of BY_LENGTH.get(core.length) ?? []) {
    let same = true;
    for (let i = 0; i < core.length && same; i++) same = core[i] === '*' || core[i] === candidate[i];
    if (same) return LEXICON.get(candidate) ?? { kind: 'insult', rewrite: SHAPED_INSULTS.get(candidate)?.rewrite };
  }
  return undefined;
}

/** Find the lexicon entry for a word, seeing through disguises ("f*ck", "fuuuck", "clusterfuck"). */
function lookUp(word: string): LexiconEntry | undefined {
  const entry = LEXICON.get(word);
  if (entry) return entry;
  if (HAS_DIGIT.test(word) && HAS_LETTER.test(word)) {
    // Leetspeak: "sh1t", "h3ll", "idi0tic", "omfg!!!1". Only when digits stand for letters inside a word.
    const plain = word.replace(TRAILING_BANG_ONES, '').replace(LEET, (ch) => LEET_LETTERS[ch] ?? ch);
    if (plain !== word && !HAS_DIGIT.test(plain)) return LEXICON.get(plain) ?? (OBFUSCATED_PROFANITY.test(plain) ? GENERIC_PROFANITY : undefined);
    return undefined;
  }
  if (HAS_DISGUISE.test(word)) {
    if (OBFUSCATED_PROFANITY.test(word)) return GENERIC_PROFANITY;
    const masked = maskedMatch(word);
    if (masked) return masked;
    // Emphasis stars: "such *jerks*".
    const unstarred = word.replace(TRAILING_STARS, '');
    return unstarred !== word ? LEXICON.get(unstarred) : undefined;
  }
  for (const stem of PROFANE_STEMS) if (word.includes(stem)) return GENERIC_PROFANITY;
  if (word.length > 4 && HAS_TRIPLE_LETTER.test(word)) {
    const single = word.replace(STRETCHED, '$1');
    const double = word.replace(STRETCHED, '$1$1');
    const stretched = LEXICON.get(single) ?? LEXICON.get(double);
    if (stretched) return stretched;
    if (OBFUSCATED_PROFANITY.test(single)) return GENERIC_PROFANITY;
  }
  return undefined;
}

/** Skip articles and intensifiers backwards: the word that really sits before "garbage" in "is total garbage". */
function previousMeaningfulIndex(context: ToneContext, index: number): number {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const word = wordAt(context, i, index);
    if (!word) return -1;
    if (!FILLERS.has(word) && word !== 'such') return i;
  }
  return -1;
}

/**
 * "not stupid", "may not be complete crazy", "not that I hate it", "something stupid": negated or vague. Also an
 * insult inside an "-proof" compound ("idiot-proof", "dumb-reviewer proof"), which praises robustness.
 */
function isSoftened(context: ToneContext, index: number): boolean {
  const token = context.tokens[index];
  if (token && PROOF_COMPOUND.test(context.lower.slice(token.end, token.end + 24))) return true;
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const word = wordAt(context, i, index);
    if (!word) return false;
    if (SOFTENING_BEFORE.has(word)) return true;
    if (!FILLERS.has(word) && !DEGREE_WORDS.has(word) && !COPULAS.has(word) && !SUBJECTS.has(word)) return false;
  }
  return false;
}
const PROOF_COMPOUND = /^(?:-[a-z]+)?[- ]proof\b/;
const SUBJECTS = words('i we you it this that');

const COPULAS = words("is are was were 's looks seems be been being");

function isJudging(context: ToneContext, index: number, word: string, shape: ShapedInsult): boolean {
  const next = wordAt(context, index + 1, index);
  const previousIndex = previousMeaningfulIndex(context, index);
  const previous = previousIndex >= 0 ? wordAt(context, previousIndex) : '';
  if (word === 'fool' || word === 'fools') {
    return FOOL_AS_NOUN_AFTER.has(wordAt(context, index - 1, index));
  }
  if (shape.personOnly) {
    if (PERSON_NOUNS.has(next) || PERSON_BEFORE.has(previous)) return true;
    const beforePrevious = wordAt(context, previousIndex - 1, index);
    // "don't be lazy", "you are useless"
    if (previous === 'be') return NEGATIVE_IMPERATIVE.has(beforePrevious);
    return (previous === 'are' || previous === 'were') && SECOND_PERSON.has(beforePrevious);
  }
  if (shape.predicative) {
    const justBefore = wordAt(context, index - 1, index);
    if (VERDICT_BEFORE.has(previous) || VERDICT_BEFORE.has(justBefore)) return true;
    // A one-word verdict: "Nonsense."
    if (!justBefore && !next) return true;
    return WORK_NOUNS.has(next) || PERSON_NOUNS.has(next);
  }
  const judged = JUDGING_BEFORE.has(previous) || (shape.demonstrative === true && DEMONSTRATIVES.has(previous));
  if (!judged && !WORK_NOUNS.has(next)) return false;
  // "the value is garbage" is a fact about memory, not a verdict on anyone's work.
  return !(COPULAS.has(previous) && DATA_NOUNS.has(wordAt(context, previousIndex - 1, index)));
}

function checkShaped(context: ToneContext, index: number, word: string, out: ToneFinding[]): void {
  const shape = SHAPED_INSULTS.get(word);
  if (!shape) return;
  if (TECHNICAL_AFTER.has(wordAt(context, index + 1, index)) && !clauseBreakBetween(context, index, index + 1)) return;
  if (!isJudging(context, index, word, shape) || isSelfDirected(context, index)) return;
  const token = context.tokens[index];
  if (!token) return;
  out.push(finding(context, token.start, token.end, 'insult', 'insult-aimed', INSULT_MESSAGE, shape.rewrite));
}

const CONCESSION = /^[^.!?\n]{0,40}?\bbut (?:i (?:suppose|guess) |it (?:still )?|that'?s? |this |is )?(?:works|functional|fine|ok|okay|acceptable|what we have|necessary|needed|helpful|useful|correct)\b/;

/** "ugly, but it works", "kinda awful, but it's what we have": a mild judgement that concedes the point. */
function conceded(context: ToneContext, end: number): boolean {
  return CONCESSION.test(context.lower.slice(end, end + 80));
}

function checkWords(context: ToneContext, out: ToneFinding[]): void {
  const { tokens } = context;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as (typeof tokens)[number];
    const entry = lookUp(token.word);
    if (!entry) {
      checkShaped(context, index, token.word, out);
      continue;
    }
    if (entry.harmlessNext?.has(wordAt(context, index + 1, index))) continue;
    if (entry.harmlessPrevious?.has(wordAt(context, index - 1, index))) continue;
    if (entry.kind !== 'profanity' && isSoftened(context, index)) continue;
    if (entry.mild && !mildLandsOnChange(context, index, entry.kind === 'dislike')) continue;
    if (entry.mild && conceded(context, token.end)) continue;
    if (entry.kind === 'insult' && isSelfDirected(context, index)) continue;
    if (entry.kind === 'insult' && entry.rewrite === '' && interjectionAboutSelf(context, index)) continue;
    const useNoun = entry.nounRewrite !== undefined && DETERMINERS.has(wordAt(context, index - 1, index));
    const rewrite = useNoun ? entry.nounRewrite : entry.rewrite;
    const isPersonInsult = entry.kind === 'insult' && entry.rewrite === undefined;
    const ruleId = entry.kind === 'profanity' ? 'profanity' : entry.kind === 'dislike' ? 'insult-dislike' : 'insult-word';
    const message =
      entry.kind === 'profanity'
        ? PROFANITY_MESSAGE
        : entry.kind === 'dislike'
          ? DISLIKE_MESSAGE
          : isPersonInsult
            ? PERSON_MESSAGE
            : INSULT_MESSAGE;
    out.push(finding(context, token.start, token.end, 'insult', ruleId, message, rewrite));
  }
}

/** Multi-word insults and swearing that single words cannot catch. */
const PHRASES: readonly PhraseRule[] = [
  {
    id: 'profanity',
    // "what the hell", "why the heck": the oath, not the question word, is underlined.
    pattern: phrasePattern(String.raw`(?<=\b(what|why|how|who|where|when)\s{1,3})the (hell|heck|fuck|f\*+k|frick|freak|devil)\b`),
    message: PROFANITY_MESSAGE,
    rewrite: '',
  },
  {
    id: 'profanity',
    gate: /damn|fuck|f\*ck|screw|sod|bugger|hell|shoot|curse|holy|sake|christ|pain in|half/,
    pattern: wordPattern(String.raw`(damn|fuck|f\*ck|screw|sod|bugger) it(?=\s*[,.!;]|\s*$)|(as|like) hell|the hell out of|(?<=(^|[.!?]\s{0,3}))shoot(?=\s*[!,.])|curse (you|them|it|this)|holy (crap|shit)|for (god|christ)'?s sake|jesus christ|pain in the (ass|arse|butt)|half[- ]?ass(ed)?`),
    message: PROFANITY_MESSAGE,
    rewrite: (matched) =>
      /^pain/.test(matched) ? 'hassle' : /^half/.test(matched) ? 'rushed' : /out\s+of$/.test(matched) ? 'out of' : '',
  },
  {
    id: 'insult-phrase',
    gate: /devil|worst|brain|piece of|pile of/,
    pattern: wordPattern(String.raw`(?<=\b(is|are|'s|was|were)\s{1,3})the devil( incarnate)?|(you're|you are) the worst|brain[- ]?(dead|damaged)|piece of (crap|shit|garbage|junk|trash|work)|pile of (crap|shit|garbage|junk|trash|poo)`),
    message: INSULT_MESSAGE,
    rewrite: (matched) =>
      /^brain/.test(matched) ? 'confusing' : /devil|worst/.test(matched) ? undefined : 'rough draft',
  },
  {
    id: 'insult-hostile',
    pattern: wordPattern(String.raw`(you|u|he|she|they) (should|can|could|ought to|may as well) (go )?die\b|go die|(should|ought to) be (shot|lit on fire|set on fire|fired|taken out back)|kill (yourself|urself)|kys|screw (you|this|that|it|them|him|her)|shame on you|(i'll|i will|i'm going to|i'm gonna|gonna) (kill|hit|punch|slap|strangle|murder|stab|beat up|shoot) (you|u)\b|kick (you|him|her|them) in the (nuts|balls|teeth|butt|ass|arse|shins|face)|shut your (mouth|face|trap|pie\s*hole|brain)`),
    message: 'Hostile exaggeration stings even as a joke; say what you would like changed.',
  },
  {
    id: 'insult-phrase',
    // "this is a joke", "what a mess", "a total disaster": verdicts on the work as a whole.
    gate: /joke|mess|disaster|wreck|dumpster|clown|show/,
    pattern: phrasePattern(String.raw`(?<=\b(is|are|was|'s|looks\s{1,3}like|what|such|quite)\s{1,3}(a\s{1,3}|an\s{1,3})?(total\s{1,3}|complete\s{1,3}|absolute\s{1,3}|real\s{1,3}|utter\s{1,3}|bad\s{1,3}|sick\s{1,3}|hot\s{1,3}|huge\s{1,3}|big\s{1,3}|giant\s{1,3}|unholy\s{1,3})?)(joke|mess|disaster|train\s?wreck|dumpster fire|clown show|shit\s?show)\b(?! (with|up|around|about|of (a|an) \w+ to))`),
    message: INSULT_MESSAGE,
    rewrite: (matched) => (/^joke/.test(matched) ? undefined : 'tangle'),
  },
  {
    id: 'insult-form',
    gate: /f[ .]u|a\$|f-|bs|b\.s|shut|omg|omfg/,
    // Spelled-out or symbol-masked swearing the word pass cannot see: "f u c k", "a$$", "f-ing", "load of BS".
    pattern: wordPattern(String.raw`f[ .]u[ .]c[ .]k|a\$\$(hole)?|f-(ing|in|ed|ers?)|(load of|pure|total|utter|complete|such|this is|that's|what) (bs|b\.s\.?)|shut (up|it)(?=\s*([.,!]|and\b|$))|(omg|omfg),? (stop|no|why|seriously|again)`),
    message: PROFANITY_MESSAGE,
    unless: (context, start) => /^shut/.test(context.lower.slice(start, start + 4)) && /\b(?:linter|warning|compiler|log|logger|it up)\b/.test(context.lower.slice(start, start + 40)),
  },
  {
    id: 'insult-phrase',
    pattern: wordPattern(`(you|u) (big |silly )?(dummy|dummies|dolt|donkey|muppet|numpty|goof)|code monkeys?|(amateur|clown) hour`),
    message: PERSON_MESSAGE,
  },
];

export const insultRule: ToneRule = {
  category: 'insult',
  run(context, out) {
    checkWords(context, out);
    runPhraseRules(PHRASES, 'insult', context, out);
  },
};
