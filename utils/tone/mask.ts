/**
 * Masking: blank out the parts of a review comment that are not the reviewer's own prose (code, quoted
 * replies, links, identifiers) so the rules never judge them. Every masked character becomes a space and line
 * breaks are kept, so the masked text has exactly the same length and every offset found in it is valid in the
 * original text.
 */

// Fenced blocks: an opening fence of 3+ backticks or tildes, up to a closing fence of the same character (or the
// end of the text, as CommonMark does for an unclosed fence).
const FENCED_BLOCK = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n[\s\S]*?(?:\n[ \t]{0,3}\1[`~]*[ \t]*(?=\n|$)|$(?![\s\S]))|$(?![\s\S]))/gm;

// A quoted line from the comment being answered ("> you wrote this").
const QUOTED_LINE = /^[ \t]*>[^\n]*/gm;

// Inline code spans on one line: `x` or ``x ` y``. Quantifiers are bounded and a span must start at the first
// backtick of a run, so a pasted line of thousands of backticks stays linear.
const INLINE_CODE = /(?<!`)(`{1,3})(?!`)(?:[^\n]{0,400}?[^`\n])?\1(?!`)/g;

/**
 * Things that look like code or addresses inside prose, in one pass:
 * URLs, e-mail addresses, C++/Rust paths (a::b), file paths (src/x.ts, /dev/null), dotted names (os.kill, foo.py),
 * snake_case, camelCase and PascalCase-with-humps identifiers, and a name directly followed by "(" (abort(), kill(pid)).
 * Note "and/or"-style pairs are masked too, which is harmless. Quantifiers that could rescan a long run of
 * characters from every position are bounded, so pasted logs stay linear.
 */
const CODE_LIKE = new RegExp(
  [
    String.raw`\b(?:[a-z][a-z0-9+.-]{0,20}:\/\/|www\.)[^\s<>()"'\x60]+`,
    String.raw`\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+`,
    String.raw`\b\w+::(?:\w+(?:::\w+)*)?`,
    String.raw`(?:\B[~.]{0,2}\/|\b[\w.~-]{1,100}\/)[\w.~\/-]*\w`,
    String.raw`\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b`,
    String.raw`\b\w*[A-Za-z0-9]_\w*|\b_+[A-Za-z0-9]\w*`,
    String.raw`\b[a-z]+[A-Z]\w*`,
    String.raw`\b[A-Z]+[a-z0-9]+[A-Z]\w*`,
    String.raw`\b\w+(?=\()`,
  ].join('|'),
  'g',
);

const NOT_NEWLINE = /[^\n]/g;

function blank(segment: string): string {
  return segment.replace(NOT_NEWLINE, ' ');
}

/** Same-length copy of `text` with code, quotes, URLs and identifiers replaced by spaces. */
export function maskNonProse(text: string): string {
  let masked = text;
  if (masked.includes('```') || masked.includes('~~~')) masked = masked.replace(FENCED_BLOCK, blank);
  if (masked.includes('>')) masked = masked.replace(QUOTED_LINE, blank);
  if (masked.includes('`')) masked = masked.replace(INLINE_CODE, blank);
  return masked.replace(CODE_LIKE, blank);
}
