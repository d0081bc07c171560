import { describe, expect, test } from 'vitest';
import { analyzeTone } from '../../../utils/tone/analyze';

const flagged = (text: string) => analyzeTone(text).some((item) => item.ruleId === 'insult-word' || item.ruleId === 'insult-dislike');

// Written for this test. A mild judgement counts by what it lands on, not by how long the comment is.
describe('mild judgements are judged by their target', () => {
  test.each([
    'This is ugly.',
    'Honestly this looks awful.',
    'Ugly! Please split the parser out of the renderer.',
    // Pointed at the change: a suggestion in the same long comment does not excuse it.
    'This is pretty ugly. Could we instead keep the retry count in the config file and read it once at startup, so the loop stays simple?',
    'Please rewrite this awful helper; maybe a plain map lookup would do, since the keys are known when the module loads anyway.',
    'Your terrible naming makes this hard to follow, so could you consider renaming the three flags before we merge this branch?',
    // Said to the reader
    'You wrote an ugly loop here; could we use a map instead, so the lookups stay constant time when the table grows later on?',
  ])('flags %j', (text) => {
    expect(flagged(text)).toBe(true);
  });

  test.each([
    // A possible outcome
    'If we inline it here, the call site would be pretty ugly.',
    'With three flags the signature is going to look ugly.',
    // Shared or older code
    'We use a horrible workaround for the clock skew in the scheduler.',
    'The current retry loop is ugly, and this change makes it much clearer.',
    // Things in general
    'Tuples are nasty when nobody documents the fields.',
    'I hate writing migrations by hand.',
    'Usually that pattern looks awful in stack traces.',
    // A situation named after the word
    "It's kind of ugly to compare the strings twice.",
    // An unnamed thing being replaced, in a comment that explains itself and proposes another way
    'The retry now runs off the event loop, so we could drop the timer entirely and get rid of the ugly polling. How about a promise instead?',
  ])('leaves %j alone', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
