import { hideMeetingWords, isPrivateKey, privateKey } from '../../../utils/calendar/private-key';
import { upgradeStoredSettings } from '../../../utils/storage/legacy';
import { defaultSettings } from '../../../utils/settings';
import { CALENDAR_FIXTURES } from '../../fixtures/calendar';
import { readCalendarEvent } from './read-any-calendar';
import { fixtureDocument } from './helpers';

describe('keys for meetings without an id', () => {
  test('are stable, differ by words, and hold none of them', () => {
    const key = privateKey('outlook', 'morgan dana 1 1|morgan chen');
    expect(key).toBe(privateKey('outlook', 'morgan dana 1 1|morgan chen'));
    expect(key).not.toBe(privateKey('outlook', 'morgan dana 1 1|dana reyes'));
    expect(key).not.toBe(privateKey('google', 'morgan dana 1 1|morgan chen'));
    expect(key).toMatch(/^outlook:#[0-9a-f]{16}$/);
    expect(isPrivateKey(key)).toBe(true);
    expect(key).not.toMatch(/morgan|dana|chen/);
  });

  test('keys stored by earlier versions are hashed the same way; ids and hashed keys stay as they are', () => {
    expect(hideMeetingWords('outlook:weekly sync|morgan chen')).toBe(privateKey('outlook', 'weekly sync|morgan chen'));
    expect(hideMeetingWords('google:team standup')).toBe(privateKey('google', 'team standup'));
    const hashed = privateKey('google', 'x');
    expect(hideMeetingWords(hashed)).toBe(hashed);
    expect(hideMeetingWords('3k9v1q0t5m2h6r8c4p7n0s1d2f')).toBe('3k9v1q0t5m2h6r8c4p7n0s1d2f');
  });

  test('stored settings lose the titles and names in their "not a 1:1" keys on upgrade, duplicates merged', () => {
    const stored = {
      ...defaultSettings(),
      notOneOnOne: ['outlook:weekly sync|morgan chen', privateKey('outlook', 'weekly sync|morgan chen'), 'abc123eventid'],
    };
    const upgraded = upgradeStoredSettings(stored);
    expect(upgraded.notOneOnOne).toEqual([privateKey('outlook', 'weekly sync|morgan chen'), 'abc123eventid']);
    expect(JSON.stringify(upgraded)).not.toMatch(/weekly sync|morgan/);
  });
});

describe('event keys read from the fixtures', () => {
  test.each(CALENDAR_FIXTURES.map((f) => [f.file, f] as const))('%s: no key holds the title', (_file, fixture) => {
    const event = readCalendarEvent(fixtureDocument(fixture.file), new URL(fixture.url))!;
    const title = event.title.toLowerCase();
    for (const key of [event.key, event.seriesKey]) {
      expect(key.toLowerCase()).not.toContain(title);
    }
  });
});
