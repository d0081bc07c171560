/**
 * Blame and absolutes: pointing at the person ("you broke", "your fault") or generalising about them ("you always",
 * "you never"). Generic instructional "you" ("make sure you always close the file", "you never need to call
 * this") is left alone.
 */
import type { ToneRule } from '../types';
import { phrasePattern, runPhraseRules, wordPattern, type PhraseRule } from './shared';

// Past forms of damaging something that serve both "you ruined" and "you've ruined".
const DAMAGED = 'ruined|screwed up|messed up|botched|butchered|mangled|wrecked|trashed|destroyed';

// Habits a reviewer might generalise about ("you never test"), unlike code facts ("you never reset the counter").
const HABITS = `test|tests|tested|listen|listens|read|reply|respond|answer|ask|follow|care|bother|learn|think|review|forget|forgot|ignore|break|miss|rush|skip|push|complain|argue|do (this|that|it)|make (the same|this|that)|leave|write tests|run (the )?tests|update the docs|check`;

const RULES: readonly PhraseRule[] = [
  {
    id: 'blame-always-never',
    // "you always forget…", "you never test…"; not "if you always…", "you never know", "you always need to".
    pattern: phrasePattern(String.raw`(?<=\b(you|u)\s{1,3})(always|never|constantly|continually|repeatedly)(?= (${HABITS})\b)`),
    message: '"Always"/"never" turns one change into a judgement of the person; talk about this instance.',
    // Dropping "always" leaves the claim about this change; dropping "never" would reverse it, so no rewrite.
    rewrite: (matched) => (matched === 'never' ? undefined : ''),
  },
  {
    id: 'blame-always-never',
    pattern: wordPattern(String.raw`every (single )?time you|you keep (doing|breaking|making|adding|ignoring|forgetting|missing|pushing|submitting|sending)|(not )?again\s*\?!|once again you`),
    message: 'Pointing at a pattern in the person feels like blame; focus on this change.',
  },
  {
    id: 'blame-why-didnt-you',
    pattern: wordPattern(`why (didn't|did not|haven't|have not|hadn't|wouldn't|couldn't|weren't) you`),
    message: '"Why didn\'t you…" puts the author on the defensive; suggest the change as a question.',
    rewrite: (matched) => (/didn't|did\s+not/.test(matched) ? 'could we' : undefined),
  },
  {
    id: 'blame-why-didnt-you',
    pattern: wordPattern(`why (on earth |the hell )?would (you|anyone|anybody|someone) (ever |even )?(do|write|want|think|use|need|add)`),
    message: '"Why would anyone…" sounds incredulous; ask what the reason was.',
    rewrite: (matched) => `what's the reason to ${/(\w+)$/.exec(matched)?.[1] ?? 'do'}`,
  },
  {
    id: 'blame-did-you-even',
    // "did you even test this?" - the "even" is the jab.
    pattern: wordPattern(`(did|do|have|had|were|are) you even( (test|tested|try|tried|run|ran|read|look|looked|check|checked|compile|compiled|build|built|bother|think|consider|open|review)( (this|it|that))?)?|have you ever (tested|tried|run|compiled) (this|it)`),
    message: '"Did you even…" implies carelessness; ask how it was tested or checked.',
    rewrite: (matched) => {
      if (/\btest(?:ed)?\s+(?:this|it|that)$/.test(matched)) return 'how was this tested';
      return matched.replace(/\s+even\b/, '').replace(/\s+ever\b/, '');
    },
  },
  {
    id: 'blame-did-you-even',
    pattern: wordPattern(`did you not (read|see|test|notice|look at|run|check|try)|you (didn't|did not|never) even|you (didn't|did not) (even )?bother|(did|do) you bother`),
    message: 'This reads as an accusation of carelessness; ask a neutral question instead.',
    rewrite: (matched) => {
      const verb = /^did\s+you\s+not\s+(.+)$/.exec(matched)?.[1];
      return verb ? `did you get a chance to ${verb}` : undefined;
    },
  },
  {
    id: 'blame-who-wrote',
    pattern: wordPattern(String.raw`who (the \w+ |on earth )?(wrote|approved|merged|thought|came up with|designed|decided on|reviewed) (this|that|it)( (was|would be) a good idea)?|whoever (wrote|approved|designed|thought of) (this|that|it)|what (were|was) (you|he|she|they|the author) (even )?thinking`),
    message: 'Hunting for who is at fault makes the review personal; ask about the reasoning instead.',
    rewrite: (matched) => (/thinking$|good\s+idea$/.test(matched) ? 'what was the reasoning here' : undefined),
  },
  {
    id: 'blame-you-broke',
    pattern: wordPattern(`(you|u) (broke|${DAMAGED})|(you|u)('ve| have) (broken|${DAMAGED})`),
    message: 'Say what the change did, not what the person did.',
    rewrite: (matched) => {
      const perfect = /^(?:you|u)(?:'ve|\s+have)\s+(.+)$/.exec(matched);
      if (perfect) return `this change has ${perfect[1]}`;
      return `this change ${matched.replace(/^(?:you|u)\s+/, '')}`;
    },
  },
  {
    id: 'blame-your-fault',
    pattern: wordPattern(String.raw`(?<!\bnot\s)(your|ur) (fault|mess|screw[- ]?up)|how (could|can) you (not|miss|forget|think|possibly|let|do this|say)|how did you (not|miss|forget|manage to)`),
    message: 'This assigns fault to the person; describe the problem and how to fix it.',
  },
];

export const blameRule: ToneRule = {
  category: 'blame',
  run(context, out) {
    runPhraseRules(RULES, 'blame', context, out);
  },
};
