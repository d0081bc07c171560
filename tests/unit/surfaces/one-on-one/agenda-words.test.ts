import { agendaText, formatMeetingTime } from '../../../../surfaces/one-on-one/agenda';
import { oneOnOneContextLabel, oneOnOneHeading, rememberedMessage, RELATIONSHIP_CHOICES, RELATIONSHIP_TAGS } from '../../../../surfaces/one-on-one/words';
import { agendaPrompts } from '../../../../utils/tips/catalogue/agenda';
import { RELATIONSHIPS } from '../../../../utils/settings';

const START = new Date(2026, 10, 24, 10, 0).getTime();

describe('agendaText', () => {
  test('heads the list with who, what and when, then the prompts as a plain bulleted list', () => {
    const text = agendaText({ title: '1:1 Dana / Morgan', start: START, counterpartName: 'Morgan Chen', relationship: 'manager' }, 'en-US');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`1:1 with Morgan Chen: 1:1 Dana / Morgan (${formatMeetingTime(START, 'en-US')})`);
    expect(lines[0]).toContain('Tuesday, November 24');
    const bullets = lines.filter((line) => line.startsWith('- ') && line.length > 2);
    expect(bullets).toEqual(agendaPrompts('manager').map((prompt) => `- ${prompt}`));
    // Plain text only: nothing a paste target would read as markup.
    expect(text).not.toMatch(/[<>*#]/);
  });

  test('each relationship gets its own prompts; an unknown one gets the general list', () => {
    for (const relationship of RELATIONSHIPS) {
      expect(agendaText({ title: 't', relationship })).toContain(`- ${agendaPrompts(relationship)[0]}`);
    }
    expect(agendaText({ title: 't' })).toContain(`- ${agendaPrompts(undefined)[0]}`);
  });

  test('copes with a missing time, title or name', () => {
    expect(agendaText({ title: '' }).split('\n')[0]).toBe('Your 1:1: untitled event');
    expect(agendaText({ title: 'Sync', start: Number.NaN }).split('\n')[0]).toBe('Your 1:1: Sync');
  });

  test('keeps page text as it is, markup and all (the clipboard gets plain text)', () => {
    const hostile = '1:1 <img src=x onerror="alert(1)">';
    expect(agendaText({ title: hostile, counterpartName: '<b>Sam</b>' }).split('\n')[0]).toBe(`1:1 with <b>Sam</b>: ${hostile}`);
  });
});

describe('labels', () => {
  test('the picker offers every relationship once, with a label and a hint', () => {
    expect(RELATIONSHIP_CHOICES.map((choice) => choice.relationship).sort()).toEqual([...RELATIONSHIPS].sort());
    for (const choice of RELATIONSHIP_CHOICES) {
      expect(choice.label.length).toBeGreaterThan(0);
      expect(choice.hint.length).toBeGreaterThan(0);
    }
    for (const relationship of RELATIONSHIPS) expect(RELATIONSHIP_TAGS[relationship]).toBeTruthy();
  });

  test('headings and popup labels', () => {
    expect(oneOnOneHeading('Morgan Chen')).toBe('1:1 with Morgan Chen');
    expect(oneOnOneHeading(undefined)).toBe('Your 1:1');
    expect(oneOnOneContextLabel('manager', 'Morgan Chen')).toBe('1:1 with your manager');
    expect(oneOnOneContextLabel('report', 'Priya')).toBe('1:1 with someone who reports to you');
    expect(oneOnOneContextLabel(undefined, 'Sam Okafor')).toBe('1:1 with Sam Okafor');
    expect(oneOnOneContextLabel(undefined, 'Jordan Blake', true)).toBe('Skip-level 1:1');
    expect(oneOnOneContextLabel(undefined, undefined)).toBe('A 1:1 meeting');
    expect(rememberedMessage('Sam', 'mentee')).toBe('Saved: Sam is someone you mentor. Leadway will remember for your next 1:1s.');
  });
});
