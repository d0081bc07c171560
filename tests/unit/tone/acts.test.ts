/**
 * Each act, sense, form and language rule with its own cases: what it must catch, and the look-alikes it must
 * leave alone. The phrases here are written for these tests (not taken from the labelled sets).
 */
import { analyzeTone } from '../../../utils/tone/analyze';
import { buildContext } from '../../../utils/tone/tokens';
import { targetOf } from '../../../utils/tone/targets';
import { foreignRanges } from '../../../utils/tone/language';

const rules = (text: string) => analyzeTone(text).map((finding) => finding.ruleId);

describe.each([
  [
    'accusations and competence challenges',
    'blame-accusation',
    ["You don't seem to know what you're doing here.", 'You obviously never ran the migration.', 'You have no clue how caching works.', 'You merged it without running a single check.'],
    ["You don't need to run the migration twice.", 'I never ran the migration on ARM, can you?', 'Did you get a chance to run the tests?'],
  ],
  [
    'belittling comparisons',
    'condescension-comparison',
    ['Any competent developer would see the leak.', 'Even an intern could write this query.', 'Leave this to people who understand locking.'],
    ['Any developer reading this will need the comment.', 'An intern joined the team this week.', 'People who understand locking are rare; thanks for the notes.'],
  ],
  [
    'impatience and repetition',
    'condescension-impatience',
    ['I have told you three times already.', 'What part of "no globals" is unclear?', 'Why is this still failing??', '*sigh*'],
    ['As I said in the design doc, we keep the cache.', 'I told the team about the outage.', 'Why is this still failing? The log shows a timeout.'],
  ],
  [
    'threats',
    'insult-threat',
    ['One more patch like this and you are off the project.', 'I will block every PR you open.', 'Consider this your final warning.'],
    ['I will revert this tomorrow if the nightly stays red, as agreed.', 'Please block the old endpoint in the firewall.'],
  ],
  [
    'disbelief',
    'sarcasm-disbelief',
    ["You can't be serious.", 'How did this ever pass review?', 'Who on earth wrote this loop?'],
    ["I can't believe how much faster this is, thanks!", 'How did this pass review before the lint rule existed? Just curious.'],
  ],
  [
    'verdicts on the work',
    'verdict-work',
    ['This whole module is pointless.', 'What a hack.', 'Not merging this garbage.', 'Embarrassing.'],
    ['This check is pointless: the value is never null here.', 'My old patch was pointless, thanks for removing it.', 'The vendor API is garbage, so I wrapped it.', 'Is that silly?'],
  ],
  [
    'curt orders across sentences',
    'bare-command-curt',
    ['No. Redo it.', 'Wrong. Start over.', 'Revert. Now.', 'Stop arguing and rename it.'],
    ['No, please keep the old name: the API depends on it.', 'Rename the flag. It clashes with the CLI option.', 'Fix it when you can.'],
  ],
  [
    'mock praise next to a failure',
    'sarcasm-mock-praise',
    ['Wonderful, the build is red again.', 'Brilliant. Nothing compiles now.', 'Nice, another flaky test.'],
    ['Wonderful, the build is green again.', 'Nice cleanup, but the test fails on Windows.', 'Great work on the docs!'],
  ],
  [
    'forms: leetspeak, masked swearing and spelled-out oaths',
    'profanity',
    ['this is sh1t', 'what the h3ll', 'Total b*llsh*t.'],
    ['We retry 3 times.', 'Use x*y here.', 'The h3 header is too big.'],
  ],
  [
    'mocking emoji',
    'insult-emoji',
    ['This PR 🤡', 'Your naming 🙄'],
    ['Typo on my side 🤦, fixed.', 'Shipped 🎉'],
  ],
])('%s', (_name, ruleId, harsh, fine) => {
  test.each(harsh)('flags %j', (text) => {
    expect(rules(text)).toContain(ruleId);
  });
  test.each(fine)('leaves %j alone', (text) => {
    expect(rules(text)).not.toContain(ruleId);
  });
});

describe('forms the word pass sees through', () => {
  test.each(['Shut up and fix the test.', 'OMFG!!!1 not again', 'f u c k this config', 'What an a$$ backwards design.'])('flags %j', (text) => {
    expect(analyzeTone(text).length).toBeGreaterThan(0);
  });
  test('"shut up" aimed at a warning is not aimed at anyone', () => {
    expect(analyzeTone('This flag shuts up the linter warning.')).toEqual([]);
  });
});

describe('technical senses and idioms', () => {
  test.each([
    'We end up in callback hell here; async/await would flatten it.',
    'DLL hell on Windows is why we pin the runtime.',
    'The daemon goes crazy when the disk is full.',
    'The buffer holds a garbage value after realloc.',
    'Lazy loading makes the first click slow.',
  ])('leaves %j alone', (text) => {
    expect(analyzeTone(text)).toEqual([]);
  });
});

describe('targets: what a judging word is about', () => {
  const at = (text: string, words: string) => {
    const context = buildContext(text);
    const start = text.indexOf(words);
    return targetOf(context, start, start + words.length);
  };
  test.each([
    ['JavaScript’s date handling is awful.', 'awful', 'tool'],
    ['The YAML parser is ridiculous about tabs.', 'ridiculous', 'tool'],
    ['The old build system was garbage, glad it is gone.', 'garbage', 'tool'],
    ['My first version of this was terrible.', 'terrible', 'self'],
    ['Oops, that was sloppy. Fixed.', 'sloppy', 'self'],
    ['This function is awful.', 'awful', 'work'],
    ['Your function is awful.', 'awful', 'reader'],
    ['Stupid users will click it twice.', 'Stupid', 'work'],
  ] as const)('%j: %j is about the %s', (text, words, target) => {
    expect(at(text, words)).toBe(target);
  });

  test('annoyance at a tool or at your own earlier work is not a finding; the same words at the change are', () => {
    expect(analyzeTone('Safari is ridiculous about autoplay.')).toEqual([]);
    expect(analyzeTone('My earlier patch here was a hack, sorry.')).toEqual([]);
    expect(analyzeTone('This patch is ridiculous.').length).toBeGreaterThan(0);
  });
});

describe('languages: other languages are not run through the English lists', () => {
  test.each(['Der Rand ist zu dick, bitte 1px.', 'Das Bild ist zu hell im Dark Mode.', 'Ce test échoue sur Windows, je pense.'])(
    'leaves %j alone',
    (text) => {
      expect(analyzeTone(text)).toEqual([]);
    },
  );
  test.each(['Das ist doch Schwachsinn.', 'Esto es una mierda.', 'Quelle connerie.'])('flags harsh words of that language: %j', (text) => {
    expect(rules(text)).toContain('insult-foreign');
  });
  test('an English sentence next to a German one is still read as English', () => {
    const text = 'Die Farbe ist zu hell. What the hell is this?';
    expect(foreignRanges(buildContext(text))).toHaveLength(1);
    expect(rules(text)).toContain('profanity');
  });
  test('one foreign-looking word does not make a sentence foreign', () => {
    expect(foreignRanges(buildContext('WTF, DES?'))).toEqual([]);
  });
});

describe('layout capitals and excitement are not shouting', () => {
  test.each([
    '## HOW TO TEST\n1. Run the app.',
    '| NAME | TYPE | DEFAULT |\n|---|---|---|',
    'WHAT THIS PR DOES: adds a cache.',
    'DO NOT MERGE until the release is cut.',
    'Huge improvement!!! 💯',
  ])('leaves %j alone', (text) => {
    expect(analyzeTone(text)).toEqual([]);
  });
  test('a sentence in capitals still is', () => {
    expect(rules('WHY DID YOU DO THIS')).toContain('shouting-caps');
  });
});
