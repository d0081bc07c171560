/**
 * Targets: what a judging word is about. "This is awful" judges the author's change; "JavaScript's date handling is
 * awful" grumbles about a tool; "my first version was terrible" runs down the writer's own work. Only judgements of
 * the reader or of the reader's work are tone findings; the others are left alone (swearing is not: it reads as
 * hostile whatever it is about).
 */
import { PERSON_NOUNS, words } from './lexicon';
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
