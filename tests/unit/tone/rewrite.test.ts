import { analyzeTone, applyRewrite } from '../../../utils/tone/analyze';
import type { ToneFinding } from '../../../utils/tone/types';

/**
 * Test helper (the coach offers one rewrite at a time, so Leadway ships no "fix all"): apply every finding that
 * has a rewrite. Where findings overlap, the earlier (then wider) one wins; the chosen ones
 * are applied last first, so earlier offsets stay valid.
 */
function applyAllRewrites(text: string, findings: readonly ToneFinding[]): string {
  const candidates = findings.filter((item) => item.rewrite !== undefined).sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: ToneFinding[] = [];
  let reached = -1;
  for (const item of candidates) {
    if (item.start < reached) continue;
    chosen.push(item);
    reached = item.end;
  }
  let result = text;
  for (let i = chosen.length - 1; i >= 0; i--) result = applyRewrite(result, chosen[i] as ToneFinding);
  return result;
}

/** Apply every suggested rewrite, the way a "fix all" button would. */
function kinder(text: string): string {
  return applyAllRewrites(text, analyzeTone(text));
}

describe('rewrites produce kinder text', () => {
  it.each([
    ['This is obviously wrong.', 'This is wrong.'],
    ['This is, obviously, wrong.', 'This is wrong.'],
    ['Damn, this breaks on Windows.', 'This breaks on Windows.'],
    ['Damn it, this broke.', 'This broke.'],
    ['This is too damn big.', 'This is too big.'],
    ['What the hell is this?', 'What is this?'],
    ['This sucks.', "This isn't great."],
    ['Java has a class to handle this crap.', 'Java has a class to handle this stuff.'],
    ['This is crap, start over.', 'This is not great, start over.'],
    ['This is a piece of crap.', 'This is a rough draft.'],
    ['The naming is brain-dead.', 'The naming is confusing.'],
    ['I hate this pattern.', 'I dislike this pattern.'],
    ['Did you even test this?', 'How was this tested?'],
    ['Did you even read the ticket?', 'Did you read the ticket?'],
    ['Did you not read my comment?', 'Did you get a chance to read my comment?'],
    ['You always forget the changelog.', 'You forget the changelog.'],
    ['You never write tests.', 'You never write tests.'],
    ["Why didn't you run the linter?", 'Could we run the linter?'],
    ['You broke the build again.', 'This change broke the build again.'],
    ["You've broken the release branch.", 'This change has broken the release branch.'],
    ['What were you thinking?', 'What was the reasoning here?'],
    ['Great job breaking the build.', 'This change breaks the build.'],
    ['Thanks for breaking prod.', 'This change breaks prod.'],
    ['Nice one, the tests fail again.', 'The tests fail again.'],
    ['Any idiot knows floats are inexact.', "It's worth noting floats are inexact."],
    ['Stop arguing and just fix it.', 'Stop arguing and fix it.'],
    ['No offense, but this design does not scale.', 'This design does not scale.'],
    ['WHY IS THIS STILL HERE', 'Why is this still here'],
    ['This is WRONG.', 'This is wrong.'],
    ['Did you run the tests?!', 'Did you run the tests?'],
    ['Fix the formatting!!!', 'Fix the formatting.'],
    ['Change this.', "I'd suggest we change this, because …"],
    ["Don't do this.", "I'd suggest we don't do this, because …"],
  ])('%j -> %j', (text, expected) => {
    expect(kinder(text)).toBe(expected);
  });

  it('leaves no flagged wording behind in a many-issue comment', () => {
    const text = 'Damn. Did you even test this? This is obviously wrong and the naming is brain-dead!!!';
    const rewritten = kinder(text);
    expect(rewritten).toBe('How was this tested? This is wrong and the naming is confusing.');
    expect(analyzeTone(rewritten)).toEqual([]);
  });
});

describe('applyRewrite', () => {
  const finding = (start: number, end: number, rewrite?: string): ToneFinding => ({
    start,
    end,
    category: 'insult',
    ruleId: 'test',
    message: 'test',
    ...(rewrite === undefined ? {} : { rewrite }),
  });

  it('replaces exactly the finding’s words', () => {
    expect(applyRewrite('abc stupid def', finding(4, 10, 'odd'))).toBe('abc odd def');
  });

  it('tidies spaces, commas and capitals when deleting', () => {
    expect(applyRewrite('Oh damn.', finding(3, 7, ''))).toBe('Oh.');
    expect(applyRewrite('Well damn it works', finding(5, 9, ''))).toBe('Well it works');
    expect(applyRewrite('Fine. Damn, it broke.', finding(6, 10, ''))).toBe('Fine. It broke.');
  });

  it('leaves the text alone without a rewrite or with a finding that no longer fits', () => {
    expect(applyRewrite('This is stupid.', finding(8, 14))).toBe('This is stupid.');
    expect(applyRewrite('short', finding(3, 40, 'x'))).toBe('short');
    expect(applyRewrite('short', finding(4, 2, 'x'))).toBe('short');
  });
});

describe('applyAllRewrites', () => {
  it('applies from the end so earlier offsets stay valid, skipping overlaps and findings without rewrites', () => {
    const text = 'one two three four';
    const findings: ToneFinding[] = [
      { start: 0, end: 3, category: 'insult', ruleId: 'a', message: 'm', rewrite: '1' },
      { start: 4, end: 13, category: 'insult', ruleId: 'b', message: 'm', rewrite: '2-3' },
      { start: 8, end: 13, category: 'insult', ruleId: 'c', message: 'm', rewrite: 'THREE' },
      { start: 14, end: 18, category: 'insult', ruleId: 'd', message: 'm' },
    ];
    expect(applyAllRewrites(text, findings)).toBe('1 2-3 four');
  });

  it('returns the text unchanged when there is nothing to apply', () => {
    expect(applyAllRewrites('All good here.', [])).toBe('All good here.');
  });
});
