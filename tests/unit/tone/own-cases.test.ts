import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TONE_CATEGORIES } from '../../../utils/settings';
import { analyzeTone } from '../../../utils/tone/analyze';
import { parseCsvRecords } from '../../../utils/tone/csv';

// Our own labelled review comments (written for Leadway): harsh-but-clean wording, profanity and insults, and the
// kind or neutral comments the coach must leave alone.
const FIXTURE_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/tone/own-cases.csv');
const fixture = readFileSync(FIXTURE_PATH, 'utf8');
const rows = parseCsvRecords(fixture).map((row) => ({
  text: row.text ?? '',
  label: row.label ?? '',
  category: row.category ?? '',
}));

describe('own labelled cases', () => {
  it('has enough rows, with every category and plenty of kind comments', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const category of TONE_CATEGORIES) {
      expect(rows.filter((row) => row.label === '1' && row.category === category).length).toBeGreaterThanOrEqual(5);
    }
    expect(rows.filter((row) => row.label === '0').length).toBeGreaterThanOrEqual(75);
  });

  const unkind = rows.filter((row) => row.label === '1');
  const kind = rows.filter((row) => row.label === '0');

  it.each(unkind.map((row) => [row.text, row.category] as const))('flags %j as %s', (text, category) => {
    const findings = analyzeTone(text);
    expect(findings.map((finding) => finding.category)).toContain(category);
    for (const finding of findings) expect(text.slice(finding.start, finding.end).trim()).not.toBe('');
  });

  it.each(kind.map((row) => [row.text] as const))('leaves %j alone', (text) => {
    expect(analyzeTone(text)).toEqual([]);
  });
});
