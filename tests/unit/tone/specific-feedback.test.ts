import { analyzeTone } from '../../../utils/tone/analyze';
import { isBareVerdict } from '../../../utils/tone/specific-feedback';

describe('bare verdicts get the prompt for specifics', () => {
  test.each(['This is wrong.', "Doesn't work.", 'No.', 'Nope.', 'Incorrect.', "That's not right.", "I don't like this.", '-1', 'No. This is wrong.', 'Not needed.'])(
    '%j is a bare verdict, and not a tone finding',
    (text) => {
      expect(isBareVerdict(text)).toBe(true);
      expect(analyzeTone(text)).toEqual([]);
    },
  );

  test.each([
    'This is wrong: the loop skips the last element.',
    'This is wrong because the index starts at 1.',
    'Is this wrong?',
    'No, this needs a migration first.',
    'This is wrong, use `x` instead.',
    'Wrong constant.',
    'LGTM',
    'Thanks!',
    'No worries!',
    '> This is wrong.',
    '',
  ])('%j gives a reason, a question, a pointer or no verdict', (text) => {
    expect(isBareVerdict(text)).toBe(false);
  });

  test('odd input is never a bare verdict', () => {
    expect(isBareVerdict(undefined as unknown as string)).toBe(false);
    expect(isBareVerdict('No. '.repeat(50))).toBe(false);
  });
});
