/**
 * Evaluate the review-tone analyzer on a labelled CSV (columns text,label; label 1 = unkind).
 *
 *   npx tsx scripts/tone-eval.ts FILE.csv [--errors N]
 *
 * A comment counts as flagged when analyzeTone finds at least one thing with default options. Prints a readable
 * summary, then, as the last line, one JSON object: {"n","precision","recall","f1","usPerComment"} where
 * usPerComment is the median time per comment in microseconds. `--errors N` also lists up to N misclassified
 * rows (for local study only; never copy them into code or fixtures).
 */
import { readFileSync } from 'node:fs';
import { analyzeTone } from '../utils/tone/analyze';
import { parseCsvRecords } from '../utils/tone/csv';
import type { ToneFinding } from '../utils/tone/types';

interface Row {
  text: string;
  toxic: boolean;
}

function readRows(path: string): Row[] {
  const records = parseCsvRecords(readFileSync(path, 'utf8'));
  return records
    .filter((record) => record.label === '0' || record.label === '1')
    .map((record) => ({ text: record.text ?? '', toxic: record.label === '1' }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Median microseconds per comment. Each comment is timed over a batch of calls (a single call is close to the
 * timer's resolution) after a warm-up pass over the whole file, and the batch is repeated; the per-comment figure
 * is the median over repeats, and the reported number the median over comments.
 */
function timeComments(rows: Row[]): number {
  const warmUpPasses = 3;
  for (let pass = 0; pass < warmUpPasses; pass++) for (const row of rows) analyzeTone(row.text);
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
  return median(perComment);
}

function round(value: number, places = 3): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

function describe(findings: ToneFinding[], text: string): string {
  return findings.map((item) => `${item.ruleId}:"${text.slice(item.start, item.end)}"`).join(' ');
}

function main(): void {
  const args = process.argv.slice(2);
  const path = args.find((arg) => !arg.startsWith('--'));
  const errorsIndex = args.indexOf('--errors');
  const showErrors = errorsIndex >= 0 ? Number(args[errorsIndex + 1] ?? 20) : 0;
  if (!path) {
    console.error('usage: npx tsx scripts/tone-eval.ts FILE.csv [--errors N]');
    process.exit(2);
  }
  const rows = readRows(path);
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const byRule = new Map<string, { hits: number; correct: number }>();
  const misses: Row[] = [];
  const falseAlarms: Array<{ row: Row; findings: ToneFinding[] }> = [];

  for (const row of rows) {
    const findings = analyzeTone(row.text);
    const flagged = findings.length > 0;
    if (flagged && row.toxic) truePositives++;
    else if (flagged) {
      falsePositives++;
      falseAlarms.push({ row, findings });
    } else if (row.toxic) {
      falseNegatives++;
      misses.push(row);
    }
    for (const ruleId of new Set(findings.map((item) => item.ruleId))) {
      const stats = byRule.get(ruleId) ?? { hits: 0, correct: 0 };
      stats.hits++;
      if (row.toxic) stats.correct++;
      byRule.set(ruleId, stats);
    }
  }

  const precision = truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 0;
  const recall = truePositives + falseNegatives ? truePositives / (truePositives + falseNegatives) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const usPerComment = timeComments(rows);

  console.log(`Tone analyzer on ${path}`);
  console.log(`  comments: ${rows.length} (${rows.filter((row) => row.toxic).length} labelled unkind)`);
  console.log(`  flagged:  ${truePositives + falsePositives} (true ${truePositives}, false ${falsePositives}); missed ${falseNegatives}`);
  console.log(`  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  console.log(`  median time per comment: ${usPerComment.toFixed(2)} µs`);
  console.log('  by rule (rows hit, share labelled unkind):');
  for (const [ruleId, stats] of [...byRule].sort((a, b) => b[1].hits - a[1].hits)) {
    console.log(`    ${ruleId.padEnd(28)} ${String(stats.hits).padStart(5)}  ${(stats.correct / stats.hits).toFixed(2)}`);
  }
  if (showErrors > 0) {
    const flat = (text: string) => text.replace(/\s+/g, ' ').slice(0, 240);
    console.log(`\n  false alarms (first ${showErrors}):`);
    for (const { row, findings } of falseAlarms.slice(0, showErrors)) console.log(`    [${describe(findings, row.text)}] ${flat(row.text)}`);
    console.log(`\n  misses (first ${showErrors}):`);
    for (const row of misses.slice(0, showErrors)) console.log(`    ${flat(row.text)}`);
  }
  console.log(
    JSON.stringify({ n: rows.length, precision: round(precision), recall: round(recall), f1: round(f1), usPerComment: round(usPerComment, 2) }),
  );
}

main();
