/**
 * Evaluate the review-tone analyzer on labelled CSVs (columns text,label[,kind]; label 1 = unkind).
 *
 *   npm run tone:eval                       the dev half (/work/shared/data/tone/toxicr-dev.csv, when present),
 *                                           then our own set: tests/fixtures/tone/comments-tune.csv and
 *                                           comments-holdout.csv (the untouched third)
 *   npx tsx scripts/tone-eval.ts FILE.csv… [--errors N] [--kinds]
 *
 * A comment counts as flagged when analyzeTone finds at least one thing with default options. For each file it
 * prints precision/recall/F1, per-kind figures when the file has a kind column (for a kind whose comments are all
 * labelled 0, "flagged" is its false-alarm count), and the time per comment: median and 99th percentile in
 * microseconds. The last line is one JSON object with every file's figures. `--errors N` also lists up to N
 * misclassified rows (for local study only; never copy dev-half rows into code or fixtures).
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeTone } from '../utils/tone/analyze';
import { parseCsvRecords } from '../utils/tone/csv';
import type { ToneFinding } from '../utils/tone/types';

interface Row {
  text: string;
  toxic: boolean;
  kind?: string;
}

const DEV_HALF = '/work/shared/data/tone/toxicr-dev.csv';
const OWN_SETS = ['tests/fixtures/tone/comments-tune.csv', 'tests/fixtures/tone/comments-holdout.csv'];

function readRows(path: string): Row[] {
  const records = parseCsvRecords(readFileSync(path, 'utf8'));
  return records
    .filter((record) => record.label === '0' || record.label === '1')
    .map((record) => ({ text: record.text ?? '', toxic: record.label === '1', kind: record.kind || undefined }));
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] as number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Microseconds per comment. Each comment is timed over a batch of calls (a single call is close to the timer's
 * resolution) after a warm-up pass over the whole file, and the batch is repeated; a comment's figure is the median
 * over repeats. Returns the median and the 99th percentile over comments.
 */
function timeComments(rows: Row[]): { median: number; p99: number } {
  for (let pass = 0; pass < 3; pass++) for (const row of rows) analyzeTone(row.text);
  const callsPerBatch = 20;
  const repeats = 5;
  const perComment: number[] = [];
  for (const row of rows) {
    const samples: number[] = [];
    for (let repeat = 0; repeat < repeats; repeat++) {
      const started = process.hrtime.bigint();
      for (let call = 0; call < callsPerBatch; call++) analyzeTone(row.text);
      samples.push(Number(process.hrtime.bigint() - started) / 1000 / callsPerBatch);
    }
    perComment.push(median(samples));
  }
  return { median: median(perComment), p99: percentile(perComment, 0.99) };
}

function round(value: number, places = 3): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

interface Counts {
  n: number;
  unkind: number;
  tp: number;
  fp: number;
  fn: number;
}

function scores(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 0;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function describe(findings: ToneFinding[], text: string): string {
  return findings.map((item) => `${item.ruleId}:"${text.slice(item.start, item.end)}"`).join(' ');
}

function evaluate(path: string, showErrors: number): Record<string, unknown> {
  const rows = readRows(path);
  const total: Counts = { n: 0, unkind: 0, tp: 0, fp: 0, fn: 0 };
  const kinds = new Map<string, Counts>();
  const byRule = new Map<string, { hits: number; correct: number }>();
  const misses: Row[] = [];
  const falseAlarms: Array<{ row: Row; findings: ToneFinding[] }> = [];

  for (const row of rows) {
    const findings = analyzeTone(row.text);
    const flagged = findings.length > 0;
    const buckets = [total];
    if (row.kind) {
      if (!kinds.has(row.kind)) kinds.set(row.kind, { n: 0, unkind: 0, tp: 0, fp: 0, fn: 0 });
      buckets.push(kinds.get(row.kind) as Counts);
    }
    for (const counts of buckets) {
      counts.n++;
      if (row.toxic) counts.unkind++;
      if (flagged && row.toxic) counts.tp++;
      else if (flagged) counts.fp++;
      else if (row.toxic) counts.fn++;
    }
    if (flagged && !row.toxic) falseAlarms.push({ row, findings });
    if (!flagged && row.toxic) misses.push(row);
    for (const ruleId of new Set(findings.map((item) => item.ruleId))) {
      const stats = byRule.get(ruleId) ?? { hits: 0, correct: 0 };
      stats.hits++;
      if (row.toxic) stats.correct++;
      byRule.set(ruleId, stats);
    }
  }

  const { precision, recall, f1 } = scores(total);
  const timing = timeComments(rows);

  console.log(`Tone analyzer on ${path}`);
  console.log(`  comments: ${total.n} (${total.unkind} labelled unkind)`);
  console.log(`  flagged:  ${total.tp + total.fp} (true ${total.tp}, false ${total.fp}); missed ${total.fn}`);
  console.log(`  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  console.log(`  time per comment: median ${timing.median.toFixed(2)} µs, p99 ${timing.p99.toFixed(2)} µs`);
  const perKind: Record<string, unknown> = {};
  if (kinds.size > 0) {
    console.log('  by kind (comments, labelled unkind, flagged; recall for unkind kinds, false alarms for kind ones):');
    for (const [kind, counts] of [...kinds].sort((a, b) => a[0].localeCompare(b[0]))) {
      const flaggedCount = counts.tp + counts.fp;
      const figure = counts.unkind > 0 ? `recall ${(counts.tp / counts.unkind).toFixed(2)}` : `false alarms ${counts.fp}`;
      console.log(`    ${kind.padEnd(20)} ${String(counts.n).padStart(4)} ${String(counts.unkind).padStart(4)} ${String(flaggedCount).padStart(4)}  ${figure}`);
      perKind[kind] = { n: counts.n, unkind: counts.unkind, flagged: flaggedCount, tp: counts.tp, fp: counts.fp };
    }
  }
  console.log('  by rule (rows hit, share labelled unkind):');
  for (const [ruleId, stats] of [...byRule].sort((a, b) => b[1].hits - a[1].hits)) {
    console.log(`    ${ruleId.padEnd(28)} ${String(stats.hits).padStart(5)}  ${(stats.correct / stats.hits).toFixed(2)}`);
  }
  if (showErrors > 0) {
    const flat = (text: string) => text.replace(/\s+/g, ' ').slice(0, 240);
    const tag = (row: Row) => (row.kind ? `(${row.kind}) ` : '');
    console.log(`\n  false alarms (first ${showErrors}):`);
    for (const { row, findings } of falseAlarms.slice(0, showErrors)) console.log(`    ${tag(row)}[${describe(findings, row.text)}] ${flat(row.text)}`);
    console.log(`\n  misses (first ${showErrors}):`);
    for (const row of misses.slice(0, showErrors)) console.log(`    ${tag(row)}${flat(row.text)}`);
  }
  console.log('');
  return {
    file: path,
    n: total.n,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    usMedian: round(timing.median, 2),
    usP99: round(timing.p99, 2),
    ...(kinds.size > 0 ? { kinds: perKind } : {}),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const errorsIndex = args.indexOf('--errors');
  const showErrors = errorsIndex >= 0 ? Number(args[errorsIndex + 1] ?? 20) : 0;
  const paths = args.filter((arg, index) => !arg.startsWith('--') && !(errorsIndex >= 0 && index === errorsIndex + 1));
  const files = paths.length > 0 ? paths : [...(existsSync(DEV_HALF) ? [DEV_HALF] : []), ...OWN_SETS.filter((path) => existsSync(path))];
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/tone-eval.ts FILE.csv… [--errors N]');
    process.exit(2);
  }
  const results = files.map((path) => evaluate(path, showErrors));
  console.log(JSON.stringify(results));
}

main();
