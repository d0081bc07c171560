import { describe, expect, it } from 'vitest';
import { hasLogin, parseLoginEntry, parseLoginList, personWithLogin } from '../../../utils/reviews/logins';
import { afterOpening } from '../../../utils/reviews/one-on-one-memory';
import { isUpcoming, upcomingMeetingLine } from '../../../utils/reviews/upcoming';
import { DAY, NOW } from './fixtures';

describe('GitHub logins on people', () => {
  it('reads github.com logins and host/login for GitHub Enterprise, lowercased, @ allowed', () => {
    expect(parseLoginEntry('@River-K')).toEqual({ host: 'github.com', login: 'river-k' });
    expect(parseLoginEntry('https://GHE.example.com/river')).toEqual({ host: 'ghe.example.com', login: 'river' });
    expect(parseLoginEntry('not a login')).toBeUndefined();
    expect(parseLoginEntry('-leading')).toBeUndefined();
    expect(parseLoginEntry('double--dash')).toBeUndefined();
  });

  it('splits a typed list, drops repeats and names what is not a login', () => {
    expect(parseLoginList('river-k, ghe.example.com/river  River-K bad_login')).toEqual({
      entries: ['river-k', 'ghe.example.com/river'],
      invalid: ['bad_login'],
    });
  });

  it('finds the person with a login on the right host only', () => {
    const people = [
      { id: 'a', githubLogins: ['river-k'] },
      { id: 'b', githubLogins: ['ghe.example.com/dana'] },
    ];
    expect(personWithLogin(people, 'github.com', 'River-K')?.id).toBe('a');
    expect(personWithLogin(people, 'ghe.example.com', 'dana')?.id).toBe('b');
    expect(personWithLogin(people, 'github.com', 'dana')).toBeUndefined();
    expect(hasLogin(undefined, 'github.com', 'river-k')).toBe(false);
  });
});

describe('1:1 openings', () => {
  it('gives a new occurrence the opening before it as its “since”, and keeps it when the same one is reopened', () => {
    const first = afterOpening(undefined, 'p1', 'event-1', NOW - 7 * DAY, undefined);
    expect(first.previousOpenedAt).toBeUndefined();
    const second = afterOpening(first, 'p1', 'event-2', NOW, undefined);
    expect(second).toMatchObject({ eventKey: 'event-2', openedAt: NOW, previousOpenedAt: NOW - 7 * DAY });
    const again = afterOpening(second, 'p1', 'event-2', NOW + 60_000, undefined);
    expect(again).toMatchObject({ openedAt: NOW, previousOpenedAt: NOW - 7 * DAY });
  });

  it('keeps the soonest upcoming start within a week, and forgets one that has passed', () => {
    const seen = afterOpening(undefined, 'p1', 'e', NOW, NOW + 3 * DAY);
    expect(seen.nextStart).toBe(NOW + 3 * DAY);
    expect(afterOpening(seen, 'p1', 'e2', NOW, NOW + 2 * DAY).nextStart).toBe(NOW + 2 * DAY);
    expect(afterOpening(seen, 'p1', 'e3', NOW, NOW + 8 * DAY).nextStart).toBe(NOW + 3 * DAY);
    expect(afterOpening(seen, 'p1', 'e4', NOW + 4 * DAY, undefined).nextStart).toBeUndefined();
  });
});

describe('the popup line', () => {
  it('says today, tomorrow or the weekday', () => {
    const now = new Date(2026, 10, 16, 9).getTime(); // a Monday, local time
    expect(upcomingMeetingLine('Sam', new Date(2026, 10, 16, 15).getTime(), now, 'en-US')).toBe('You meet Sam today');
    expect(upcomingMeetingLine('Sam', new Date(2026, 10, 17, 10).getTime(), now, 'en-US')).toBe('You meet Sam tomorrow');
    expect(upcomingMeetingLine('Sam', new Date(2026, 10, 19, 10).getTime(), now, 'en-US')).toBe('You meet Sam on Thursday');
  });

  it('counts the next seven days only', () => {
    expect(isUpcoming(NOW + DAY, NOW)).toBe(true);
    expect(isUpcoming(NOW - 1, NOW)).toBe(false);
    expect(isUpcoming(NOW + 8 * DAY, NOW)).toBe(false);
  });
});
