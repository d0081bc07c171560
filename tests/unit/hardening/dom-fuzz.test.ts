/**
 * The page readers meet whatever GitHub and the calendars serve, mid-redesign, half-rendered or hostile. Thousands
 * of documents grown from the fixtures — elements removed, duplicated, moved and re-wrapped, attributes swapped
 * between elements, hostile text injected — and random trees built from the fixtures' own vocabulary go through
 * readPrContext and readCalendarEvent (and what a content script does next with their answer). None may throw,
 * every answer must be well-formed plain data, and reading must never change the page.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prTipContexts, readPrContext, readViewerComments, type PrContext } from '../../../utils/github/context';
import { prContextLabel } from '../../../utils/github/label';
import { findOpenEventRoots, readCalendarEvent } from '../calendar/read-any-calendar';
import { classifyOneOnOne } from '../../../utils/calendar/classify';
import { findCounterpart, relationshipFor } from '../../../utils/calendar/counterpart';
import type { CalendarEvent } from '../../../utils/calendar/types';
import { seededRandom } from '../../../utils/random';
import { GITHUB_FIXTURES } from '../../fixtures/github';
import { CALENDAR_FIXTURES, DEMO_PEOPLE, readCalendarFixture } from '../../fixtures/calendar';
import { HOSTILE_TEXTS, mutate, randomTree, vocabularyOf, type Random, type Vocabulary } from './mutations';

const GITHUB_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github');

/** Rounds per fixture (a fresh parse each) and mutate-then-read steps per round. */
const ROUNDS = 4;
const STEPS = 20;
/** Random documents built from scratch, per family. */
const RANDOM_TREES = 200;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** The fixtures link a stand-in stylesheet for the browser; the readers never look at it, and happy-dom would try to fetch it. */
const withoutStylesheets = (html: string) => html.replace(/<link\b[^>]*rel="stylesheet"[^>]*>/gi, '');
const snapshot = (doc: Document) => doc.documentElement?.outerHTML ?? '';

const COUNT_FIELDS = ['number', 'additions', 'deletions', 'changedFiles', 'commentCount', 'reviewRounds'] as const;
const TEXT_FIELDS = ['owner', 'repo', 'key', 'title', 'viewer', 'author', 'viewerRole', 'authorAssociation', 'state', 'tab'] as const;

/** What a PR context must look like, whatever the page: plain data with sane numbers. */
function checkPrContext(ctx: PrContext | undefined, url: URL): void {
  if (ctx === undefined) return;
  expect(typeof ctx.key).toBe('string');
  expect(ctx.key.length).toBeGreaterThan(0);
  for (const field of COUNT_FIELDS) {
    const value = ctx[field as keyof PrContext];
    if (value !== undefined) {
      expect(Number.isSafeInteger(value), `${field} = ${String(value)} on ${url}`).toBe(true);
      expect(value as number).toBeGreaterThanOrEqual(0);
    }
  }
  for (const field of TEXT_FIELDS) {
    const value = ctx[field as keyof PrContext];
    if (value !== undefined) expect(typeof value, field).toBe('string');
  }
  // The owner and repository come from the URL, never from the page.
  expect(url.pathname.toLowerCase()).toContain(`/${String(ctx.owner).toLowerCase()}/${String(ctx.repo).toLowerCase()}`);
  const contexts = prTipContexts(ctx);
  expect(Array.isArray(contexts)).toBe(true);
  expect(typeof prContextLabel(ctx)).toBe('string');
}

function checkCalendarEvent(event: CalendarEvent | undefined): void {
  if (event === undefined) return;
  expect(typeof event.key).toBe('string');
  expect(typeof event.seriesKey).toBe('string');
  expect(typeof event.title).toBe('string');
  expect(Array.isArray(event.guests)).toBe(true);
  for (const time of [event.start, event.end]) if (time !== undefined) expect(Number.isFinite(time)).toBe(true);
  if (event.guestCount !== undefined) expect(Number.isSafeInteger(event.guestCount) && event.guestCount >= 0).toBe(true);
  const verdict = classifyOneOnOne(event, {});
  expect(verdict.confidence).toBeGreaterThanOrEqual(0);
  expect(verdict.confidence).toBeLessThanOrEqual(1);
  relationshipFor(findCounterpart(event), DEMO_PEOPLE);
}

/** Everything a GitHub content script does with a page; returns the context for tallies. */
function readGithub(doc: Document, url: URL): PrContext | undefined {
  const ctx = readPrContext(doc, url);
  checkPrContext(ctx, url);
  expect(Array.isArray(readViewerComments(doc, ctx?.viewer))).toBe(true);
  return ctx;
}

function readCalendar(doc: Document, url: URL): CalendarEvent | undefined {
  expect(Array.isArray(findOpenEventRoots(doc, url))).toBe(true);
  const event = readCalendarEvent(doc, url);
  checkCalendarEvent(event);
  return event;
}

interface Family<T> {
  name: string;
  pages: { file: string; url: URL; html: string }[];
  read: (doc: Document, url: URL) => T | undefined;
}

const FAMILIES: [Family<PrContext>, Family<CalendarEvent>] = [
  {
    name: 'GitHub',
    pages: GITHUB_FIXTURES.map((f) => ({ file: f.file, url: new URL(f.url), html: withoutStylesheets(readFileSync(join(GITHUB_DIR, f.file), 'utf8')) })),
    read: readGithub,
  },
  {
    name: 'calendar',
    pages: CALENDAR_FIXTURES.map((f) => ({ file: f.file, url: new URL(f.url), html: withoutStylesheets(readCalendarFixture(f.file)) })),
    read: readCalendar,
  },
];

/** Mutates the page step by step and reads it after every step; returns how many reads still found something. */
function fuzzPage<T>(family: Family<T>, page: Family<T>['pages'][number], random: Random, vocabulary: Vocabulary) {
  let reads = 0;
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const doc = parse(page.html);
    for (let step = 0; step < STEPS; step++) {
      const applied = mutate(doc, random, vocabulary, 1 + Math.floor(random() * 3));
      const checkUnchanged = step % 10 === 0;
      const before = checkUnchanged ? snapshot(doc) : '';
      let result: T | undefined;
      try {
        result = family.read(doc, page.url);
      } catch (error) {
        throw new Error(`${family.name} reader failed on ${page.file}, round ${round}, step ${step} after ${applied.join(', ')}`, {
          cause: error,
        });
      }
      if (checkUnchanged) expect(snapshot(doc), `reading ${page.file} changed the page`).toBe(before);
      reads++;
      if (result !== undefined) found++;
    }
  }
  return { reads, found };
}

describe.each(FAMILIES.map((family) => [family.name, family] as const))('%s readers on mutated fixtures', (_name, family) => {
  const vocabulary = vocabularyOf(family.pages.map((page) => parse(page.html)));

  test.each(family.pages.map((page) => [page.file, page] as const))('%s: no throw, well-formed answers, page untouched', (_file, page) => {
    const random = seededRandom(page.file.length * 7_919 + page.html.length);
    const { reads, found } = fuzzPage(family as Family<unknown>, page, random, vocabulary);
    expect(reads).toBe(ROUNDS * STEPS);
    // The mutations are damage, not demolition: pages that are read at all keep being read some of the time.
    if (family.read(parse(page.html), page.url) !== undefined) expect(found).toBeGreaterThan(0);
  }, 60_000);

  test(`${RANDOM_TREES} random trees built from the fixtures' own tags, attributes and text`, () => {
    const random = seededRandom(family.name.length * 104_729);
    const urls = [...new Set(family.pages.map((page) => page.url.href))].map((href) => new URL(href));
    let nodes = 0;
    for (let i = 0; i < RANDOM_TREES; i++) {
      const doc = parse(randomTree(random, vocabulary));
      nodes += doc.querySelectorAll('*').length;
      const url = urls[i % urls.length]!;
      const before = snapshot(doc);
      expect(() => family.read(doc, url)).not.toThrow();
      expect(snapshot(doc)).toBe(before);
    }
    // The trees are real trees, not empty documents.
    expect(nodes / RANDOM_TREES).toBeGreaterThan(20);
  }, 60_000);
});

describe('hostile text read from a page stays inert text', () => {
  test('a PR title and author made of markup come back as the literal characters, creating no element', () => {
    const fixture = GITHUB_FIXTURES.find((f) => f.file === 'pr-first-timer-reviewer-legacy.html')!;
    for (const hostile of HOSTILE_TEXTS) {
      const doc = parse(withoutStylesheets(readFileSync(join(GITHUB_DIR, fixture.file), 'utf8')));
      doc.title = `${hostile} by mona-dev · Pull Request #42 · acme/widget · GitHub`;
      const title = doc.querySelector('.js-issue-title, bdi.js-issue-title, h1 .markdown-title');
      if (title) title.textContent = hostile;
      const elements = doc.querySelectorAll('*').length;
      const ctx = readPrContext(doc, new URL(fixture.url));
      expect(doc.querySelectorAll('*').length).toBe(elements);
      checkPrContext(ctx, new URL(fixture.url));
      if (ctx?.title !== undefined && hostile.trim() !== '') expect(ctx.title).toBe(hostile.replace(/\s+/g, ' ').trim());
      expect(typeof prContextLabel(ctx!)).toBe('string');
    }
  });
});
