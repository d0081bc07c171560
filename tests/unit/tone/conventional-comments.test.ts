import {
  applyConventionalLabel,
  CONVENTIONAL_DECORATIONS,
  CONVENTIONAL_LABELS,
  parseConventionalLabel,
} from '../../../utils/tone/conventional-comments';

describe('Conventional Comments vocabulary', () => {
  it('has the standard labels and decorations', () => {
    expect([...CONVENTIONAL_LABELS]).toEqual([
      'praise',
      'nitpick',
      'suggestion',
      'issue',
      'question',
      'thought',
      'todo',
      'chore',
      'note',
    ]);
    expect([...CONVENTIONAL_DECORATIONS]).toEqual(['non-blocking', 'blocking', 'if-minor']);
  });
});

describe('parseConventionalLabel', () => {
  it('reads label, decorations and subject', () => {
    expect(parseConventionalLabel('suggestion (non-blocking, if-minor): extract a helper')).toEqual({
      label: 'suggestion',
      decorations: ['non-blocking', 'if-minor'],
      subject: 'extract a helper',
      prefixLength: 'suggestion (non-blocking, if-minor): '.length,
    });
  });

  it('accepts any case, no space before the decorations, bold markup and leading whitespace', () => {
    expect(parseConventionalLabel('Issue(blocking): leaks the handle')?.label).toBe('issue');
    expect(parseConventionalLabel('**praise:** lovely tests')).toMatchObject({ label: 'praise', subject: 'lovely tests' });
    expect(parseConventionalLabel('  question: why two caches?')).toMatchObject({ label: 'question', subject: 'why two caches?' });
  });

  it('understands the common short form "nit:"', () => {
    expect(parseConventionalLabel('nit: rename')).toMatchObject({ label: 'nitpick', decorations: [], subject: 'rename' });
  });

  it('keeps unknown decorations as written', () => {
    expect(parseConventionalLabel('issue (security, blocking): token in logs')?.decorations).toEqual(['security', 'blocking']);
  });

  it('returns undefined for ordinary prose and unknown labels', () => {
    expect(parseConventionalLabel('This looks good: ship it')).toBeUndefined();
    expect(parseConventionalLabel('warning: flaky')).toBeUndefined();
    expect(parseConventionalLabel('**issue: half bold')).toBeUndefined();
    expect(parseConventionalLabel('')).toBeUndefined();
    expect(parseConventionalLabel(undefined as unknown as string)).toBeUndefined();
  });
});

describe('applyConventionalLabel', () => {
  it('prefixes a label with decorations', () => {
    expect(applyConventionalLabel('extract a helper?', 'suggestion', ['non-blocking'])).toBe(
      'suggestion (non-blocking): extract a helper?',
    );
    expect(applyConventionalLabel('why two caches?', 'question', [])).toBe('question: why two caches?');
    expect(applyConventionalLabel('a', 'issue', ['blocking', 'if-minor'])).toBe('issue (blocking, if-minor): a');
  });

  it('replaces an existing leading label instead of stacking', () => {
    expect(applyConventionalLabel('nit: rename this', 'suggestion', ['non-blocking'])).toBe(
      'suggestion (non-blocking): rename this',
    );
    const once = applyConventionalLabel('leaks the handle', 'issue', ['blocking']);
    expect(applyConventionalLabel(once, 'issue', ['non-blocking'])).toBe('issue (non-blocking): leaks the handle');
    expect(applyConventionalLabel('**thought:** maybe later', 'note')).toBe('note: maybe later');
  });

  it('drops duplicate and blank decorations and leading whitespace', () => {
    expect(applyConventionalLabel('  tidy up', 'chore', ['if-minor', 'If-Minor', ' '])).toBe('chore (if-minor): tidy up');
  });

  it('works on an empty draft so the user can type after the label', () => {
    expect(applyConventionalLabel('', 'praise')).toBe('praise: ');
  });

  it('round-trips through the parser', () => {
    const text = applyConventionalLabel('keep the retry count low', 'todo', ['non-blocking']);
    expect(parseConventionalLabel(text)).toMatchObject({
      label: 'todo',
      decorations: ['non-blocking'],
      subject: 'keep the retry count low',
    });
  });
});
