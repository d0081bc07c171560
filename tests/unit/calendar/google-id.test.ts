import { decodeGoogleEventId, encodeGoogleEventId, splitInstance } from '../../../utils/calendar/google-id';
import { fixtureDocument } from './helpers';

describe('decodeGoogleEventId', () => {
  it('reads a single event id', () => {
    // base64("3k9v1q0t5m2h6r8c4p7n0s1d2f dana@example.com"), unpadded as Calendar writes it
    expect(decodeGoogleEventId('M2s5djFxMHQ1bTJoNnI4YzRwN24wczFkMmYgZGFuYUBleGFtcGxlLmNvbQ')).toEqual({
      eventId: '3k9v1q0t5m2h6r8c4p7n0s1d2f',
      calendarId: 'dana@example.com',
      seriesId: '3k9v1q0t5m2h6r8c4p7n0s1d2f',
    });
  });

  it('splits a recurring occurrence into series and instance', () => {
    const encoded = encodeGoogleEventId('7m4c2k9p1v0s3h5r8t6n2q1b4d_20261125T220000Z', 'dana@example.com');
    expect(decodeGoogleEventId(encoded)).toEqual({
      eventId: '7m4c2k9p1v0s3h5r8t6n2q1b4d_20261125T220000Z',
      calendarId: 'dana@example.com',
      instance: '20261125T220000Z',
      seriesId: '7m4c2k9p1v0s3h5r8t6n2q1b4d',
    });
  });

  it('splits all-day series occurrences (date-only suffix)', () => {
    expect(splitInstance('abc123def_20261126')).toEqual({ seriesId: 'abc123def', instance: '20261126' });
    expect(splitInstance('abc123def')).toEqual({ seriesId: 'abc123def' });
  });

  it('accepts padded and URL-safe base64', () => {
    const plain = btoa('evt_one1 team-cal@group.calendar.google.com');
    expect(plain.endsWith('=')).toBe(true);
    expect(decodeGoogleEventId(plain)?.calendarId).toBe('team-cal@group.calendar.google.com');
    const urlSafe = plain.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(decodeGoogleEventId(urlSafe)?.eventId).toBe('evt_one1');
  });

  it('handles non-ASCII calendar ids', () => {
    const encoded = encodeGoogleEventId('evt42abc', 'zoë@example.com');
    expect(decodeGoogleEventId(encoded)?.calendarId).toBe('zoë@example.com');
  });

  it('returns undefined for anything else', () => {
    for (const value of ['', '   ', 'not base64!', 'abc', btoa('no-space-here'), btoa(' leading@example.com'), btoa('id\u0001 x@example.com'), btoa('ok id\ttab'), '\u00ff\u00fe', null, undefined]) {
      expect(decodeGoogleEventId(value as string)).toBeUndefined();
    }
    // Bytes that are not UTF-8
    expect(decodeGoogleEventId(btoa('evt1 \xff\xfe@x'))).toBeUndefined();
  });

  it('round-trips with encodeGoogleEventId', () => {
    for (const [id, cal] of [
      ['a1b2c3', 'x@example.com'],
      ['q_20260101T000000Z', 'en.usa#holiday@group.v.calendar.google.com'],
    ] as const) {
      const decoded = decodeGoogleEventId(encodeGoogleEventId(id, cal));
      expect([decoded?.eventId, decoded?.calendarId]).toEqual([id, cal]);
    }
  });

  it('decodes every chip in the Google fixtures', () => {
    const chips = Array.from(fixtureDocument('google-popup-hostile.html').querySelectorAll('[data-eventchip]'));
    expect(chips.length).toBeGreaterThanOrEqual(7);
    for (const chip of chips) {
      const decoded = decodeGoogleEventId(chip.getAttribute('data-eventid'));
      expect(decoded?.calendarId).toBe('dana@example.com');
      expect(decoded?.eventId).toMatch(/^[a-v0-9]{26}(_\d{8}T\d{6}Z)?$/);
    }
  });
});
