/**
 * Emoji both ways: a clown, a pile of poo, an eye-roll or a facepalm aimed at a change reads as mockery; the same
 * facepalm next to "my bad" is the writer laughing at themselves. (Cheerful emoji are handled by the shouting rule:
 * they make "!!!" excitement.)
 */
import type { ToneRule } from '../types';
import { finding } from './shared';

// 🤡 💩 🙄 🤦 🖕 🤮 😒 plus the facepalm's gendered forms (the base emoji starts them).
const MOCKING = /\u{1F921}+|\u{1F4A9}+|\u{1F644}+|\u{1F926}[\u{1F3FB}-\u{1F3FF}]?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u{1F595}[\u{1F3FB}-\u{1F3FF}]?|\u{1F92E}+|\u{1F612}+/gu;
const SELF_AIMED = /\b(?:i|i'm|i've|my|me|myself|oops|sorry)\b/;

export const emojiRule: ToneRule = {
  category: 'insult',
  run(context, out) {
    const { masked, lower } = context;
    // Every emoji is outside the Basic Multilingual Plane: skip the regex when there is none.
    if (!/[\uD800-\uDBFF]/.test(masked)) return;
    MOCKING.lastIndex = 0;
    for (let match = MOCKING.exec(masked); match; match = MOCKING.exec(masked)) {
      const start = match.index;
      const end = start + match[0].length;
      const around = lower.slice(Math.max(0, start - 60), end + 60);
      if (SELF_AIMED.test(around) && !/\b(?:you|your)\b/.test(around)) continue;
      out.push(finding(context, start, end, 'insult', 'insult-emoji', 'A mocking emoji reads as an eye-roll at the author; say what you would change.', ''));
    }
  },
};
