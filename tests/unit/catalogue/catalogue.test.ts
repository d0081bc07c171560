import { AREAS } from '../../../utils/tips/areas';
import { TIP_BODY_MAX, TIP_CONTEXTS, USER_ROLES, type TipContext } from '../../../utils/tips/types';
import { RELATIONSHIPS, type Relationship } from '../../../utils/settings';
import { CATALOGUE, TIPS_BY_AREA, tipById } from '../../../utils/tips/catalogue';
import { agendaPrompts } from '../../../utils/tips/catalogue/agenda';
import { words } from '../../../scripts/checks/originality';

/** The minimum supply of tips per context that the selection needs to keep hints varied. */
const MIN_PER_CONTEXT: Record<TipContext, number> = {
  'pr-reviewer': 15,
  'pr-author': 6,
  'pr-first-time-contributor': 6,
  'pr-large': 6,
  'pr-draft': 6,
  'pr-long-thread': 6,
  'pr-merged': 6,
  'pr-compare': 6,
  'review-comment': 6,
  'one-on-one-manager': 12,
  'one-on-one-report': 12,
  'one-on-one-skip-level': 6,
  'one-on-one-peer': 6,
  'one-on-one-mentor': 6,
  'one-on-one-mentee': 6,
  'one-on-one': 6,
  anywhere: 20,
};

/** Words allowed a capital inside a sentence-case title. */
const PROPER_WORDS = new Set(['Friday', 'PR', 'PRs', 'CI']);

describe('catalogue size and areas', () => {
  test('holds at least 120 tips', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(120);
  });

  test.each(AREAS)('area %s has at least 12 tips, all labelled with that area', (area) => {
    const tips = TIPS_BY_AREA[area];
    expect(tips.length).toBeGreaterThanOrEqual(12);
    for (const tip of tips) expect(tip.area).toBe(area);
    expect(CATALOGUE.filter((tip) => tip.area === area)).toHaveLength(tips.length);
  });

  test('CATALOGUE is exactly the area files, in AREAS order', () => {
    expect(CATALOGUE.map((tip) => tip.id)).toEqual(AREAS.flatMap((area) => TIPS_BY_AREA[area].map((tip) => tip.id)));
  });

  test('is frozen so no caller can edit a shared tip', () => {
    expect(Object.isFrozen(CATALOGUE)).toBe(true);
    for (const tip of CATALOGUE) {
      expect(Object.isFrozen(tip)).toBe(true);
      expect(Object.isFrozen(tip.contexts)).toBe(true);
    }
  });
});

describe('ids', () => {
  test('are unique', () => {
    const ids = CATALOGUE.map((tip) => tip.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('look like <area>-NN with the tip’s own area', () => {
    for (const tip of CATALOGUE) expect(tip.id).toMatch(new RegExp(`^${tip.area}-\\d{2}$`));
  });

  test('tipById finds every tip and nothing else', () => {
    for (const tip of CATALOGUE) expect(tipById(tip.id)).toBe(tip);
    expect(tipById('mentorship-99')).toBeUndefined();
    expect(tipById('')).toBeUndefined();
    expect(tipById('constructor')).toBeUndefined();
    expect(tipById('MENTORSHIP-01')).toBeUndefined();
  });
});

describe('each tip', () => {
  test.each(CATALOGUE.map((tip) => [tip.id, tip] as const))('%s is well formed', (_id, tip) => {
    expect(tip.contexts.length).toBeGreaterThanOrEqual(1);
    for (const context of tip.contexts) expect(TIP_CONTEXTS).toContain(context);
    expect(new Set(tip.contexts).size).toBe(tip.contexts.length);
    if (tip.roles !== undefined) {
      expect(tip.roles.length).toBeGreaterThanOrEqual(1);
      for (const role of tip.roles) expect(USER_ROLES).toContain(role);
    }
    expect(tip.custom).toBeUndefined();

    const titleWords = tip.title.split(' ');
    expect(titleWords.length).toBeGreaterThanOrEqual(2);
    expect(titleWords.length).toBeLessThanOrEqual(6);
    expect(tip.title).toMatch(/^[A-Z]/);
    expect(tip.title).not.toMatch(/[.:;]$/);
    for (const word of titleWords.slice(1)) {
      if (/^[A-Z]/.test(word)) expect(PROPER_WORDS).toContain(word);
    }

    expect(tip.body.length).toBeGreaterThanOrEqual(80);
    expect(tip.body.length).toBeLessThanOrEqual(TIP_BODY_MAX);
    expect(tip.body).toMatch(/[.?”)]$/);
    expect(tip.why.trim().length).toBeGreaterThan(0);
    expect(tip.why.length).toBeLessThanOrEqual(140);

    for (const text of [tip.title, tip.body, tip.why]) {
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\s{2,}|\n/);
      expect(text).not.toContain('!');
      expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });
});

describe('supply per context', () => {
  test.each(Object.entries(MIN_PER_CONTEXT))('%s has at least %i tips', (context, minimum) => {
    const count = CATALOGUE.filter((tip) => tip.contexts.includes(context as TipContext)).length;
    expect(count).toBeGreaterThanOrEqual(minimum);
  });

  test('every context has a minimum above', () => {
    expect(Object.keys(MIN_PER_CONTEXT).sort()).toEqual([...TIP_CONTEXTS].sort());
  });
});

describe('variety', () => {
  test('no two tips share a title', () => {
    const titles = CATALOGUE.map((tip) => tip.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('no two tips share a body or a why', () => {
    expect(new Set(CATALOGUE.map((tip) => tip.body)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((tip) => tip.why)).size).toBe(CATALOGUE.length);
  });

  test('openings vary: no first word starts more than a sixth of the bodies', () => {
    const counts = new Map<string, number>();
    for (const tip of CATALOGUE) {
      const first = words(tip.body)[0] ?? '';
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    for (const [, count] of counts) expect(count).toBeLessThanOrEqual(Math.ceil(CATALOGUE.length / 6));
  });
});

describe('agendaPrompts', () => {
  test.each([...RELATIONSHIPS, undefined])('gives 4 to 6 distinct prompts for %s', (relationship) => {
    const prompts = agendaPrompts(relationship);
    expect(prompts.length).toBeGreaterThanOrEqual(4);
    expect(prompts.length).toBeLessThanOrEqual(6);
    expect(new Set(prompts).size).toBe(prompts.length);
    for (const prompt of prompts) {
      expect(prompt.trim()).toBe(prompt);
      expect(prompt.length).toBeGreaterThan(10);
      expect(prompt.length).toBeLessThanOrEqual(120);
      expect(prompt).not.toContain('!');
    }
  });

  test('each relationship gets its own prompts', () => {
    const lists = [...RELATIONSHIPS, undefined].map((relationship) => agendaPrompts(relationship).join('\n'));
    expect(new Set(lists).size).toBe(lists.length);
  });

  test('talks about managing up for a manager and about their agenda for a report', () => {
    expect(agendaPrompts('manager').join(' ')).toMatch(/propose/);
    expect(agendaPrompts('report').join(' ')).toMatch(/their topics/);
  });

  test('returns a fresh list each time', () => {
    const first = agendaPrompts('peer');
    first.length = 0;
    expect(agendaPrompts('peer').length).toBeGreaterThanOrEqual(4);
  });

  test('treats an unexpected stored value like an unknown relationship', () => {
    expect(agendaPrompts('boss' as Relationship)).toEqual(agendaPrompts(undefined));
    expect(agendaPrompts('toString' as Relationship)).toEqual(agendaPrompts(undefined));
  });
});
