/**
 * Targets: what a judging word is about. "This is awful" judges the author's change; "JavaScript's date handling is
 * awful" grumbles about a tool; "my first version was terrible" runs down the writer's own work. Only judgements of
 * the reader or of the reader's work are tone findings; the others are left alone (swearing is not: it reads as
 * hostile whatever it is about).
 */
import { EXPLAINED_WORDS, PERSON_NOUNS, SUGGESTION, words } from './lexicon';
import { tokenIndexAt, type ToneContext } from './tokens';

export type Target = 'reader' | 'work' | 'self' | 'tool';

const SECOND_PERSON = words("you you're youre your yours u ur you've you'll");
/** The writer owning the judged thing: "my old patch", "I made", "on my part", "past me". */
const OWN_WORK = /\b(?:my|mine|past me|of me|on my (?:part|side|end)|(?:silly|stupid|dumb) me|oops|whoops|fixing|(?<!\bbe |\bbeen |\bget |\bgets |\bis |\bare )fixed)\b|\bi (?:missed|meant|forgot)\b|\bi(?:'m| am) (?:so |such |really |just |a bit )?(?:dumb|stupid|slow|blind|silly)\b|\bi(?:'m| am) (?:the|an?) (?:idiot|fool|one)\b|\bi(?:'ve| have)? (?:made|wrote|written|did|left|added|broke|botched|messed|copied|pushed)\b/;

/** Tools, languages, platforms and third parties people grumble about in reviews. */
export const TOOL_NOUNS = words(
  'linter linters lint parser parsers shell bash zsh powershell npm yarn pnpm gradle maven cmake makefile docker ' +
    'kubernetes k8s yaml json xml javascript js typescript ts python java rust golang ruby php perl swift kotlin ' +
    'safari chrome chromium firefox edge ie windows macos mac linux android ios xcode emulator simulator jenkins ci ' +
    'runner runners github gitlab bitbucket git spec specification standard vendor vendors library libraries lib ' +
    'framework frameworks upstream compiler compilers browser browsers os timezones timezone regex regexes unicode ' +
    'encoding encodings toolchain sdk ide vscode vim emacs autoformatter formatter prettier eslint webpack vite babel ' +
    'node nodejs openssl glibc kernel driver drivers api apis endpoint service services network dns cloud aws gcp ' +
    'azure database postgres mysql sqlite mongo redis protocol c++ c cpp php jira confluence slack ' +
    'ui keyboard laptop machine vm wifi proxy firewall system legacy dependency dependencies package packaging',
);

/** Words that mark the subject as a thing of the past being replaced: "the old build system was garbage". */
const PAST_MARKERS = words('old previous former legacy original');

const CLAUSE_VERBS = words("is are was were 's looks look seems seem feels feel gets got goes went has have had makes made");

/**
 * Who or what the judgement at [start, end) is about, from the clause it sits in. `reader` when the clause points at
 * the reader; `self` when it points at the writer only; `tool` when its subject names a tool, a language or a
 * third party (or a thing of the past being replaced); otherwise `work`, the author's change.
 */
/** Is there masked text (a name or identifier) between the sentence start and token `index`? */
function maskedBefore(context: ToneContext, index: number): boolean {
  const end = context.tokens[index]?.start ?? 0;
  let start = end;
  while (start > 0 && !/[.!?;\n]/.test(context.text[start - 1] as string)) start--;
  return context.masked.slice(start, end) !== context.text.slice(start, end);
}

export function targetOf(context: ToneContext, start: number, _end: number): Target {
  const { tokens } = context;
  const index = tokenIndexAt(context, start);
  if (index < 0) return 'work';
  const sentence = tokens[index]?.sentence;
  let first = index;
  while (first > 0 && tokens[first - 1]?.sentence === sentence && index - first < 30) first--;
  const sentenceStart = first;
  let last = index;
  while (last + 1 < tokens.length && tokens[last + 1]?.sentence === sentence && last - index < 30) last++;
  // A verdict of a few words ("Pathetic. My bad.") is read with the sentence after it.
  const sentenceEnd = last;
  let from = tokens[first]?.start ?? 0;
  if (last - first < 4) {
    while (last + 1 < tokens.length && tokens[last + 1]?.sentence === (sentence ?? 0) + 1 && last - index < 12) last++;
    let previous = first;
    while (previous > 0 && tokens[previous - 1]?.sentence === (sentence ?? 0) - 1 && first - previous < 12) previous--;
    from = tokens[previous]?.start ?? from;
  }

  for (let i = sentenceStart; i <= sentenceEnd; i++) if (SECOND_PERSON.has(tokens[i]?.word ?? '')) return 'reader';
  const clause = context.lower.slice(from, tokens[last]?.end ?? from);
  if (OWN_WORK.test(clause)) return 'self';

  // The subject: words from the clause start to the first verb before the judgement. Its head noun (the last
  // word), a possessive ("JavaScript's") or a marker of the past ("the old build system") says what it is.
  let subjectEnd = -1;
  for (let i = sentenceStart; i < index; i++) {
    if (CLAUSE_VERBS.has(tokens[i]?.word ?? '')) {
      subjectEnd = i;
      break;
    }
  }
  // "stupid users", "some Android idiot": aimed at people whatever the subject.
  if (PERSON_NOUNS.has(tokens[index + 1]?.word ?? '')) return 'work';
  if (subjectEnd < first || (subjectEnd === first && !maskedBefore(context, first))) return 'work';
  // Read the subject in the original text: names like "JavaScript" or "GitHub" are masked as identifiers.
  let subjectStart = tokens[first]?.start ?? 0;
  while (subjectStart > 0 && !/[.!?;\n]/.test(context.text[subjectStart - 1] as string)) subjectStart--;
  const subject = context.text.slice(subjectStart, tokens[subjectEnd]?.start ?? 0).toLowerCase().replace(/’/g, "'");
  const subjectWords = subject.match(/[a-z0-9+#]+(?:'s)?/g) ?? [];
  for (const word of subjectWords) {
    if (PAST_MARKERS.has(word)) return 'tool';
    if (word.endsWith("'s") && TOOL_NOUNS.has(word.slice(0, -2))) return 'tool';
  }
  return TOOL_NOUNS.has(subjectWords[subjectWords.length - 1] ?? '') ? 'tool' : 'work';
}

/**
 * A mild judgement ("ugly", "awful", "I hate") is a put-down when it is pointed at the change under review or at the
 * reader: "this is ugly", "looks ugly", "Ugly!", "this ugly hack", "your awful test", "it's ridiculous". Such a
 * judgement counts however long the comment and whatever it suggests: a put-down next to a suggestion still stings.
 *
 * Not pointed, it may be about something else, and then it is not a finding:
 * - a possible outcome: "that would be pretty ugly", "it's going to be ugly", "if they are ugly";
 * - the team's shared code, or the code before the change: "we use a horrible hack", "I hate that we have one giant
 *   file", "the current formatting looks ugly", "the existing helper is awful";
 * - a situation, when the sentence names it after the word: "it's kind of ridiculous to have different units",
 *   "a bit ugly that you have to reconstruct the input" (the pointing "it" stands for what follows);
 * - things in general: "usually that looks ugly", "tuples are nasty when undocumented", "I hate doing bitwise
 *   operations on bools", "I agree the pair syntax is ugly";
 * - a thing the writer names (not to the reader) while explaining the problem and proposing another way, in a
 *   comment long enough to do both ("…and gets rid of the ugly polling. Could we use a semaphore instead?"): there the word describes the
 *   thing being replaced, not the person who wrote it.
 */
const HYPOTHETICAL_BEFORE = /(?:\b(?:would|could|might|will|going to|gonna)|'d|'ll)\s+(?:\w+\s+){0,3}$|\bif\s+(?:\w+\s+){1,4}$/;
const SHARED_BEFORE = /\b(?:we|we've|we're|our)\s+(?:\w+\s+){0,3}$|\b(?:current|currently|existing|old|previous|former|legacy|original)\b/;
const GENERIC_BEFORE = /\b(?:usually|generally|in general|typically|often|always|i agree)\b/;
const BARE_PLURAL_SUBJECT = /(?:^|[,:] )(?!(?:these|those|the|your|its|this|that|all|my|our)\b)[a-z]+s (?:are|look|seem|get) (?:\w+ )?$/;
const GERUND_AFTER = /^\s+[a-z]+ing\b/;
/** The judged thing named by a pointing word, or the judgement opening the sentence as its own verdict. */
const POINTED_BY_PREDICATE =
  /(?:^|[,:] |\b(?:oh|ok|okay|well|yeah|hmm|honestly|imo|imho|wow)\s)(?:(?:this|that|it|these|those)(?: [a-z]+)? ?(?:is|'s|are|was|were|looks?|seems?|feels?)(?: like)? |looks?(?: like)? |seems?(?: like)? )?(?:(?:a|an|so|such|too|very|really|pretty|quite|just|kind of|kinda|rather|plain|bit|little|most|the) )*$/;
const POINTED_BY_DETERMINER = /\b(?:this|that|these|those|your) (?:(?:a|an|so|such|too|very|really|pretty|quite|just|kind of|kinda|rather|plain) )*$/;
const EXTRAPOSED_AFTER = /^\s*(?:to|that|why|how)\s/;

export function mildLandsOnChange(context: ToneContext, index: number, dislike: boolean): boolean {
  const token = context.tokens[index];
  if (!token) return true;
  let first = index;
  while (first > 0 && context.tokens[first - 1]?.sentence === token.sentence && index - first < 12) first--;
  const start = context.tokens[first]?.start ?? token.start;
  const before = context.lower.slice(start, token.start).replace(/[^a-z',: ]+/g, ' ').replace(/ {2,}/g, ' ').trimStart();
  if (POINTED_BY_DETERMINER.test(before)) return true;
  if (SHARED_BEFORE.test(before)) return false;
  if (POINTED_BY_PREDICATE.test(before)) return !EXTRAPOSED_AFTER.test(context.lower.slice(token.end, token.end + 8));
  if (HYPOTHETICAL_BEFORE.test(before)) return false;
  if (GENERIC_BEFORE.test(before) || BARE_PLURAL_SUBJECT.test(before)) return false;
  // "I hate doing…": a dislike of a practice, not of anyone's change.
  if (dislike && GERUND_AFTER.test(context.lower.slice(token.end, token.end + 30))) return false;
  // Said to the reader ("you wrote an ugly loop"), it lands on them whatever else the comment suggests.
  if (targetOf(context, token.start, token.end) === 'reader') return true;
  return !(context.tokens.length >= EXPLAINED_WORDS && SUGGESTION.test(context.lower));
}
