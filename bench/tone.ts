/**
 * The tone analyzer's speed, from the project's own evaluation script (`npm run tone:eval`), whose last line is a
 * JSON list with one summary per file (`usMedian`, `usP99` per comment). The shared labelled set is used when it is there; otherwise the project's own
 * cases, and the table says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../tests/harness';

export const SHARED_TONE_SET = join(ROOT, '../shared/data/tone/toxicr-dev.csv');
export const OWN_TONE_SET = join(ROOT, 'tests/fixtures/tone/own-cases.csv');

export interface ToneResult {
  toneUsPerComment: number;
  comments: number;
  /** Which file was measured, relative to the project. */
  dataset: string;
  /** Set when the shared file was missing and the project's own cases were used instead. */
  note?: string;
}

export function measureTone(): ToneResult {
  const shared = existsSync(SHARED_TONE_SET);
  const file = shared ? SHARED_TONE_SET : OWN_TONE_SET;
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/tone-eval.ts'), file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`tone:eval failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  // tone:eval's last line: one summary, or (since it reports several parts) a list of them; the first is the file asked for.
  type Summary = { n?: number; usPerComment?: number; usMedian?: number };
  let parsed: Summary | Summary[];
  try {
    parsed = JSON.parse(last) as Summary | Summary[];
  } catch {
    throw new Error(`tone:eval's last line is not JSON: ${last.slice(0, 200)}`);
  }
  const summary = (Array.isArray(parsed) ? parsed[0] : parsed) ?? {};
  const usPerComment = summary.usPerComment ?? summary.usMedian;
  if (typeof usPerComment !== 'number') throw new Error(`tone:eval gave no time per comment: ${last.slice(0, 200)}`);
  return {
    toneUsPerComment: usPerComment,
    comments: summary.n ?? Number.NaN,
    dataset: relative(ROOT, file),
    ...(shared ? {} : { note: `${relative(ROOT, SHARED_TONE_SET)} is missing: measured the project's own cases instead` }),
  };
}
