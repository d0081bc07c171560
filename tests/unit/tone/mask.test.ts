import { maskNonProse } from '../../../utils/tone/mask';

describe('maskNonProse', () => {
  const blanked = (text: string, part: string) => {
    const masked = maskNonProse(text);
    const at = text.indexOf(part);
    return masked.slice(at, at + part.length).trim() === '';
  };

  it('keeps the length and every line break', () => {
    const text = 'a `b` c\n```\ncode\n```\n> quote\nhttps://x.y/z end';
    const masked = maskNonProse(text);
    expect(masked).toHaveLength(text.length);
    expect([...masked].filter((ch) => ch === '\n')).toHaveLength([...text].filter((ch) => ch === '\n').length);
  });

  it('blanks fenced blocks (backticks and tildes, long fences, unclosed fences)', () => {
    expect(blanked('x\n```ts\nconst crap = 1;\n```\ny', 'const crap = 1;')).toBe(true);
    expect(blanked('x\n~~~\nwtf()\n~~~\ny', 'wtf()')).toBe(true);
    expect(blanked('x\n````\n```\nstill code\n````\ny', 'still code')).toBe(true);
    expect(blanked('x\n```\nnever closed', 'never closed')).toBe(true);
    expect(maskNonProse('x\n```\ncode\n```\nprose after').endsWith('prose after')).toBe(true);
  });

  it('blanks inline code, quoted lines, URLs and e-mail addresses', () => {
    expect(blanked('call `kill -9` now', '`kill -9`')).toBe(true);
    expect(blanked('> you never test\nreply', '> you never test')).toBe(true);
    expect(blanked('see https://example.com/a_b?c=d#e for more', 'https://example.com/a_b?c=d#e')).toBe(true);
    expect(blanked('mail dev.team@example.org now', 'dev.team@example.org')).toBe(true);
  });

  it('blanks identifiers and paths but keeps ordinary words', () => {
    const text = 'The snake_case and camelCase and PascalCaseName in src/util/io.ts and abort() stay out; prose stays.';
    const masked = maskNonProse(text);
    for (const part of ['snake_case', 'camelCase', 'PascalCaseName', 'src/util/io.ts', 'abort']) {
      expect(blanked(text, part)).toBe(true);
    }
    expect(masked).toContain('The ');
    expect(masked).toContain('prose stays.');
  });

  it('keeps capitalised words and acronyms (the shouting rule judges those)', () => {
    expect(maskNonProse('WHY IS THIS HERE')).toBe('WHY IS THIS HERE');
  });

  it('blanks a quote that starts mid-line after a colon or a sentence, not a comparison', () => {
    expect(blanked('Re your review: > this whole module is junk', '> this whole module is junk')).toBe(true);
    expect(blanked('Fair point. > you never run the tests\nI do, though.', '> you never run the tests')).toBe(true);
    expect(maskNonProse('keep x > 0 here, it is junk')).toContain('it is junk');
  });

  it('blanks words in quotation marks that are introduced as someone else’s', () => {
    expect(blanked('The release notes said "this update is garbage" twice.', '"this update is garbage"')).toBe(true);
    expect(blanked('From the forum: “what a useless tool”. Fixed now.', '“what a useless tool”')).toBe(true);
    expect(blanked('The string "Shut up!" is the villain’s line.', '"Shut up!"')).toBe(true);
  });

  it('keeps the writer’s own words in quotation marks (scare quotes can carry the jab)', () => {
    expect(maskNonProse('So this is your "clean" refactor?')).toContain('"clean"');
    expect(maskNonProse('Stop "fixing" things that are not broken.')).toContain('"fixing"');
  });
});
