/**
 * Cheap language check, sentence by sentence: "Der Rand ist zu dick" is German, and its "dick" and "hell" are not
 * the English words. A sentence counts as another language when it has more function words of one of a few common
 * review languages than English ones. Such sentences are not run through the English lists; a small list of
 * unambiguous swear words per language takes their place.
 */
import { words } from './lexicon';
import type { ToneContext } from './tokens';

const ENGLISH = words(
  "the a an is are was were be been this that these those it it's to of and or but in on at for with from by as not " +
    "no you your we our i i'm my me he she they them should could would can will do does did don't doesn't isn't why " +
    'what how when where which who please just here there all any some if then than so very',
);

// Function words that are not also common English words (no "die", "was", "will", "also", "man", "fast", "bin").
const OTHER = words(
  // German
  'ist nicht und der das ein eine einen ich du bitte für mit auf sind wird zu kein keine noch hier dieser diese ' +
    'dieses bist doch aber oder wie warum nur sehr auch es sich finde den dem ob wir ihr sie gut fehlt kannst ' +
    // French
    "est c'est le les des une pas je tu nous vous pour dans avec ce cette sur qui que quelle quel mais très il elle " +
    "ici peut faut merci oui souci l'on j'ai n'est " +
    // Spanish, Italian, Portuguese
    'el los las está esto este esta por para con pero muy también puedes favor gracias aquí demasiado è lo gli ' +
    'della di che questo questa non sono grazie codice molto não uma isso você ' +
    // Dutch, Swedish, Polish
    'het een niet dit ik je van voor zijn prima är för och inte det jest nie na brakuje dzięki',
);

/** Swear words and put-downs in those languages, whole words only. */
const OTHER_HARSH =
  /(?<!\p{L})(?:schei(?:ß|ss)e?\p{L}*|mist|schwachsinn\p{L}*|bescheuert\p{L}*|blödsinn|kacke|dreck\p{L}*|vollidiot\p{L}*|mierda|basura|porquería|estúpid\p{L}*|merde\p{L}*|conneries?|débile|crétin\p{L}*|schifo|cazzo|merda|stronzat\p{L}*|klote|kut|gówno|bzdura)(?!\p{L})/gu;

const OTHER_HARSH_ONE = new RegExp(OTHER_HARSH.source, 'u');

const SENTENCE = /[^.!?;\n]+/g;
const WORD = /[\p{L}']+/gu;

/** Could this comment hold another language at all? A word of the list or a non-ASCII letter; English skips the rest. */
function mayBeForeign(context: ToneContext): boolean {
  for (const token of context.tokens) if (OTHER.has(token.word)) return true;
  return NON_ASCII.test(context.lower);
}
const NON_ASCII = /[^\x00-\x7f]/;

/** [start, end) ranges of the masked text that are sentences in another language. */
export function foreignRanges(context: ToneContext): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const { lower } = context;
  if (!mayBeForeign(context)) return ranges;
  SENTENCE.lastIndex = 0;
  for (let sentence = SENTENCE.exec(lower); sentence; sentence = SENTENCE.exec(lower)) {
    let english = 0;
    let other = 0;
    WORD.lastIndex = 0;
    for (let word = WORD.exec(sentence[0]); word; word = WORD.exec(sentence[0])) {
      if (ENGLISH.has(word[0])) english++;
      else if (OTHER.has(word[0])) other++;
    }
    // One foreign word alone ("WTF, DES?") is not enough unless a letter or a swear word of that language backs it.
    const backed = other >= 2 || (english === 0 && (/[^\x00-\x7f]/.test(sentence[0]) || OTHER_HARSH_ONE.test(sentence[0])));
    if (other > english && backed) ranges.push([sentence.index, sentence.index + sentence[0].length]);
  }
  return ranges;
}

export function inRanges(ranges: ReadonlyArray<[number, number]>, offset: number): boolean {
  for (const [start, end] of ranges) if (offset >= start && offset < end) return true;
  return false;
}

/** Harsh words of another language inside the foreign ranges, as [start, end) pairs. */
export function foreignHarsh(context: ToneContext, ranges: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const part = context.lower.slice(start, end);
    OTHER_HARSH.lastIndex = 0;
    for (let match = OTHER_HARSH.exec(part); match; match = OTHER_HARSH.exec(part)) {
      found.push([start + match.index, start + match.index + match[0].length]);
    }
  }
  return found;
}
