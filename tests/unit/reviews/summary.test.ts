import { describe, expect, it } from 'vitest';
import { DEFAULT_SINCE_DAYS, prUrl, sinceTime, summarise } from '../../../utils/reviews/summary';
import { DAY, NOW, fact } from './fixtures';

const SINCE = NOW - 14 * DAY;

describe('summarise', () => {
  it('says nothing without logins, or with no pull request between the two of them since then', () => {
    expect(summarise([fact()], undefined, SINCE)).toBeUndefined();
    expect(summarise([fact()], [], SINCE)).toBeUndefined();
    expect(summarise([fact({ author: 'someone-else' })], ['river-k'], SINCE)).toBeUndefined();
    expect(summarise([fact({ lastSeenAt: SINCE - 1 })], ['river-k'], SINCE)).toBeUndefined();
  });

  it('lists their pull requests the user reviewed and the user’s pull requests they reviewed, as owner/repo#N links', () => {
    const summary = summarise(
      [
        fact({ pr: 'acme/widget#7', comments: 2, labels: { praise: 1 } }),
        fact({ pr: 'acme/api#3', author: 'sam', viewerRole: 'author', reviewers: ['river-k'], lastSeenAt: NOW - 3 * DAY }),
        fact({ pr: 'acme/api#4', author: 'sam', viewerRole: 'author', reviewers: ['dana'] }),
      ],
      ['river-k'],
      SINCE,
    )!;
    expect(summary.theirPrsYouReviewed).toEqual([{ pr: 'acme/widget#7', url: 'https://github.com/acme/widget/pull/7', longThread: false, praised: true }]);
    expect(summary.yourPrsTheyReviewed.map((item) => item.pr)).toEqual(['acme/api#3']);
    expect(summary.praise).toEqual({ commented: 1, praised: 1 });
    expect(summary.prompts).toHaveLength(2);
    expect(summary.prompts[0]).toContain('acme/widget#7');
    expect(summary.prompts[1]).toContain('acme/api#3');
  });

  it('matches GitHub Enterprise logins on their own host only', () => {
    const onServer = fact({ host: 'ghe.example.com', pr: 'core/app#9' });
    expect(summarise([onServer], ['river-k'], SINCE)).toBeUndefined();
    const summary = summarise([onServer], ['ghe.example.com/river-k'], SINCE)!;
    expect(summary.theirPrsYouReviewed[0]?.url).toBe('https://ghe.example.com/core/app/pull/9');
  });

  it('puts a long thread first, as a prompt to talk it through in person', () => {
    const summary = summarise([fact({ pr: 'acme/widget#8', longThread: true, comments: 1 })], ['river-k'], SINCE)!;
    expect(summary.longThreads.map((item) => item.pr)).toEqual(['acme/widget#8']);
    expect(summary.prompts[0]).toMatch(/acme\/widget#8 ran long\. Talk it through in person/);
  });

  it('after three reviews with no praise, prompts to name what went well', () => {
    const facts = [1, 2, 3].map((n) => fact({ pr: `acme/widget#${n}`, comments: 2, labels: { suggestion: 2 }, lastSeenAt: NOW - n * DAY }));
    const summary = summarise(facts, ['river-k'], SINCE)!;
    expect(summary.praise).toEqual({ commented: 3, praised: 0 });
    expect(summary.prompts).toEqual([expect.stringMatching(/^Your last 3 reviews of their work had no praise\. .*acme\/widget#1/)]);
  });

  it('never proposes more than two prompts', () => {
    const facts = [
      fact({ pr: 'acme/widget#1', longThread: true, comments: 1 }),
      fact({ pr: 'acme/widget#2', comments: 1, labels: { praise: 1 } }),
      fact({ pr: 'acme/api#3', author: 'sam', viewerRole: 'author', reviewers: ['river-k'] }),
    ];
    expect(summarise(facts, ['river-k'], SINCE)!.prompts).toHaveLength(2);
  });
});

describe('sinceTime and prUrl', () => {
  it('uses the previous 1:1 opening, else two weeks back', () => {
    expect(sinceTime(NOW - 3 * DAY, NOW)).toBe(NOW - 3 * DAY);
    expect(sinceTime(undefined, NOW)).toBe(NOW - DEFAULT_SINCE_DAYS * DAY);
    // A time in the future is not a real opening.
    expect(sinceTime(NOW + DAY, NOW)).toBe(NOW - DEFAULT_SINCE_DAYS * DAY);
  });

  it('links to the pull request on its host', () => {
    expect(prUrl({ host: 'github.com', pr: 'acme/widget#12' })).toBe('https://github.com/acme/widget/pull/12');
  });
});
