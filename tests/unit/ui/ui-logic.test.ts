import { favouriteTips, localTipOfTheDay, rememberedTipOfTheDay, rememberTipOfTheDay, searchTips, tipsInArea, toggleFavourite } from '../../../components/popup/tips';
import { parseEnterpriseOrigin, originPattern } from '../../../components/options/enterprise';
import { emptyDraft, validateDraft, draftFromTip } from '../../../components/options/custom-tip';
import { exportFileName } from '../../../components/options/DataSection';
import { groupByDay } from '../../../components/options/HistorySection';
import { niceMax } from '../../../components/options/GrowthChart';
import { sectionForHash } from '../../../components/options/sections';
import { validatePerson } from '../../../components/options/PeopleSection';
import { resolveTheme } from '../../../components/popup/theme';
import { CATALOGUE } from '../../../utils/tips/catalogue';
import { defaultSettings } from '../../../utils/settings';
import type { Tip } from '../../../utils/tips/types';

const NOW = Date.UTC(2025, 4, 14, 10, 0);

const tip = (id: string, partial: Partial<Tip> = {}): Tip => ({
  id,
  area: 'mentorship',
  title: `Title ${id}`,
  body: `Body ${id}`,
  why: `Why ${id}`,
  contexts: ['anywhere'],
  ...partial,
});

describe('popup tip helpers', () => {
  test('search needs every word, in any of title, body or why, ignoring case', () => {
    const tips = [tip('a', { title: 'Praise in public' }), tip('b', { body: 'Critique in PRIVATE, praise often' }), tip('c', { why: 'Public praise builds trust' })];
    expect(searchTips(tips, 'praise').map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(searchTips(tips, 'PUBLIC praise').map((t) => t.id)).toEqual(['a', 'c']);
    expect(searchTips(tips, '  private   critique ').map((t) => t.id)).toEqual(['b']);
    expect(searchTips(tips, '   ')).toEqual([]);
  });

  test('favourites keep starring order and skip tips that no longer exist', () => {
    const tips = [tip('a'), tip('b'), tip('c')];
    expect(favouriteTips(tips, ['c', 'gone', 'a']).map((t) => t.id)).toEqual(['c', 'a']);
    expect(toggleFavourite(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleFavourite(['a', 'b'], 'a')).toEqual(['b']);
  });

  test('tipsInArea filters by area', () => {
    expect(tipsInArea([tip('a'), tip('b', { area: 'vision' })], 'vision').map((t) => t.id)).toEqual(['b']);
  });

  test('the local tip of the day is stable within a day, fits anywhere, and respects areas', () => {
    const first = localTipOfTheDay(CATALOGUE, defaultSettings(), NOW);
    const again = localTipOfTheDay(CATALOGUE, defaultSettings(), NOW + 3_600_000);
    expect(first.map((t) => t.id)).toEqual(again.map((t) => t.id));
    expect(first).toHaveLength(10);
    expect(first.every((t) => t.contexts.includes('anywhere'))).toBe(true);
    const settings = defaultSettings();
    settings.areas[first[0]!.area] = false;
    expect(localTipOfTheDay(CATALOGUE, settings, NOW).some((t) => t.area === first[0]!.area)).toBe(false);
  });

  test('the remembered tip of the day is used only on the same day', () => {
    localStorage.clear();
    const ids = CATALOGUE.slice(3, 6).map((t) => t.id);
    rememberTipOfTheDay(ids, NOW);
    expect(rememberedTipOfTheDay(CATALOGUE, NOW + 60_000)?.map((t) => t.id)).toEqual(ids);
    expect(rememberedTipOfTheDay(CATALOGUE, NOW + 2 * 86_400_000)).toBeUndefined();
    localStorage.setItem('leadway.popup.tipOfTheDay', '{not json');
    expect(rememberedTipOfTheDay(CATALOGUE, NOW)).toBeUndefined();
  });

  test('resolveTheme: an explicit choice wins over the system', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('GitHub Enterprise addresses', () => {
  test.each([
    ['github.example.com', 'https://github.example.com'],
    ['https://github.example.com/', 'https://github.example.com'],
    ['  https://git.corp.example.org/acme/widget/pull/4  ', 'https://git.corp.example.org'],
    ['https://github.example.com:8443', 'https://github.example.com:8443'],
  ])('%s is read as %s', (input, origin) => {
    expect(parseEnterpriseOrigin(input)).toEqual({ ok: true, origin });
  });

  test.each([
    ['', /Type the address/],
    ['http://github.example.com', /only on https/],
    ['localhost', /does not look like a server name/],
    ['https://github.com', /already covered/],
    ['https://gist.github.com', /already covered/],
    ['https://exa mple.com', /not a web address/],
  ])('%j is refused', (input, message) => {
    const result = parseEnterpriseOrigin(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test('the permission pattern covers the whole origin', () => {
    expect(originPattern('https://github.example.com')).toBe('https://github.example.com/*');
  });
});

describe('custom tip drafts', () => {
  test('an empty draft names every missing field', () => {
    const result = validateDraft({ ...emptyDraft(), contexts: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['area', 'body', 'contexts', 'title', 'why']);
  });

  test('a good draft becomes a custom tip with a custom- id, trimmed texts and contexts in catalogue order', () => {
    const result = validateDraft({ title: '  Pair on the gnarly part ', body: 'Offer an hour of pairing.', why: 'Faster than ten comments.', area: 'mentorship', contexts: ['review-comment', 'pr-reviewer'], roles: [] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tip.id).toMatch(/^custom-[a-z0-9]{10}$/);
    expect(result.tip).toMatchObject({ title: 'Pair on the gnarly part', custom: true, contexts: ['pr-reviewer', 'review-comment'] });
    expect(result.tip.roles).toBeUndefined();
  });

  test('editing keeps the id; limits come from the store', () => {
    const original: Tip = { ...tip('custom-keepme'), custom: true, roles: ['manager'] };
    const draft = draftFromTip(original);
    const result = validateDraft({ ...draft, body: 'x'.repeat(281) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.body).toMatch(/280 characters or fewer \(now 281\)/);
    const ok = validateDraft(draft);
    expect(ok.ok && ok.tip.id).toBe('custom-keepme');
    expect(ok.ok && ok.tip.roles).toEqual(['manager']);
  });
});

describe('options helpers', () => {
  test('people: a name is needed, an email is optional but must look like one and be unique', () => {
    const others = [{ id: 'p1', name: 'Priya', email: 'priya@example.com', relationship: 'manager' as const }];
    expect(validatePerson('  ', '', others)).toEqual({ name: 'Enter a name.' });
    expect(validatePerson('Sam', 'not-an-email', others).email).toMatch(/does not look like an email/);
    expect(validatePerson('Sam', 'PRIYA@example.com', others).email).toMatch(/already has this email/);
    expect(validatePerson('Sam', '', others)).toEqual({});
  });

  test('export files are named by local date', () => {
    expect(exportFileName(new Date(2025, 0, 7, 12).getTime())).toBe('leadway-export-2025-01-07.json');
  });

  test('history groups by day, newest first', () => {
    const at = (day: number, hour: number) => new Date(2025, 4, day, hour).getTime();
    const event = (day: number, hour: number, id: number) => ({ id, type: 'shown' as const, tipId: 't', area: 'vision' as const, surface: 'popup' as const, contextKey: '', at: at(day, hour) });
    const groups = groupByDay([event(12, 9, 1), event(14, 8, 2), event(12, 17, 3), event(14, 20, 4)]);
    expect(groups.map((g) => g.events.map((e) => e.id))).toEqual([
      [4, 2],
      [3, 1],
    ]);
  });

  test('the chart scale rounds up to a readable number', () => {
    expect(niceMax(0)).toBe(4);
    expect(niceMax(3)).toBe(4);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(13)).toBe(20);
    expect(niceMax(23)).toBe(25);
    expect(niceMax(420)).toBe(500);
  });

  test('section hashes, with the aliases pages may link to', () => {
    expect(sectionForHash('#people')).toBe('people');
    expect(sectionForHash('#tone')).toBe('sites');
    expect(sectionForHash('#Frequency')).toBe('frequency');
    expect(sectionForHash('#nothing')).toBeUndefined();
  });
});
