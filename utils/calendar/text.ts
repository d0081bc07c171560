/** Small text helpers shared by the readers, the classifier and counterpart matching. */

/** Collapse whitespace (including the no-break and narrow no-break spaces calendars put in times) and trim. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u202f\u2007]+/g, ' ')
    .trim();
}

// The lookbehind makes a match start only at the beginning of a run, keeping the search linear on long junk.
const EMAIL_PATTERN = /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,24}/;
const EMAIL_ONLY = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,24}$/;

/** Labels and lines on calendar pages are short; longer text is cut before any pattern runs on it. */
export const MAX_TEXT = 2000;

export function findEmail(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  return EMAIL_PATTERN.exec(text.slice(0, MAX_TEXT))?.[0];
}

export function isEmail(text: string | null | undefined): boolean {
  return !!text && text.length <= 400 && EMAIL_ONLY.test(text.trim());
}

/**
 * A name reduced to what two spellings of it share: no accents, no case, no punctuation, no
 * "(she/her)"-style suffixes, and "Chen, Morgan" turned into "morgan chen".
 */
export function normaliseName(name: string | null | undefined): string {
  let text = cleanText(name);
  if (!text) return '';
  // Pronouns, teams and other parentheticals are not part of the name.
  text = text.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
  // Directory style "Last, First" (exactly one comma, short sides) reads as "First Last".
  const parts = text.split(',');
  if (parts.length === 2) {
    const [last, first] = parts.map((part) => part.trim());
    if (last && first && last.split(' ').length <= 2 && first.split(' ').length <= 2) text = `${first} ${last}`;
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Kana voicing marks are not accents: put "ボ" back together rather than splitting it into "ホ ゙".
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The first word of a normalised name. */
export function firstNameOf(name: string | null | undefined): string {
  return normaliseName(name).split(' ')[0] ?? '';
}

/** A readable name for an email address when the page shows nothing better ("morgan.chen@…" -> "Morgan Chen"). */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
