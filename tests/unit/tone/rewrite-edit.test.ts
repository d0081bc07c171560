import { readFileSync } from 'node:fs';
import { analyzeTone, applyRewrite, rewriteEdit } from '../../../utils/tone/analyze';
import { parseCsvRecords } from '../../../utils/tone/csv';
import type { ToneFinding } from '../../../utils/tone/types';

/** What a text field holds after the edit is applied to it. */
function applyEdit(text: string, item: ToneFinding): string {
  const edit = rewriteEdit(text, item);
  return edit ? text.slice(0, edit.start) + edit.replacement + text.slice(edit.end) : text;
}

function firstFinding(text: string): ToneFinding {
  const found = analyzeTone(text).find((item) => item.rewrite !== undefined);
  if (!found) throw new Error(`no rewritable finding in ${text}`);
  return found;
}

describe('rewriteEdit: the field edit behind a one-click rewrite', () => {
  test('a plain replacement edits exactly the flagged words', () => {
    const text = 'I hate this pattern.';
    const item = firstFinding(text);
    expect(rewriteEdit(text, item)).toEqual({ start: item.start, end: item.end, replacement: 'dislike' });
  });

  test('a deletion also takes the comma and gives the next word its capital', () => {
    const text = 'Damn, this breaks on Windows.';
    const edit = rewriteEdit(text, firstFinding(text));
    expect(edit).toEqual({ start: 0, end: 7, replacement: 'T' });
    expect(applyEdit(text, firstFinding(text))).toBe('This breaks on Windows.');
  });

  test.each([
    ['This is obviously wrong.', 'This is wrong.'],
    ['This is, obviously, wrong.', 'This is wrong.'],
    ['This is too damn big.', 'This is too big.'],
    ['No offense, but this design does not scale.', 'This design does not scale.'],
    ['Nice one, the tests fail again.', 'The tests fail again.'],
  ])('%s → %s, with no double spaces left', (text, expected) => {
    expect(applyEdit(text, firstFinding(text))).toBe(expected);
  });

  test('nothing to do without a rewrite, or when the finding no longer fits the text', () => {
    const text = 'You are an idiot.';
    const insult = analyzeTone(text)[0] as ToneFinding;
    expect(insult.rewrite).toBeUndefined();
    expect(rewriteEdit(text, insult)).toBeUndefined();
    expect(rewriteEdit('short', { ...firstFinding('This is obviously wrong.'), start: 40, end: 50 })).toBeUndefined();
  });

  test('on every rewritable finding of the labelled cases, the edit gives what applyRewrite gives', () => {
    const texts = parseCsvRecords(readFileSync('tests/fixtures/tone/own-cases.csv', 'utf8')).map((record) => record.text ?? '');
    let checked = 0;
    for (const text of texts) {
      for (const item of analyzeTone(text)) {
        if (item.rewrite === undefined) continue;
        expect(applyEdit(text, item), text).toBe(applyRewrite(text, item));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
