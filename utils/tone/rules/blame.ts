/**
 * Blame and absolutes: pointing at the person ("you broke", "your fault") or generalising about them ("you always",
 * "you never"). Generic instructional "you" ("make sure you always close the file", "you never need to call
 * this") is left alone.
 */
import type { ToneRule } from '../types';
import { runPhraseRules, wordPattern, type PhraseRule } from './shared';

const BROKE_VERBS = String.raw`broke|ruined|screwed\s+up|messed\s+up|botched|butchered|mangled|wrecked|trashed|destroyed`;
const BROKEN_VERBS = String.raw`broken|ruined|screwed\s+up|messed\s+up|botched|butchered|mangled|wrecked|trashed|destroyed`;

// Habits a reviewer might generalise about ("you never test"), unlike code facts ("you never reset the counter").
const HABITS = String.raw`test|tests|tested|listen|listens|read|reply|respond|answer|ask|follow|care|bother|learn|think|review|forget|forgot|ignore|break|miss|rush|skip|push|complain|argue|do\s+(?:this|that|it)|make\s+(?:the\s+same|this|that)|leave|write\s+tests|run\s+(?:the\s+)?tests|update\s+the\s+docs|check`;

const RULES: readonly PhraseRule[] = [
  {
    id: 'blame-always-never',
    // "you always forget…", "you never test…"; not "if you always…", "you never know", "you always need to".
    pattern: new RegExp(
      String.raw`(?<=\b(?:you|u)\s{1,3})(?:always|never|constantly|continually|repeatedly)(?=\s+(?:${HABITS})\b)`,
      'g',
    ),
    message: '"Always"/"never" turns one change into a judgement of the person; talk about this instance.',
    rewrite: (matched) => (matched === 'never' ? "don't always" : 'sometimes'),
  },
  {
    id: 'blame-always-never',
    pattern: wordPattern(String.raw`every\s+(?:single\s+)?time\s+you|you\s+keep\s+(?:doing|breaking|making|adding|ignoring|forgetting|missing|pushing|submitting|sending)|(?:not\s+)?again\s*\?!|once\s+again\s+you`),
    message: 'Pointing at a pattern in the person feels like blame; focus on this change.',
  },
  {
    id: 'blame-why-didnt-you',
    pattern: wordPattern(String.raw`why\s+(?:didn't|did\s+not|haven't|have\s+not|hadn't|wouldn't|couldn't|weren't)\s+you`),
    message: '"Why didn\'t you…" puts the author on the defensive; suggest the change as a question.',
    rewrite: (matched) => (/didn't|did\s+not/.test(matched) ? 'could we' : undefined),
  },
  {
    id: 'blame-why-didnt-you',
    pattern: wordPattern(String.raw`why\s+(?:on\s+earth\s+|the\s+hell\s+)?would\s+(?:you|anyone|anybody|someone)\s+(?:ever\s+|even\s+)?(?:do|write|want|think|use|need|add)`),
    message: '"Why would anyone…" sounds incredulous; ask what the reason was.',
    rewrite: (matched) => `what's the reason to ${/(\w+)$/.exec(matched)?.[1] ?? 'do'}`,
  },
  {
    id: 'blame-did-you-even',
    // "did you even test this?" - the "even" is the jab.
    pattern: wordPattern(String.raw`(?:did|do|have|had|were|are)\s+you\s+even(?:\s+(?:test|tested|try|tried|run|ran|read|look|looked|check|checked|compile|compiled|build|built|bother|think|consider|open|review)(?:\s+(?:this|it|that))?)?|have\s+you\s+ever\s+(?:tested|tried|run|compiled)\s+(?:this|it)`),
    message: '"Did you even…" implies carelessness; ask how it was tested or checked.',
    rewrite: (matched) => {
      if (/\btest(?:ed)?\s+(?:this|it|that)$/.test(matched)) return 'how was this tested';
      return matched.replace(/\s+even\b/, '').replace(/\s+ever\b/, '');
    },
  },
  {
    id: 'blame-did-you-even',
    pattern: wordPattern(String.raw`did\s+you\s+not\s+(read|see|test|notice|look\s+at|run|check|try)|you\s+(?:didn't|did\s+not|never)\s+even|you\s+(?:didn't|did\s+not)\s+(?:even\s+)?bother|(?:did|do)\s+you\s+bother`),
    message: 'This reads as an accusation of carelessness; ask a neutral question instead.',
    rewrite: (matched) => {
      const verb = /^did\s+you\s+not\s+(.+)$/.exec(matched)?.[1];
      return verb ? `did you get a chance to ${verb}` : undefined;
    },
  },
  {
    id: 'blame-who-wrote',
    pattern: wordPattern(String.raw`who\s+(?:the\s+\w+\s+|on\s+earth\s+)?(?:wrote|approved|merged|thought|came\s+up\s+with|designed|decided\s+on|reviewed)\s+(?:this|that|it)(?:\s+(?:was|would\s+be)\s+a\s+good\s+idea)?|whoever\s+(?:wrote|approved|designed|thought\s+of)\s+(?:this|that|it)|what\s+(?:were|was)\s+(?:you|he|she|they|the\s+author)\s+(?:even\s+)?thinking`),
    message: 'Hunting for who is at fault makes the review personal; ask about the reasoning instead.',
    rewrite: (matched) => (/thinking$|good\s+idea$/.test(matched) ? 'what was the reasoning here' : undefined),
  },
  {
    id: 'blame-you-broke',
    pattern: wordPattern(String.raw`(?:you|u)\s+(?:${BROKE_VERBS})|(?:you|u)(?:'ve|\s+have)\s+(?:${BROKEN_VERBS})`),
    message: 'Say what the change did, not what the person did.',
    rewrite: (matched) => {
      const perfect = /^(?:you|u)(?:'ve|\s+have)\s+(.+)$/.exec(matched);
      if (perfect) return `this change has ${perfect[1]}`;
      return `this change ${matched.replace(/^(?:you|u)\s+/, '')}`;
    },
  },
  {
    id: 'blame-your-fault',
    pattern: wordPattern(String.raw`(?<!\bnot\s)(?:your|ur)\s+(?:fault|mess|screw[- ]?up)|how\s+(?:could|can)\s+you\s+(?:not|miss|forget|think|possibly|let|do\s+this|say)|how\s+did\s+you\s+(?:not|miss|forget|manage\s+to)`),
    message: 'This assigns fault to the person; describe the problem and how to fix it.',
  },
];

export const blameRule: ToneRule = {
  category: 'blame',
  run(context, out) {
    runPhraseRules(RULES, 'blame', context, out);
  },
};
