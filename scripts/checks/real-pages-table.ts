/**
 * Reads the table of ../shared/data/real-pages/README.md: one row per saved page, with the URL it was saved from and
 * a sentence of what it shows ("open PR by `shuuul`, viewer `kepano` (repo owner), +1,483 / −1 in 6 files, 6
 * comments"). The facts in that sentence are what the real-page check expects Leadway to read.
 */
import type { PrState } from '../../utils/github/readers';

export interface RealPage {
  /** Path relative to the real-pages folder, e.g. `github/pr-2026-react-conversation.html`. */
  file: string;
  url: string;
  saved: string;
  markup: string;
  expected: ExpectedFacts;
}

export interface ExpectedFacts {
  state?: PrState;
  author?: string;
  viewer?: string;
  additions?: number;
  deletions?: number;
  changedFiles?: number;
  commentCount?: number;
}

const count = (text: string | undefined) => (text === undefined ? undefined : Number(text.replace(/,/g, '')));

/** The facts a "what the page shows" sentence states; a fact it does not mention is left out. */
export function factsFromSentence(sentence: string): ExpectedFacts {
  const facts: ExpectedFacts = {};
  const byline = /\b(open|draft|merged|closed)\s+(?:draft\s+)?(?:PR|pull request)\s+by\s+`([^`]+)`/i.exec(sentence);
  if (byline) {
    facts.state = byline[1]!.toLowerCase() as PrState;
    facts.author = byline[2];
  }
  const viewer = /\bviewer\s+`([^`]+)`/i.exec(sentence);
  if (viewer) facts.viewer = viewer[1];
  const size = /\+([\d,]+)\s*\/\s*[−-]([\d,]+)/.exec(sentence);
  if (size) {
    facts.additions = count(size[1]);
    facts.deletions = count(size[2]);
  }
  const files = /\bin\s+([\d,]+)\s+files?\b/i.exec(sentence);
  if (files) facts.changedFiles = count(files[1]);
  const comments = /\b([\d,]+)\s+comments?\b/i.exec(sentence);
  if (comments) facts.commentCount = count(comments[1]);
  return facts;
}

/** Every row of the README's table whose first cell names a saved page. */
export function parseRealPagesTable(markdown: string): RealPage[] {
  const pages: RealPage[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length < 5 || !/\.html?$/.test(cells[0]!) || !/^https?:\/\//.test(cells[1]!)) continue;
    const [file, url, saved, markup, ...rest] = cells as [string, string, string, string, ...string[]];
    pages.push({ file, url, saved, markup, expected: factsFromSentence(rest.join(' | ')) });
  }
  return pages;
}
