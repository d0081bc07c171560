import { LEXICON, words } from '../../../utils/tone/lexicon';
import { phrase, phrasePattern, wordPattern } from '../../../utils/tone/rules/shared';

describe('phrase patterns', () => {
  test('a space is any run of whitespace and a plain group does not capture', () => {
    expect(phrase('did you (not|never) (read|see) it')).toBe(String.raw`did\s+you\s+(?:not|never)\s+(?:read|see)\s+it`);
    expect(phrasePattern('did you (not|never) read').exec('did  you\nnever read')?.length).toBe(1);
  });

  test('character classes, escapes, lookarounds and named groups are left as written', () => {
    const source = String.raw`(?<=\b(is|are)\s{1,3})brain[- ]?dead(?!\s)|(?<first>a\(b\)) [ ,]c\ d`;
    const expected = String.raw`(?<=\b(?:is|are)\s{1,3})brain[- ]?dead(?!\s)|(?<first>a\(b\))\s+[ ,]c\ d`;
    expect(phrase(source)).toBe(expected);
    expect(new RegExp(phrase(source)).exec('is  brain dead')?.[0]).toBe('brain dead');
  });

  test('applying it twice changes nothing, so phrases compose', () => {
    const inner = '(you|u) (broke|ruined)';
    expect(phrase(phrase(inner))).toBe(phrase(inner));
    expect(phrase(`why would ${inner}`)).toBe(phrase(`why would ${phrase(inner)}`));
  });

  test('word patterns never match inside a longer word', () => {
    const pattern = wordPattern('screw (it|this)');
    expect('screw it'.match(pattern)).toEqual(['screw it']);
    expect('unscrew it'.match(pattern)).toBeNull();
    expect('screw items'.match(pattern)).toBeNull();
  });
});

describe('lexicon tables', () => {
  test('`~` marks a mild judgement and is not part of the word', () => {
    expect(LEXICON.get('ugly')?.mild).toBe(true);
    expect(LEXICON.get('hate')?.mild).toBe(true);
    expect(LEXICON.get('abysmal')?.mild).toBeFalsy();
    expect(LEXICON.get('idiot')?.mild).toBeFalsy();
    expect([...LEXICON.keys()].filter((word) => word.includes('~'))).toEqual([]);
  });

  test('rewrites and noun rewrites are read from "=" and "|"', () => {
    expect(LEXICON.get('crap')).toMatchObject({ kind: 'profanity', rewrite: 'not great', nounRewrite: 'stuff' });
    expect(LEXICON.get('terrible')).toMatchObject({ kind: 'insult', rewrite: 'problematic', mild: true });
    expect(LEXICON.get('idiot')).toMatchObject({ kind: 'insult', rewrite: undefined });
    expect(LEXICON.get('damn')?.rewrite).toBe('');
  });

  test('harmless contexts: "<" for the word before, ">" for the word after, merged per word', () => {
    expect(LEXICON.get('evil')?.harmlessNext?.has('twin')).toBe(true);
    expect(LEXICON.get('stupid')?.harmlessPrevious?.has('seems')).toBe(true);
    expect(LEXICON.get('stupid')?.harmlessNext?.has('fast')).toBe(true);
    expect(LEXICON.get('hate')?.harmlessPrevious?.has("i'd")).toBe(true);
    expect(LEXICON.get('hate')?.harmlessNext?.has('to')).toBe(true);
    expect(LEXICON.get('ass')?.harmlessPrevious?.has('please')).toBe(true);
    expect(LEXICON.get('ass')?.harmlessNext?.has('docstring')).toBe(true);
    // A harmless context keeps the entry's other facts.
    expect(LEXICON.get('crazy')).toMatchObject({ kind: 'insult', rewrite: 'surprising', mild: true });
    expect(LEXICON.get('idiot')?.harmlessPrevious).toBeUndefined();
  });

  test('words() is a set of the space-separated words', () => {
    expect(words("you you're u")).toEqual(new Set(['you', "you're", 'u']));
  });
});
