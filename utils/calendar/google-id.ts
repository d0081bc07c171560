/**
 * Google Calendar's event ids. A chip's `data-eventid` (and the id in `/r/eventedit/ID` URLs) is unpadded
 * base64 of "EVENTID CALENDARID"; an occurrence of a recurring event has EVENTID = SERIESID_YYYYMMDDTHHMMSSZ
 * (or SERIESID_YYYYMMDD for all-day series).
 */

export interface GoogleEventId {
  /** The event id as Google stores it: the series id plus the instance suffix for recurring occurrences. */
  eventId: string;
  calendarId: string;
  /** "20261125T190000Z" (or "20261126" for all-day series) for an occurrence of a recurring event. */
  instance?: string;
  /** The event id without the instance suffix: the same for every occurrence of a series. */
  seriesId: string;
}

const INSTANCE_SUFFIX = /_(\d{8}(?:T\d{6}Z?)?)$/;
const EVENT_ID = /^[A-Za-z0-9_-]{3,}$/;

export function decodeGoogleEventId(encoded: string | null | undefined): GoogleEventId | undefined {
  try {
    if (!encoded) return undefined;
    const text = decodeBase64(encoded.trim());
    if (text === undefined) return undefined;
    const space = text.indexOf(' ');
    if (space <= 0) return undefined;
    const eventId = text.slice(0, space);
    const calendarId = text.slice(space + 1).trim();
    if (!EVENT_ID.test(eventId) || !calendarId || /[\s\u0000-\u001f]/.test(calendarId)) return undefined;
    return { eventId, calendarId, ...splitInstance(eventId) };
  } catch {
    return undefined;
  }
}

/** The inverse, as Google writes it (standard alphabet, no padding). Used by fixtures and tests. */
export function encodeGoogleEventId(eventId: string, calendarId: string): string {
  const bytes = new TextEncoder().encode(`${eventId} ${calendarId}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, '');
}

/** Split "abc_20261125T190000Z" into the series id and the instance. */
export function splitInstance(eventId: string): { seriesId: string; instance?: string } {
  const match = INSTANCE_SUFFIX.exec(eventId);
  if (!match) return { seriesId: eventId };
  return { seriesId: eventId.slice(0, match.index), instance: match[1] };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 (standard or URL-safe, padded or not) to UTF-8 text; undefined for anything else. */
function decodeBase64(input: string): string | undefined {
  const clean = input.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]+$/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    buffer = ((buffer << 6) | ALPHABET.indexOf(char)) & 0x3fff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
