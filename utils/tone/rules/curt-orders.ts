/**
 * Curt orders across sentences: "No. Redo it.", "Wrong. Start over.", "Stop. Revert this. Now." Each sentence alone
 * is an ordinary word; together, with no reason, no question and no "please", they read as a dressing-down. Also a
 * few one-sentence orders that pull rank ("Do what you're told", "Stop arguing and fix it").
 */
import { words } from '../lexicon';
import type { ToneContext } from '../tokens';
import type { ToneRule } from '../types';
import { finding, runPhraseRules, wordPattern, type PhraseRule } from './shared';

const MESSAGE = 'Short orders in a row read as a dressing-down; say what needs to change and why.';

/** Sentences that are only a refusal or a verdict. */
const CURT_SENTENCE = /^(?:no|nope|wrong|wrong again|stop|enough|gone|done|again|now|immediately|just no|no more|not acceptable|unacceptable|not like that|not good enough|properly this time|all of it|back to the drawing board|wrong approach|don't|just don't|don't argue|no excuses)$/;

/** Verbs that start an order. */
const ORDER_VERBS = words('redo rewrite revert fix delete remove undo start change read rip throw do use rework close stop drop scrap try');

/** Objects that say nothing about what to change: "redo it", "fix this properly", "use the old way". */
const VAGUE_OBJECT = words('it this that all of everything the whole thing again now properly over first way old my i said time');

const REASONS = /\b(?:because|since|so that|otherwise|please|thanks|thank|could|would|maybe|perhaps|i think|i'd|let's|we)\b|\?/;

function curtSequence(context: ToneContext): [number, number] | undefined {
  const { lower } = context;
  if (lower.length > 160 || REASONS.test(lower)) return undefined;
  const sentences = lower.split(/[.!]+/).map((part) => part.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (sentences.length < 2 || sentences.length > 5) return undefined;
  let orders = 0;
  let vague = 0;
  let curt = 0;
  for (const sentence of sentences) {
    const sentenceWords = sentence.split(' ');
    if (sentenceWords[0] === 'then' || sentenceWords[0] === 'just') sentenceWords.shift();
    if (CURT_SENTENCE.test(sentence)) curt++;
    else if (sentenceWords.length <= 6 && ORDER_VERBS.has(sentenceWords[0] ?? '')) {
      orders++;
      if (sentenceWords.slice(1).every((word) => VAGUE_OBJECT.has(word))) vague++;
    } else return undefined;
  }
  // Two orders with no refusal between them count only when neither says what to change ("Undo this. Redo it.").
  if (orders === 0 || curt + orders < 2 || (curt === 0 && vague < orders)) return undefined;
  const start = lower.search(/\S/);
  let end = lower.length;
  while (end > start && /\s/.test(lower[end - 1] as string)) end--;
  return [start, end];
}

const PHRASES: readonly PhraseRule[] = [
  {
    id: 'bare-command-curt',
    gate: /told|my way|the way i|arguing|argue|excuses|drawing board|throw|rip|start over/,
    pattern: wordPattern(
      String.raw`do (what|as) (you're|you are|you were) told|(just )?do it (my way|the way i (said|told you|asked))|stop arguing|don't argue|no more excuses|back to the drawing board|(?<=^\s*)(throw|rip) (this|it|that)( all)? (away|out)( and start over)?|rip it all out|start over(?=\s*[.!]*\s*$)`,
    ),
    message: MESSAGE,
  },
];

export const curtOrderRule: ToneRule = {
  category: 'bare-command',
  run(context, out) {
    const span = curtSequence(context);
    if (span) out.push(finding(context, span[0], span[1], 'bare-command', 'bare-command-curt', MESSAGE));
    else runPhraseRules(PHRASES, 'bare-command', context, out);
  },
};
