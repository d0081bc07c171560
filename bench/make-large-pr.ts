/**
 * Builds the benchmark's large pull-request page from the legacy long-thread fixture: the same GitHub markup, grown
 * to well over a thousand timeline items and a few hundred changed files, plus an inline script that keeps changing
 * the page for about two seconds after load, the way GitHub's live updates do (new comments arrive, rows are
 * re-rendered, relative times and counters tick). The page is generated at bench time and never committed.
 *
 *   npx tsx bench/make-large-pr.ts        writes tests/fixtures/github/large/pr-large-legacy.html
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'tests/fixtures/github/pr-long-thread-legacy.html');
export const LARGE_PR_FILE = join(ROOT, 'tests/fixtures/github/large/pr-large-legacy.html');
/** Where the bench serves the page. A number no other fixture uses. */
export const LARGE_PR_URL = 'https://github.com/acme/widget/pull/1204';

export interface LargePrOptions {
  /** Timeline items in the served HTML (comments, reviews, events). */
  timelineItems?: number;
  /** Changed files listed on the page and in the files tab counter. */
  files?: number;
  /** How long the page keeps changing itself after load. */
  churnMs?: number;
}

export interface LargePr {
  html: string;
  timelineItems: number;
  files: number;
  bytes: number;
}

const DIRECTORIES = ['src/session', 'src/store/pg', 'src/http', 'migrations', 'test/session', 'docs/ops', 'scripts', 'src/config'];
const WORDS = ['retry', 'pool', 'cookie', 'expiry', 'index', 'vacuum', 'lease', 'token', 'cache', 'shard', 'schema', 'backfill'];

function filePath(index: number): string {
  const dir = DIRECTORIES[index % DIRECTORIES.length]!;
  const word = WORDS[Math.floor(index / DIRECTORIES.length) % WORDS.length]!;
  return `${dir}/${word}-${index}.ts`;
}

/** A changed-files summary in the shape of GitHub's file tree rows, one per file with its own diffstat. */
function fileList(doc: Document, count: number): HTMLElement {
  const details = doc.createElement('details');
  details.className = 'js-file-summary details-reset mb-3';
  details.id = 'leadway-bench-files';
  const summary = doc.createElement('summary');
  summary.textContent = `${count} files changed`;
  details.append(summary);
  const list = doc.createElement('ul');
  list.className = 'ActionList';
  list.setAttribute('role', 'tree');
  for (let i = 0; i < count; i++) {
    const item = doc.createElement('li');
    item.className = 'ActionList-item';
    item.setAttribute('role', 'treeitem');
    item.dataset.filePath = filePath(i);
    const link = doc.createElement('a');
    link.href = `/acme/widget/pull/1204/files#diff-${(i * 7919).toString(16).padStart(8, '0')}`;
    link.className = 'ActionList-content Link--primary';
    link.textContent = filePath(i);
    const stat = doc.createElement('span');
    stat.className = 'diffstat float-right';
    stat.innerHTML = `<span class="color-fg-success">+${(i * 13) % 97}</span> <span class="color-fg-danger">−${(i * 5) % 41}</span>`;
    item.append(link, stat);
    list.append(item);
  }
  details.append(list);
  return details;
}

/** Copies of the fixture's timeline items with fresh ids, so nothing on the page is duplicated. */
function grownTimeline(templates: Element[], count: number): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < count; i++) {
    const copy = templates[i % templates.length]!.cloneNode(true) as Element;
    for (const el of [copy, ...copy.querySelectorAll('[id]')]) {
      const id = el.getAttribute('id');
      if (id) el.setAttribute('id', `${id}-b${i}`);
    }
    for (const el of [copy, ...copy.querySelectorAll('[data-gid]')]) {
      const gid = el.getAttribute('data-gid');
      if (gid) el.setAttribute('data-gid', `${gid}B${i}`);
    }
    out.push(copy);
  }
  return out;
}

/**
 * Runs in the page after load: every 50 ms for `churnMs` it appends a new comment, replaces an old one, flips
 * attributes and ticks counters, then marks <html data-churn-done>. A fixed number of steps, not one per frame, so
 * a slower run does the same work as a faster one. Plain ES2015 text because it is served inside the page.
 */
function churnScript(churnMs: number): string {
  const steps = Math.max(1, Math.round(churnMs / 50));
  return `
(function () {
  var timeline = document.querySelector('.js-discussion');
  var counter = document.getElementById('conversation_tab_counter');
  var items = timeline ? timeline.querySelectorAll('.js-timeline-item') : [];
  var template = items.length ? items[items.length - 1] : null;
  var times = document.querySelectorAll('relative-time');
  var tick = 0;
  function step() {
    tick++;
    if (timeline && template) {
      var fresh = template.cloneNode(true);
      fresh.setAttribute('data-gid', 'IC_live' + tick);
      var body = fresh.querySelector('.comment-body, .markdown-body, p');
      if (body) body.textContent = 'Live update ' + tick + ': rebased on main and re-ran the migration check.';
      timeline.appendChild(fresh);
      var old = items[(tick * 37) % items.length];
      if (old && old.parentNode) {
        var replacement = old.cloneNode(true);
        replacement.setAttribute('data-body-version', 'v' + tick);
        old.parentNode.replaceChild(replacement, old);
      }
      var row = items[(tick * 11) % items.length];
      if (row) {
        row.classList.toggle('is-updated');
        row.setAttribute('aria-busy', tick % 2 ? 'true' : 'false');
      }
      for (var i = tick % 5; i < times.length; i += 5) times[i].setAttribute('data-tick', String(tick));
      if (counter) counter.textContent = String(1000 + tick);
    }
    if (tick < ${steps}) setTimeout(step, 50);
    else document.documentElement.setAttribute('data-churn-done', String(tick));
  }
  function begin() { setTimeout(step, 50); }
  if (document.readyState === 'complete') begin();
  else window.addEventListener('load', begin, { once: true });
})();`;
}

export function makeLargePr(options: LargePrOptions = {}): LargePr {
  const timelineItems = options.timelineItems ?? 1_200;
  const files = options.files ?? 320;
  const churnMs = options.churnMs ?? 2_000;
  // Parsed, never loaded: no script runs and nothing is fetched (the fixture links a stylesheet).
  const window = new Window({
    url: LARGE_PR_URL,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(readFileSync(SOURCE, 'utf8'), 'text/html') as unknown as Document;

  doc.title = doc.title.replace('#88', '#1204');
  for (const link of doc.querySelectorAll('a[href*="/pull/88"]')) {
    link.setAttribute('href', link.getAttribute('href')!.replace('/pull/88', '/pull/1204'));
  }
  const discussion = doc.querySelector('.js-discussion');
  if (!discussion) throw new Error('The long-thread fixture has no .js-discussion: bench/make-large-pr.ts needs updating.');
  const templates = [...discussion.querySelectorAll(':scope > .js-timeline-item')];
  if (templates.length === 0) throw new Error('The long-thread fixture has no timeline items.');
  // Keep the description first and the new-comment form last; the grown items go between.
  const anchor = templates.at(-1)!.nextSibling;
  for (const item of grownTimeline(templates, timelineItems - templates.length)) discussion.insertBefore(item, anchor);

  const filesCounter = doc.getElementById('files_tab_counter');
  if (filesCounter) {
    filesCounter.textContent = String(files);
    filesCounter.setAttribute('title', String(files));
  }
  discussion.parentElement!.prepend(fileList(doc, files));

  const script = doc.createElement('script');
  script.textContent = churnScript(churnMs);
  doc.body.append(script);

  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  const counted = doc.querySelectorAll('.js-discussion .js-timeline-item').length;
  void window.happyDOM.close();
  return { html, timelineItems: counted, files, bytes: Buffer.byteLength(html) };
}

export function writeLargePr(options?: LargePrOptions): LargePr & { file: string } {
  const page = makeLargePr(options);
  mkdirSync(dirname(LARGE_PR_FILE), { recursive: true });
  writeFileSync(LARGE_PR_FILE, page.html);
  return { ...page, file: LARGE_PR_FILE };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const page = writeLargePr();
  console.log(`${page.file}: ${page.timelineItems} timeline items, ${page.files} files, ${(page.bytes / 1e6).toFixed(1)} MB`);
}
