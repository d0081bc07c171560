import { describe, expect, test } from 'vitest';
import { analyzeTone } from '../../../utils/tone/analyze';
import { checkTone, checkToneBalance } from '../../../utils/tone/check';
import { SPECIFIC_FEEDBACK_PROMPT } from '../../../utils/tone/specific-feedback';

// What the background answers the tone coach (utils/tone/check.ts). Sentences written for this test.
describe('checkTone', () => {
  test('answers with the analyzer’s findings for the draft and the user’s options', () => {
    const text = 'This refactor is pointless. Did you even run it?';
    expect(checkTone({ text, specifics: true }, {}).findings).toEqual(analyzeTone(text));
    const off = { categories: { insult: false, blame: false } };
    expect(checkTone({ text, specifics: true }, off).findings).toEqual(analyzeTone(text, off));
  });

  test('a bare verdict gets the prompt only when asked for, and never as a finding', () => {
    expect(checkTone({ text: 'This is wrong.', specifics: true }, {})).toEqual({ findings: [], prompt: SPECIFIC_FEEDBACK_PROMPT });
    expect(checkTone({ text: 'This is wrong.', specifics: false }, {})).toEqual({ findings: [] });
    // A harsh draft gets its findings, not the prompt.
    const harsh = checkTone({ text: 'This is garbage.', specifics: true }, {});
    expect(harsh.findings.length).toBeGreaterThan(0);
    expect(harsh.prompt).toBeUndefined();
  });

  test('odd requests give no findings rather than an error', () => {
    expect(checkTone({ text: 7 as unknown as string, specifics: true }, {})).toEqual({ findings: [] });
    expect(checkTone(null as unknown as { text: string; specifics: boolean }, {})).toEqual({ findings: [] });
  });
});

describe('checkToneBalance', () => {
  test('three critical comments and no praise ask for balance; one kind word is enough', () => {
    const critical = ['Rename this to match the module.', 'This leaks the handle on error.', 'Please add a test for the empty case.'];
    expect(checkToneBalance(critical)).toBe(true);
    expect(checkToneBalance([...critical, 'Nice cleanup of the parser!'])).toBe(false);
  });

  test('anything but a list of strings counts as no comments', () => {
    expect(checkToneBalance('not a list')).toBe(false);
    expect(checkToneBalance([1, 2, 3])).toBe(false);
  });
});
