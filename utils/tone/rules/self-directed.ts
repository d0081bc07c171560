/**
 * Self-directed remarks: "I'm an idiot, I forgot…", "stupid question, but…", "my dumb mistake". Writers running
 * themselves down is not unkindness towards a colleague, so insult words in such remarks are left alone (swearing
 * is not: it still reads as hostile).
 */
import {
  APOLOGY_WORDS,
  FIRST_PERSON,
  FIXED_WORDS,
  JUDGING_VERBS,
  LEXICON,
  MISTAKE_WORDS,
  OTHER_POINTERS,
  OWN_REMARKS,
  OWNING_AFTER_MY,
  SOFT_REMARKS,
  words,
} from '../lexicon';
import { wordAt, type Token, type ToneContext } from '../tokens';

export const SECOND_PERSON = words("you you're youre your u ur yours");

// Pointers that aim "stupid question" at someone else's question: "your", "his", "what a".
const AIMED_ELSEWHERE = words("you you're youre your u ur his her their they're what");
// Words that end the noun phrase an adjective describes: in "a pathetic excuse for error handling" the insult is
// about the excuse, not about an error.
const NOUN_PHRASE_ENDS = words('for of in on with to about that which and but is are was');
// "needs to be fixed" describes work still to do, not a slip the writer owns up to.
const PASSIVE_BEFORE = words('be been being is are get gets got');
const ME_AFTER = words('of like for including than');

/** How many words either side of an insult its context checks look at, so long comments stay linear. */
const NEARBY = 40;

/** Is there clause punctuation between two tokens? "I agree, very ugly": the "I" belongs to another clause. */
export function clauseBreakBetween(context: ToneContext, left: number, right: number): boolean {
  const from = context.tokens[left]?.end ?? 0;
  const to = context.tokens[right]?.start ?? 0;
  return CLAUSE_BREAK.test(context.lower.slice(from, to));
}
const CLAUSE_BREAK = /[,;:()[\]]|\s[-–—]\s/;

/**
 * Does the sentence holding `index` (or the start of the next one) own up to a slip: "sorry", "oops", "my bad"?
 * "fixed"/"ignore" count only when the sentence looks back at a past slip ("That was silly, fixed.").
 */
function ownsUp(context: ToneContext, index: number): boolean {
  const { tokens } = context;
  const sentence = tokens[index]?.sentence ?? -1;
  let first = index;
  while (first > 0 && first > index - NEARBY && tokens[first - 1]?.sentence === sentence) first--;
  let pastFrame = false;
  let fixedNearby = false;
  let nextSentenceWords = 0;
  for (let i = first; i < tokens.length && i <= index + NEARBY; i++) {
    const token = tokens[i] as Token;
    if (token.sentence > sentence + 1 || (token.sentence !== sentence && ++nextSentenceWords > 3)) break;
    const word = token.word;
    // "Sorry, but this is stupid" apologises for the insult rather than owning a mistake.
    if (APOLOGY_WORDS.has(word) && wordAt(context, i + 1) !== 'but') return true;
    if (word === 'my' && OWNING_AFTER_MY.has(wordAt(context, i + 1))) return true;
    if (token.sentence === sentence && (word === 'was' || word === 'were')) pastFrame = true;
    if (FIXED_WORDS.has(word) && !PASSIVE_BEFORE.has(wordAt(context, i - 1))) fixedNearby = true;
  }
  return pastFrame && fixedNearby;
}

function sentenceAddressesSomeone(context: ToneContext, index: number): boolean {
  const { tokens } = context;
  const sentence = tokens[index]?.sentence;
  const last = Math.min(tokens.length - 1, index + NEARBY);
  for (let i = Math.max(0, index - NEARBY); i <= last; i++) {
    const token = tokens[i] as Token;
    if (token.sentence === sentence && SECOND_PERSON.has(token.word)) return true;
  }
  return false;
}

const HEDGES = words('just maybe perhaps possibly probably likely another my random might may nit');

/** "Just a silly idea", "Dumb idea, but…" open the writer's own suggestion; "Such a stupid idea" judges someone's. */
function offersOwnRemark(context: ToneContext, index: number): boolean {
  if (!wordAt(context, index - 1, index)) return true;
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const word = wordAt(context, i, index);
    if (!word) return true;
    if (HEDGES.has(word)) return true;
    if (word !== 'a' && word !== 'an' && word !== 'little' && word !== 'bit' && word !== 'be') return false;
  }
  return false;
}

/**
 * Is the insult at token `index` the writer talking about themselves? "I'm an idiot", "stupid me", "how silly of
 * me", "dumb people like me", "dumb question", "my silly typo", "Oops, that was dumb". The nearest pronoun before
 * the word in the same clause decides first: first person exempts, unless a verb of judging sits between ("I find
 * this ugly"); then the noun it describes (a question, a typo) and apologies.
 */
export function isSelfDirected(context: ToneContext, index: number): boolean {
  for (let i = index + 1; i <= index + 4; i++) {
    const word = wordAt(context, i, index);
    if (!word) break;
    if ((word === 'me' || word === 'myself') && (i === index + 1 || ME_AFTER.has(wordAt(context, i - 1)))) return true;
  }

  let pointer = '';
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) {
    const word = wordAt(context, i, index);
    if (!word || clauseBreakBetween(context, i, i + 1)) break;
    if (FIRST_PERSON.has(word)) return true;
    if (OTHER_POINTERS.has(word) || JUDGING_VERBS.has(word)) {
      pointer = word;
      break;
    }
  }

  // The word names the writer's own remark or slip: "stupid question", "silly little nit", "dumb typo".
  for (let i = index + 1; i <= index + 3; i++) {
    const word = wordAt(context, i, index);
    if (!word || NOUN_PHRASE_ENDS.has(word)) break;
    if (OWN_REMARKS.has(word) || word.startsWith('quest')) return !AIMED_ELSEWHERE.has(pointer);
    if (SOFT_REMARKS.has(word)) {
      if (!AIMED_ELSEWHERE.has(pointer) && offersOwnRemark(context, index)) return true;
      break;
    }
    if (MISTAKE_WORDS.has(word)) return !sentenceAddressesSomeone(context, index);
  }
  return ownsUp(context, index) && !sentenceAddressesSomeone(context, index);
}

/** "Ugh, I am an idiot", "Argh, stupid me": an exclamation that introduces the writer's own slip. */
export function interjectionAboutSelf(context: ToneContext, index: number): boolean {
  for (let i = index + 1; i <= index + 3; i++) {
    const word = wordAt(context, i, index);
    if (FIRST_PERSON.has(word)) return true;
    if (LEXICON.get(word)?.kind === 'insult' && isSelfDirected(context, i)) return true;
  }
  return false;
}
