/**
 * Keys for meetings the page gives no id for. The only stable facts left are words the page shows (the title, the
 * organizer's name), and keys are kept in settings ("not a 1:1") and history: so the words are hashed, and what is
 * stored says neither what a meeting is called nor who runs it. The same words always give the same key.
 */
export type PrivateKeySite = 'google' | 'outlook';

const MARK = '#';

/** FNV-1a over UTF-16 code units, 32 bits, from a given basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** `site:#` and 16 hex digits (two 32-bit hashes from different bases: collisions are not a practical concern). */
export function privateKey(site: PrivateKeySite, words: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${site}:${MARK}${hex(fnv1a(words, 0x811c9dc5))}${hex(fnv1a(words, 0x01000193))}`;
}

export function isPrivateKey(key: string): boolean {
  return /^(?:google|outlook):#[0-9a-f]{16}$/.test(key);
}

/**
 * A key as earlier versions stored it (`outlook:title|organizer`, `google:title`) in its hashed form; any other key
 * (a Google event id, a key already hashed) as it is.
 */
export function hideMeetingWords(key: string): string {
  const match = /^(google|outlook):(?!#[0-9a-f]{16}$)(.+)$/s.exec(key);
  return match ? privateKey(match[1] as PrivateKeySite, match[2]!) : key;
}
