/**
 * Acts, not only words: what a sentence does to the reader, in clean words. Each act is its own small table of
 * sentence patterns (who is the subject, what is claimed), filed under the category whose switch the writer already
 * knows: accusations and competence challenges under blame, belittling comparisons and impatience under
 * condescension, threats under insult, disbelief under sarcasm. Verdicts on the work, mock praise and curt orders
 * live in verdicts.ts, sarcasm.ts and curt-orders.ts.
 */
import { CHEERFUL_WORDS, FIRST_PERSON } from '../lexicon';
import { tokenIndexAt, type ToneContext } from '../tokens';
import type { ToneRule } from '../types';
import { runPhraseRules, wordPattern, type PhraseRule } from './shared';

/** A sentence that already says "I/my" around the match is the writer talking about themselves. */
function writerNearby(context: ToneContext, start: number, end: number): boolean {
  const first = tokenIndexAt(context, start);
  const last = tokenIndexAt(context, end);
  const sentence = context.tokens[first]?.sentence;
  for (let i = Math.max(0, first - 6); i <= (last < 0 ? context.tokens.length - 1 : last + 2); i++) {
    const token = context.tokens[i];
    if (token && token.sentence === sentence && FIRST_PERSON.has(token.word)) return true;
  }
  return false;
}

/** Disbelief that is delight: "I can't believe how fast this is, thanks!" */
function cheerfulNearby(context: ToneContext, start: number, end: number): boolean {
  const index = tokenIndexAt(context, start);
  const sentence = context.tokens[index]?.sentence ?? -1;
  for (let i = index; i >= 0 && i < context.tokens.length && i < index + 30; i++) {
    const token = context.tokens[i];
    if (!token || token.sentence > sentence + 1) break;
    if (CHEERFUL_WORDS.has(token.word)) return true;
  }
  return /\b(?:fast|faster|quick|quickly|well|good|clean|cleaner|simple|simpler|easy)\b/.test(context.lower.slice(end, end + 40));
}

const DID_NOT = "didn't|did not|don't|do not|never|haven't|have not|can't|cannot|couldn't";
const DILIGENCE = 'read|test|tested|run|ran|try|tried|look|looked|check|checked|compile|compiled|think|thought|bother|bothered|care|cared|listen|listened';

const ACCUSATIONS: readonly PhraseRule[] = [
  {
    id: 'blame-accusation',
    // "you don't seem to know what you're doing", "you really don't get it", "you have no business…".
    gate: /\b(you|u)\b|you're|you are/,
    pattern: wordPattern(
      String.raw`(you|u) (clearly |obviously |really |still |just |simply )?(${DID_NOT}) (seem to |even )?(know what (you're|you are) doing|understand (it|this|that|what|how|the|async|git)|get it|grasp|know the codebase)|(you|u) (clearly |obviously |really )?have no (idea|clue|business)|you haven't (the|a) (faintest|slightest|first) (idea|clue)|(you're|you are) (not qualified|out of your depth|making (things|this|stuff) up|not listening)`,
    ),
    message: 'This questions the person rather than the change; say what in the code worries you.',
  },
  {
    id: 'blame-accusation',
    // "you didn't test this at all", "you clearly have never written…", "you ignored everything I said".
    gate: /\b(you|u)\b|hoped|without|made (this|it) up/,
    pattern: wordPattern(
      String.raw`(you|u) (clearly |obviously )?(${DID_NOT}) (even )?(${DILIGENCE})( (this|it|that|anything|the docs|about|a single))?( \w+)?( at all)|(you|u) (clearly|obviously) (have never|never|didn't|did not|haven't|don't|do not|can't)|(you|u) (ignored|ignore|disregarded) (everything|all|every|what|my)|(you|u) (can't|cannot) even|(you|u) never (listen|learn|read|test)|without (running|reading|testing|checking|trying) (a single|any|anything|it even)|(it's|it is) (clear|obvious) (that )?(you|u)|(i doubt|i bet) (you|u) (tested|read|ran|tried|even|checked)|(you|u) (must not|mustn't) have (read|tested|run|looked)|(you|u) (just )?(copied|copy[- ]pasted|pasted) (this|it|that)|hoped for the best|made (this|it) up as you went|did you just guess|(were|are) you even (awake|paying attention|listening)|did you (even )?read (anything|a word|what)|you (still|really) (don't|do not) (get|understand)`,
    ),
    message: 'An accusation of carelessness puts the author on the defensive; ask how it was done instead.',
    unless: writerNearby,
  },
];

const COMPARISONS: readonly PhraseRule[] = [
  {
    id: 'condescension-comparison',
    gate: /competent|decent|serious|sane|reasonable|experienced|real|bot|monkey|script|random|linter|child|kid|toddler|intern|junior|student|first|autocomplete|cat|dog|grandm|chatgpt|copilot|llm|someone|somebody|leave|let|ask|code like|write like|program like|beginner|amateur|tutorial|learn this|other|most|every other|professionals|anyone who|even the/,
    pattern: wordPattern(
      String.raw`(any|every|a) (competent|decent|half[- ]decent|serious|sane|reasonable|experienced|good|real) (engineer|engineers|developer|developers|dev|devs|programmer|programmers|reviewer|reviewers|contributor|contributors|coder|person)|real (engineers|developers|programmers|devs)|(even )?(a|an|my) (bot|monkey|script|random number generator|linter|child|kid|toddler|intern|junior|student|first[- ]year( student)?|autocomplete|cat|dog|grandma|grandmother)( with a keyboard)? (could|would|can|knows|writes|write|does)|(chatgpt|copilot|an llm|a bot|a script|autocomplete) (would|could) (have|do|write)|(someone|somebody) (who (actually )?knows (what|the|how)|with (actual|real|some) experience)|(leave|let) (this|it) (to|for) (people|someone|the adults|somebody)|ask (someone|somebody) (senior|competent|experienced|who knows)|(you|u) (code|write|program) like (a|an) (student|beginner|junior|intern|child|kid)|(kind of thing|what|mistake) (beginners|juniors|students|amateurs|interns) (do|make)|when juniors|better code in (a|an) (tutorial|textbook|beginner)|learn this in (their|your|the) first|(other|most) (contributors|people|developers|engineers) (manage|learn|know|can)|every other (team|project|contributor) (gets|does|manages)|professionals (don't|do not|wouldn't|would not|never)|anyone who has (used|written|read)|even the (old|previous|original)( \w+){0,2} (version|code|one) (was|made|is)`,
    ),
    message: 'Comparing the author with someone "competent" belittles them; say what the better version does.',
    unless: writerNearby,
  },
];

const IMPATIENCE: readonly PhraseRule[] = [
  {
    id: 'condescension-impatience',
    gate: /told you|tired|sick of|been over|been through|as i|ridiculous|not this again|my (previous|last|earlier)|already explained|not fixed|not done|not addressed|patience|keep|keeps|time (asking|i)|what part|give up|do what i|i'm done|still|every single|explain (it|this) again|exhausting|no no no|forget already|bother|day before|same mistake/,
    pattern: wordPattern(
      String.raw`(i've|i have|i already|i've already) told you|told you (two|three|four|\d+) times|(i'm|i am) (tired|sick) of|we've been (over|through) this|as i (said|mentioned|wrote) (twice|three times|repeatedly)( before)?|(this is )?getting ridiculous|not this again|(read|see|check) my (previous|last|earlier) (comment|review)|i already explained|(still|again) not (fixed|done|addressed)|losing my patience|(keep|keeps) (pointing|saying|repeating) (this|it)|(third|second|fourth|fifth|nth|umpteenth) time (asking|i ask|i've asked)|what part of .{1,40} is (unclear|hard|difficult|confusing)|i give up|just do what i (asked|said|told you)|i'm done (reviewing|with this)|how is this still|every single time|not (going to|gonna) explain (it|this) again|this is exhausting|no no no|did you forget already|why do i (even )?bother|and the day before|same mistake (as|again)`,
    ),
    message: 'This sounds exasperated; restate what is still needed, plainly and once.',
    unless: (context, start, end) => /^i give up|^i'm done/.test(context.lower.slice(start, end)) && /\b(?:on|trying|with the)\b/.test(context.lower.slice(end, end + 12)),
  },
  {
    id: 'condescension-impatience',
    // "????" alone, "Hello??", "why??", a sigh or facepalm acted out.
    gate: /\?\?|sigh|facepalm|enough/,
    pattern: wordPattern(String.raw`(?<=^\s*)[?]{2,}(?=\s*$)|(hello|why|update|again|seriously|really)\s*[?]{2,}|(?<=(^|[.!?\n])\s*)(why|how) (is|are|does|do) (this|it|that|they) still [^.!?\n]{0,60}[?]{2,}|\*?(sigh|sighs|facepalm)\*|(?<=^\s*)sigh\b|^\s*enough[.!]`),
    message: 'This sounds exasperated; restate what is still needed, plainly and once.',
  },
];

const THREATS: readonly PhraseRule[] = [
  {
    id: 'insult-threat',
    gate: /from you|you (send|open|submit|push)|access|rights|off the|escalate|report|don't make me|warning|warned|regret|again and|one more|another|any more|keep (this|it) up|find someone|ignore list|promotion|your review|the moment|without (even )?reading|done here|ban you|block you|remove you|i'll|i will|i'm going|i am going|expect me/,
    pattern: wordPattern(
      String.raw`(every|all|any|anything)( future)? (series|pr|prs|patch|patches|commit|commits|change|changes)? ?(from you|you (send|open|submit|push))|(revok\w*|remov\w*|lose|losing|take away|pull) (your )?(commit |merge |write |repo )?(access|rights)|your access goes|you're off the (project|team|repo)|(escalate|report) (this |you )?to (your (manager|boss|lead)|the maintainers|hr)|report you|don't make me|(your )?final warning|you've been warned|you('ll| will) regret|(try|do) (this|that|it) again and|(push|send) (this|that|it) again and|one more (patch|pr|commit|mistake|time) like (this|that)|another (broken build|one like this|mistake like this|patch like this) and|(any more of this|keep this up|keep it up) and|(i'll|i will) find someone (who|else)|ignore list|when your (promotion|review|performance review)|the moment you merge|without (even )?reading them|you're done here|(ban|block|remove) you|(i'll|i will|i'm going to|i am going to) (personally )?(block|reject|nack|revert all|close all|close your|make sure (this|it) never|stop reviewing)|expect me to (nack|reject|block)`,
    ),
    message: 'A threat ends the conversation; say what has to change and why it matters.',
  },
];

const DISBELIEF: readonly PhraseRule[] = [
  {
    id: 'sarcasm-disbelief',
    gate: /serious|joke|prank|really|honestly|seriously|actually|how did|on earth|believe|unbelievable|how is|joking|how (does|could|can)|what is (this|that) even|nobody|thought this|no way|who (writes|would|ships)|possibly/,
    pattern: wordPattern(
      String.raw`(you|u) (can't|cannot) be serious|is this (a joke|some (kind|sort) of (joke|prank))|(did|do) you (really|honestly|seriously|actually) (think|believe|expect)|(you|u) (actually|really|seriously|honestly) (want|wanted|think|thought|expect|believe) (this|that|to (merge|ship|push|land|add))|(you|u) (actually|really|seriously) (shipped|pushed|merged)|how did this (ever|even) (pass|get|make it)|how did this get (merged|approved|in)|who on earth|(i|we) (can't|cannot|couldn't) believe (this|you|i'm|that|anyone|someone)|^\s*unbelievable|how is (this|that) even|you're joking|why on earth|what on earth|really\?+ (this|that) is your|how (does|could|can) (someone|anyone|anybody) (write|think|ship|approve)|what is (this|that) even|did nobody|are we really|you thought this was|can't be a serious|no way (this|that|it) (passes|works|compiles)|who (writes|would write|would ship|ships) (code|something|anything) like|how could you possibly|who would ship`,
    ),
    message: 'Disbelief reads as mockery; say what surprised you and what you expected instead.',
    unless: cheerfulNearby,
  },
];

export const accusationRule: ToneRule = {
  category: 'blame',
  run(context, out) {
    runPhraseRules(ACCUSATIONS, 'blame', context, out);
  },
};

export const comparisonRule: ToneRule = {
  category: 'condescension',
  run(context, out) {
    runPhraseRules(COMPARISONS, 'condescension', context, out);
    runPhraseRules(IMPATIENCE, 'condescension', context, out);
  },
};

export const threatRule: ToneRule = {
  category: 'insult',
  run(context, out) {
    runPhraseRules(THREATS, 'insult', context, out);
  },
};

export const disbeliefRule: ToneRule = {
  category: 'sarcasm',
  run(context, out) {
    runPhraseRules(DISBELIEF, 'sarcasm', context, out);
  },
};
