/**
 * Conventional Comments (conventionalcomments.org): a review comment that starts with a label saying what kind of
 * remark it is, optional decorations saying whether it blocks, then the subject:
 *
 *   suggestion (non-blocking): extract this into a helper?
 *
 * Labelling makes intent explicit, which takes much of the sting out of terse review comments.
 */

export const CONVENTIONAL_LABELS = [
  'praise',
  'nitpick',
  'suggestion',
  'issue',
  'question',
  'thought',
  'todo',
  'chore',
  'note',
] as const;
export type ConventionalLabel = (typeof CONVENTIONAL_LABELS)[number];

export const CONVENTIONAL_DECORATIONS = ['non-blocking', 'blocking', 'if-minor'] as const;
export type ConventionalDecoration = (typeof CONVENTIONAL_DECORATIONS)[number];

export interface ParsedConventionalLabel {
  label: ConventionalLabel;
  /** Decorations as written, lowercased; may include ones outside CONVENTIONAL_DECORATIONS (e.g. "security"). */
  decorations: string[];
  /** The comment after the label, with the space after the colon removed. */
  subject: string;
  /** Length of the leading label part (whitespace, label, decorations, colon, following spaces). */
  prefixLength: number;
}

/** Short forms people type that mean a standard label. */
const ALIASES: Readonly<Record<string, ConventionalLabel>> = { nit: 'nitpick', q: 'question', 'to-do': 'todo' };

// Optional markdown bold around the label ("**suggestion (non-blocking):**"), then label, decorations, colon.
const LEADING_LABEL = /^\s*(\*\*|__)?([a-z][a-z-]*)\s*(?:\(([^()\n]*)\))?\s*:(\*\*|__)?[ \t]*/i;

function toLabel(word: string): ConventionalLabel | undefined {
  const lower = word.toLowerCase();
  if ((CONVENTIONAL_LABELS as readonly string[]).includes(lower)) return lower as ConventionalLabel;
  return ALIASES[lower];
}

/** The comment's leading Conventional Comments label, or undefined when it has none. */
export function parseConventionalLabel(text: string): ParsedConventionalLabel | undefined {
  if (typeof text !== 'string') return undefined;
  const match = LEADING_LABEL.exec(text);
  if (!match) return undefined;
  const [whole, openBold, word = '', decorationList, closeBold] = match;
  // Bold must open and close together, or the colon belongs to ordinary prose.
  if (Boolean(openBold) !== Boolean(closeBold)) return undefined;
  const label = toLabel(word);
  if (!label) return undefined;
  const decorations = (decorationList ?? '')
    .split(',')
    .map((decoration) => decoration.trim().toLowerCase())
    .filter(Boolean);
  return { label, decorations, subject: text.slice(whole.length), prefixLength: whole.length };
}

/**
 * Put `label (decoration, …): ` at the start of the comment. An existing leading label (including the common "nit:")
 * is replaced rather than stacked, so choosing a label twice never gives "issue: nitpick: …".
 */
export function applyConventionalLabel(text: string, label: ConventionalLabel, decorations: readonly string[] = []): string {
  const source = typeof text === 'string' ? text : '';
  const existing = parseConventionalLabel(source);
  const subject = existing ? existing.subject : source.replace(/^\s+/, '');
  const unique: string[] = [];
  for (const decoration of decorations) {
    const clean = decoration.trim().toLowerCase();
    if (clean && !unique.includes(clean)) unique.push(clean);
  }
  const decorationPart = unique.length ? ` (${unique.join(', ')})` : '';
  return `${label}${decorationPart}: ${subject}`;
}
