/**
 * Every rewrite the coach offers, on every comment of our own labelled sets, is fed back through the analyzer and
 * the grammar-shape check: the rewritten comment must have fewer findings and still read as a sentence of the same
 * kind and strength.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTone, applyRewrite } from '../../../utils/tone/analyze';
import { parseCsvRecords } from '../../../utils/tone/csv';
import { keepsShape } from '../../../utils/tone/shape';

const SETS = ['comments-tune.csv', 'own-cases.csv'];
const texts = SETS.flatMap((name) =>
  parseCsvRecords(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/tone', name), 'utf8')).map((row) => row.text ?? ''),
);

const offered = texts.flatMap((text) =>
  analyzeTone(text)
    .filter((finding) => finding.rewrite !== undefined)
    .map((finding) => ({ text, finding })),
);

describe('every offered rewrite is safe', () => {
  test('there are enough rewrites to make the check mean something', () => {
    expect(offered.length).toBeGreaterThan(100);
  });

  test.each(offered.map(({ text, finding }) => [text, text.slice(finding.start, finding.end), finding.rewrite ?? '', finding] as const))(
    '%j: %j -> %j',
    (text, _words, rewrite, finding) => {
      const after = applyRewrite(text, finding);
      expect(after).not.toBe(text);
      expect(analyzeTone(after).length).toBeLessThan(analyzeTone(text).length);
      expect(keepsShape(text, after, finding.start, finding.end, rewrite)).toBe(true);
    },
  );
});

describe('the grammar-shape check', () => {
  const check = (before: string, words: string, replacement: string) => {
    const start = before.indexOf(words);
    const after = before.slice(0, start) + replacement + before.slice(start + words.length);
    return keepsShape(before, after, start, start + words.length, replacement);
  };

  test.each([
    ['a statement turned into a question', 'Are you kidding me?', 'Are you kidding me', "I'm surprised by this"],
    ['a weaker claim', 'You always forget the changelog.', 'always', 'sometimes'],
    ['a verb where an adjective was', "I'm loath to add it.", 'loath', 'dislike'],
    ['a broken article', 'This is an awful hack.', 'awful', 'problematic'],
    ['a doubled word', 'This is the stupid the approach.', 'stupid ', ''],
    ['a dangling article', 'This is a mess.', 'mess', ''],
    ['an empty comment', 'Damn.', 'Damn.', ''],
  ])('rejects %s', (_name, before, words, replacement) => {
    expect(check(before, words, replacement)).toBe(false);
  });

  test.each([
    ['a deleted intensifier', 'This is obviously wrong.', 'obviously ', ''],
    ['a kinder adjective', 'This is an ugly hack.', 'ugly', 'awkward'],
    ['a question kept a question', 'Did you even test this?', 'Did you even test this', 'How was this tested'],
    ['piled marks made one', 'Did you run the tests?!', '?!', '?'],
  ])('accepts %s', (_name, before, words, replacement) => {
    expect(check(before, words, replacement)).toBe(true);
  });
});
