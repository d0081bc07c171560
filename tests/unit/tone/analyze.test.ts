import { TONE_CATEGORIES, type ToneCategory } from '../../../utils/settings';
import { analyzeTone } from '../../../utils/tone/analyze';
import type { ToneFinding, ToneOptions } from '../../../utils/tone/types';

/** The words each finding points at. */
function flagged(text: string, options?: ToneOptions): string[] {
  return analyzeTone(text, options).map((finding) => text.slice(finding.start, finding.end));
}

function only(text: string, options?: ToneOptions): ToneFinding {
  const findings = analyzeTone(text, options);
  expect(findings).toHaveLength(1);
  return findings[0] as ToneFinding;
}

describe('analyzeTone: one example per category', () => {
  const cases: Array<[ToneCategory, string, string, string]> = [
    ['insult', 'This is stupid.', 'stupid', 'insult-word'],
    ['insult', 'What the hell is this?', 'the hell', 'profanity'],
    ['insult', 'Honestly this module is garbage code.', 'garbage', 'insult-aimed'],
    ['insult', 'Such a piece of crap.', 'piece of crap', 'insult-phrase'],
    ['insult', 'I hate this pattern.', 'hate', 'insult-dislike'],
    ['condescension', 'This is obviously wrong.', 'obviously', 'condescension-obviously'],
    ['condescension', 'Any idiot knows floats are inexact.', 'Any idiot knows', 'condescension-anyone-knows'],
    ['condescension', 'Please just fix it.', 'just fix it', 'condescension-just'],
    ['bare-command', 'Stop arguing and fix it.', 'Stop arguing', 'bare-command-curt'],
    ['blame', 'Did you even test this?', 'Did you even test this', 'blame-did-you-even'],
    ['blame', 'You always forget the changelog.', 'always', 'blame-always-never'],
    ['blame', 'Why didn’t you run the linter?', 'Why didn’t you', 'blame-why-didnt-you'],
    ['sarcasm', 'Great job breaking the build.', 'Great job breaking', 'sarcasm-fake-praise'],
    ['sarcasm', 'Wow, really?', 'Wow, really?', 'sarcasm-incredulous'],
    ['sarcasm', 'Nice one, the nightly failed again.', 'Nice one', 'sarcasm-fake-praise'],
    ['shouting', 'WHY IS THIS STILL HERE', 'WHY IS THIS STILL HERE', 'shouting-caps'],
    ['shouting', 'Fix the formatting!!!', '!!!', 'shouting-punctuation'],
    ['shouting', 'Did you run the tests?!', '?!', 'shouting-punctuation'],
    ['bare-command', 'Change this.', 'Change this.', 'bare-command'],
    ['bare-command', 'Remove this.', 'Remove this.', 'bare-command'],
  ];

  it.each(cases)('%s: %j', (category, text, words, ruleId) => {
    const finding = only(text);
    expect(finding.category).toBe(category);
    expect(finding.ruleId).toBe(ruleId);
    expect(text.slice(finding.start, finding.end)).toBe(words);
    expect(finding.message.length).toBeGreaterThan(10);
    expect(finding.message).not.toContain('\n');
  });

  it('covers every category in settings', () => {
    expect(new Set(cases.map(([category]) => category))).toEqual(new Set(TONE_CATEGORIES));
  });
});

describe('analyzeTone: profanity and insults', () => {
  it.each([
    ['This f*ck is broken.', 'f*ck'],
    ['Sh!t, the migration failed.', 'Sh!t'],
    ['f**k this flaky test', 'f**k'],
    ['fuuuuck, it timed out again', 'fuuuuck'],
    ['This config is a clusterfuck.', 'clusterfuck'],
    ['wtf is this loop doing', 'wtf'],
    ['stfu and read the spec', 'stfu'],
    ['Such a bloody mess.', 'bloody'],
  ])('sees through disguised swearing: %j', (text, words) => {
    expect(flagged(text)).toContain(words);
  });

  it('flags soft or technical words only where they are aimed at a person', () => {
    expect(flagged("You're dumb.")).toEqual(['dumb']);
    expect(flagged('Lazy developers copy and paste.')).toEqual(['Lazy']);
    expect(flagged("Don't be lazy, add the check.")).toEqual(['lazy']);
    expect(flagged('You are useless.')).toEqual(['useless']);
    expect(flagged('This check is useless now that the caller validates.')).toEqual([]);
    expect(flagged('It keeps a dumb pointer to the buffer.')).toEqual([]);
    expect(flagged("Don't be silly, it's fine.")).toEqual([]);
  });

  it('flags swearing even when it is aimed at yourself', () => {
    expect(flagged('Damn, I missed that one.')).toEqual(['Damn']);
  });

  it('gives no automatic rewrite for name-calling aimed at a person', () => {
    const finding = only('You idiot.');
    expect(finding.rewrite).toBeUndefined();
    expect(finding.message).toMatch(/person/i);
  });

  it('flags threats and hostile exaggeration', () => {
    expect(analyzeTone('I will kill you.')[0]?.ruleId).toBe('insult-hostile');
    expect(analyzeTone('Screw you.')[0]?.category).toBe('insult');
  });

  it('keeps a swear word inside a blame question as its own finding', () => {
    const findings = analyzeTone('Who the fuck approved this?');
    expect(findings.map((finding) => finding.category).sort()).toEqual(['blame', 'insult']);
  });

  it('leaves a mild judgement alone in a long comment that explains itself and proposes an alternative', () => {
    const explained =
      'The nested ternaries here are a bit ugly to read, could we split them into a small helper with early ' +
      'returns so each case gets its own line and a name?';
    expect(analyzeTone(explained)).toEqual([]);
    expect(flagged('The nested ternaries here are ugly.')).toEqual(['ugly']);
    // Strong words are flagged however long the comment is.
    expect(flagged(explained.replace('a bit ugly', 'stupid'))).toEqual(['stupid']);
  });
});

describe('analyzeTone: technical senses are not insults', () => {
  it.each([
    'Kill the process with SIGTERM first.',
    'Fall back to kill -9 only if it hangs.',
    'We call abort() when the allocation fails.',
    'The dummy variable keeps the linter quiet.',
    'Garbage collection will reclaim these buffers.',
    'The garbage collector runs before this callback.',
    'Please rebase on the master branch.',
    'The daemon restarts on a fatal error.',
    'Execute the hooks before saving.',
    'This is dead code now; can we delete it?',
    'Are you coming to the hackathon?',
    'We can hack around the race with a lock for now.',
    'Some users still have a dumb terminal, so skip the colours.',
    'Rename blacklist to denylist while you are here.',
    'Lazy loading keeps the first render fast.',
    'The iterator is lazy, so nothing runs until you consume it.',
    'Junk bytes at the end of the frame are ignored.',
    'The value is garbage after the buffer is freed.',
    'This returns garbage when the struct is not initialised.',
    'Evil maid attacks are out of scope here.',
    'That is an idiot-proof default.',
    'The sucker punch in this bug is the timezone.',
    'Use WTF::String here, not std::string.',
    'The trash bin is handled by the OS.',
    'I hate to be that person, but the license header is missing.',
    'Not crazy about the name, but it works.',
    'Please assess whether this needs a migration.',
  ])('%j', (text) => {
    expect(analyzeTone(text)).toEqual([]);
  });
});

describe('analyzeTone: self-directed remarks are not flagged', () => {
  it.each([
    'Stupid question, but why do we need two caches?',
    "I'm an idiot, I forgot to push the fix.",
    'My dumb mistake, the offset was off by one.',
    'Silly me, I was reading the old revision.',
    'How stupid of me, the flag was already set.',
    'Sorry, stupid typo. Fixed.',
    'I was being an idiot earlier, ignore that.',
    'Ugh, I am an idiot. Ignore my last comment.',
    'Might be a dumb question: is this thread-safe?',
    'Oops, that was stupid, fixed now.',
    'This may sound stupid, but what does the flag do?',
    'Confusing for stupid people like me, could we add a comment?',
  ])('%j', (text) => {
    expect(analyzeTone(text)).toEqual([]);
  });

  it.each([
    ["You're an idiot.", 'idiot'],
    ['I think this is stupid.', 'stupid'],
    ['I find this ugly.', 'ugly'],
    ['What a stupid question.', 'stupid'],
    ['Your stupid question wasted an hour.', 'stupid'],
  ])('but still flags %j', (text, words) => {
    expect(flagged(text)).toContain(words);
  });
});

describe('analyzeTone: soft categories stay quiet on ordinary review wording', () => {
  it.each([
    'just a nit',
    'Just a nit: trailing whitespace on line 12.',
    'Just use a Set here since lookups are O(1).',
    'Simply calling close() is enough.',
    'Obviously we also need to update the docs.',
    'Done.',
    'LGTM',
    'nit: rename',
    'Please remove this.',
    'Remove this, it is unused since the refactor.',
    'MAX_SIZE should come from the config.',
    'The HTTP API returns JSON; see the TODO in the CLI.',
    'NB: the API limit is 100 requests per minute.',
    'DONE',
    'Thanks!!!',
    'Really nice cleanup!!!',
    'Really? I thought the client retried already.',
    'You never need to lock here because the map is thread-local.',
    'Make sure you always close the handle.',
    'Great job removing the dead code.',
    'Good luck with the launch!',
    'Why not use a Set here?',
    'Why do we retry three times?',
  ])('%j', (text) => {
    expect(analyzeTone(text)).toEqual([]);
  });
});

describe('analyzeTone: code, quotes, links and identifiers are ignored', () => {
  it('ignores fenced code blocks with backticks and tildes', () => {
    expect(analyzeTone('```js\n// this is a stupid hack, wtf\nkill(pid)\n```\nLooks fine otherwise.')).toEqual([]);
    expect(analyzeTone('~~~\ndamn = crap()\n~~~\nThe names come from the vendor SDK.')).toEqual([]);
  });

  it('treats an unclosed fence as code to the end, like Markdown does', () => {
    expect(analyzeTone('See below:\n```\nthis is crap')).toEqual([]);
  });

  it('ignores inline code', () => {
    expect(analyzeTone('Rename `make_it_less_crappy()` and `wtf` please.')).toEqual([]);
  });

  it('ignores quoted lines but still checks the reply', () => {
    const text = '> this is stupid and you never test\nI disagree, but this reply is crap.';
    expect(flagged(text)).toEqual(['crap']);
  });

  it('ignores URLs and e-mail addresses', () => {
    expect(analyzeTone('Background: https://example.com/why-this-sucks and www.example.org/wtf')).toEqual([]);
    expect(analyzeTone('Ask idiot.checker@example.com about it.')).toEqual([]);
  });

  it('ignores identifiers and paths', () => {
    expect(analyzeTone('The is_stupid_flag and isStupidFlag fields live in src/crap/util.ts.')).toEqual([]);
    expect(analyzeTone('Call os.kill and Garbage.collect from GarbageCollector.')).toEqual([]);
  });
});

describe('analyzeTone: offsets', () => {
  it('points at the offending words in a comment with several findings', () => {
    const text = 'Damn. Did you even test this? This is obviously wrong and the naming is brain-dead!!!';
    expect(flagged(text)).toEqual(['Damn', 'Did you even test this', 'obviously', 'brain-dead', '!!!']);
  });

  it('keeps offsets right after masked code and non-ASCII text', () => {
    const text = '🎉 Über-clean?\n```\nconst wtf = 1;\n```\nBut this part is crap.';
    const [finding] = analyzeTone(text);
    expect(finding && text.slice(finding.start, finding.end)).toBe('crap');
  });

  it('keeps offsets right when lowercasing would change the length', () => {
    const text = 'İstanbul team: this is crap.';
    expect(flagged(text)).toEqual(['crap']);
  });

  it('understands curly apostrophes', () => {
    expect(flagged('You’re an idiot.')).toEqual(['idiot']);
    expect(flagged('Didn’t you even read it?')).toEqual([]);
    expect(flagged('Did you even read it?')).toEqual(['Did you even read it']);
  });

  it('returns findings sorted by position', () => {
    const findings = analyzeTone('This sucks. WHY IS THIS STILL HERE. You broke it.');
    const starts = findings.map((finding) => finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findings).toHaveLength(3);
  });
});

describe('analyzeTone: options', () => {
  const text = 'Great job breaking the build. This is obviously wrong, damn it!!!';

  it('drops the categories switched off and keeps the rest', () => {
    const all = analyzeTone(text).map((finding) => finding.category);
    expect(new Set(all)).toEqual(new Set(['sarcasm', 'condescension', 'insult', 'shouting']));
    const some = analyzeTone(text, { categories: { sarcasm: false, shouting: false } }).map((f) => f.category);
    expect(new Set(some)).toEqual(new Set(['condescension', 'insult']));
  });

  it('returns nothing when every category is off', () => {
    const off = Object.fromEntries(TONE_CATEGORIES.map((category) => [category, false]));
    expect(analyzeTone(text, { categories: off })).toEqual([]);
  });

  it('flags the user’s own phrases, case-insensitively and as whole words', () => {
    const findings = analyzeTone('Per my last email, this class is fine. PER MY LAST EMAIL.', {
      flagPhrases: ['per my last email', 'ass'],
    });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['custom-phrase', 'custom-phrase']);
    expect(findings.every((finding) => finding.category === 'insult')).toBe(true);
  });

  it('keeps user phrases on when their category is off, and ignores them inside code', () => {
    const options: ToneOptions = { flagPhrases: ['meh'], categories: { insult: false } };
    expect(flagged('Meh, fine.', options)).toEqual(['Meh']);
    expect(flagged('Rename `meh` please.', options)).toEqual([]);
  });

  it('tolerates odd user phrases', () => {
    expect(() => analyzeTone('a (.*) b', { flagPhrases: ['(.*)', '', '   ', '[', '\\'] })).not.toThrow();
    expect(flagged('a (.*) b', { flagPhrases: ['(.*)'] })).toEqual(['(.*)']);
  });

  it('drops any finding that overlaps an allowed phrase', () => {
    expect(analyzeTone('What the hell is this?', { allowPhrases: ['what the hell'] })).toEqual([]);
    expect(analyzeTone('Damn, nice work.', { allowPhrases: ['DAMN'] })).toEqual([]);
    expect(flagged('Damn. This sucks.', { allowPhrases: ['damn'] })).toEqual(['sucks']);
  });

  it('lets allowed phrases win over flagged phrases', () => {
    expect(analyzeTone('circle back', { flagPhrases: ['circle back'], allowPhrases: ['circle back'] })).toEqual([]);
  });
});

describe('analyzeTone: robustness', () => {
  it('returns nothing for empty or non-text input', () => {
    expect(analyzeTone('')).toEqual([]);
    expect(analyzeTone('   \n ')).toEqual([]);
    expect(analyzeTone(undefined as unknown as string)).toEqual([]);
    expect(analyzeTone(42 as unknown as string)).toEqual([]);
  });

  it('handles very long input without throwing', () => {
    const long = 'This is fine. '.repeat(10_000) + 'This sucks.';
    expect(() => analyzeTone(long)).not.toThrow();
  });

  it('is fast on typical comments', () => {
    const comments = [
      'Could you add a test for the empty list case? The current ones only cover non-empty input.',
      'This is obviously wrong, did you even test this?',
      'nit: rename `foo` to `fooCount`.',
      'I think this breaks when the list is empty, because `items[0]` is undefined. Maybe guard it?',
    ];
    for (let i = 0; i < 200; i++) for (const comment of comments) analyzeTone(comment);
    const started = performance.now();
    const rounds = 500;
    for (let i = 0; i < rounds; i++) for (const comment of comments) analyzeTone(comment);
    const microsecondsPerComment = ((performance.now() - started) * 1000) / (rounds * comments.length);
    // The budget is 50 µs; the bound here is loose so a busy test machine does not make it flaky.
    expect(microsecondsPerComment).toBeLessThan(250);
  });
});
