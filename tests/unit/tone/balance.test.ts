import { BALANCE_MIN_COMMENTS, isPositiveComment, needsBalanceNudge } from '../../../utils/tone/balance';

describe('isPositiveComment', () => {
  it.each([
    'Thanks for adding the tests!',
    'Thank you, this is much clearer.',
    'Nice!',
    'Nice catch.',
    'Great work on the refactor.',
    'I love how small this change is.',
    'Love this.',
    'Well done.',
    'This looks great.',
    'LGTM',
    'praise: the fixtures read like documentation',
    '**praise:** lovely naming',
    '👍',
    ':+1: ship it',
    'Much cleaner than before.',
  ])('counts %j', (text) => {
    expect(isPositiveComment(text)).toBe(true);
  });

  it.each([
    'This is wrong.',
    'It would be nice to have a benchmark.',
    'Nice to have, not required.',
    'Not great: this allocates on every call.',
    "This doesn't look good to me.",
    'Great job breaking the build.',
    'Nice one, the tests fail again.',
    'nit: rename',
    '```\n// thanks, compiler\n```\nThis leaks.',
    '',
  ])('does not count %j', (text) => {
    expect(isPositiveComment(text)).toBe(false);
  });
});

describe('needsBalanceNudge', () => {
  const critical = ['This leaks the handle.', 'Rename this to something clearer.', 'Why two caches?'];

  it('nudges after three critical comments with no praise', () => {
    expect(BALANCE_MIN_COMMENTS).toBe(3);
    expect(needsBalanceNudge(critical)).toBe(true);
  });

  it('does not nudge with fewer than three comments', () => {
    expect(needsBalanceNudge(critical.slice(0, 2))).toBe(false);
    expect(needsBalanceNudge([...critical.slice(0, 2), '   ', ''])).toBe(false);
  });

  it('does not nudge when any comment is positive', () => {
    expect(needsBalanceNudge([...critical, 'Nice catch on the race, by the way.'])).toBe(false);
    expect(needsBalanceNudge([...critical, 'praise: great test names'])).toBe(false);
  });

  it('is not fooled by sarcastic praise', () => {
    expect(needsBalanceNudge([...critical, 'Great job breaking the build.'])).toBe(true);
  });
});
