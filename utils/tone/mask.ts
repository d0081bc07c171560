/**
 * Masking: blank out the parts of a review comment that are not the reviewer's own prose (code, quoted
 * replies, links, identifiers) so the rules never judge them. Every masked character becomes a space and line
 * breaks are kept, so the masked text has exactly the same length and every offset found in it is valid in the
 * original text.
 */

// Fenced blocks: an opening fence of 3+ backticks or tildes, up to a closing fence of the same character (or the
// end of the text, as CommonMark does for an unclosed fence).
const FENCED_BLOCK = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n[\s\S]*?(?:\n[ \t]{0,3}\1[`~]*[ \t]*(?=\n|$)|$(?![\s\S]))|$(?![\s\S]))/gm;

// A quoted line from the comment being answered ("> you wrote this"), also when the quote starts mid-line after a
// colon or a sentence ("Re your review: > this is pointless"). A ">" inside a sentence ("a > b") is not a quote.
const QUOTED_LINE = /(?:^|(?<=[:.!?][ \t]{0,3}))[ \t]*>[ \t][^\n]*|^[ \t]*>[^\n]*/gm;

// Someone else's words in quotation marks, on one line, introduced as such: a reporting word or a colon right before
// the quote (Quoting the ticket: "the export is broken and useless"; the old log line said "stupid user error").
// Other quoted words are often the writer's own ("instead of "screwing with us"", scare quotes around "clean" code)
// and can carry the jab themselves, so they stay.
const QUOTED_SPAN = /(["“])([^"“”\n]{1,300}?)(["”])/g;
const REPORTED_BEFORE = /(?:\b(?:said|says|wrote|writes|reads|read|quote|quoting|quoted|replied|asked|commented|complained|message|string|text|title|error|warning|output|prints?|printed|shows?|showed)|:)\s*$/i;

function blankQuotedSpans(text: string): string {
  return text.replace(QUOTED_SPAN, (span: string, _open: string, _inner: string, _close: string, at: number) =>
    REPORTED_BEFORE.test(text.slice(Math.max(0, at - 24), at)) ? blank(span) : span,
  );
}

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
  if (masked.includes('"') || masked.includes('“')) masked = blankQuotedSpans(masked);
  if (masked.includes('`')) masked = masked.replace(INLINE_CODE, blank);
  return masked.replace(CODE_LIKE, blank);
}
