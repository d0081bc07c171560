import { COPIED_RUN_WORDS, copiedRuns, runs, sourceRuns, words } from '../../../scripts/checks/originality';

// The seed essay itself is read only by `npm run check:originality` (it is not in the repository); these tests pin
// down the detection that check relies on, on text of our own.
const SOURCE =
  'Leading without the title starts with noticing the work nobody owns and quietly picking it up before anyone asks, ' +
  'then telling the team what you did so the habit spreads.';

describe('originality detection', () => {
  test('words ignore case, apostrophes and punctuation', () => {
    expect(words("Don’t PANIC -- it's fine!")).toEqual(['dont', 'panic', 'its', 'fine']);
  });

  test('runs are every window of eight words', () => {
    const list = words(SOURCE);
    expect(runs(SOURCE)).toHaveLength(list.length - COPIED_RUN_WORDS + 1);
    expect(runs('too short to matter')).toEqual([]);
  });

  test('a copied run is caught whatever its case and punctuation', () => {
    const sample = words(SOURCE).slice(3, 3 + COPIED_RUN_WORDS).join(' ');
    const disguised = `Try this: ${sample.toUpperCase().split(' ').join(', ')}.`;
    expect(copiedRuns(disguised, sourceRuns(SOURCE))).toEqual([sample]);
  });

  test('seven shared words in a row are not a copy', () => {
    const seven = words(SOURCE).slice(0, COPIED_RUN_WORDS - 1).join(' ');
    expect(copiedRuns(`${seven} and then something else entirely`, sourceRuns(SOURCE))).toEqual([]);
  });
});
