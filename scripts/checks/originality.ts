/**
 * Finds runs of words a text shares with a source: the test that Leadway's tips are written fresh, not copied.
 * Case, punctuation and apostrophes are ignored, so a disguised copy ("Try THIS, word, word…") still counts.
 */

/** Eight words in a row is long enough to be a copied sentence rather than a common phrase. */
export const COPIED_RUN_WORDS = 8;

/** Lower case, apostrophes dropped ("don’t" -> "dont"), every other non-alphanumeric run becomes a word break. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Every run of `length` consecutive words, joined by single spaces. */
export function runs(text: string, length = COPIED_RUN_WORDS): string[] {
  const list = words(text);
  const result: string[] = [];
  for (let i = 0; i + length <= list.length; i++) result.push(list.slice(i, i + length).join(' '));
  return result;
}

/** The set to check against, built once per source text. */
export function sourceRuns(source: string): ReadonlySet<string> {
  return new Set(runs(source));
}

/** The runs of `text` that also appear in the source. */
export function copiedRuns(text: string, source: ReadonlySet<string>): string[] {
  return runs(text).filter((run) => source.has(run));
}
