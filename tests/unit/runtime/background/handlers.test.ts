import { privateKey } from '../../../../utils/calendar/private-key';
import { describe, expect, test, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from '../../../../runtime/background/handlers';
import { LeadwayStore } from '../../../../utils/storage/store';
import { openLeadwayDb } from '../../../../utils/storage/open';
import { CATALOGUE } from '../../../../utils/tips/catalogue';
import type { Settings } from '../../../../utils/settings';

const NOW = new Date(2026, 10, 24, 10, 0).getTime();
let dbCounter = 0;

function setup(overrides: Partial<HandlerDeps> = {}) {
  const name = `handlers-${++dbCounter}-${Math.random().toString(36).slice(2)}`;
  const store = new LeadwayStore(() => openLeadwayDb(name));
  const broadcast = vi.fn<(settings: Settings) => void>();
  const handlers = createHandlers({
    store,
    now: () => NOW,
    random: () => 0.5,
    broadcastSettings: broadcast,
    openOptions: async () => {},
    version: '0.1.0',
    ...overrides,
  });
  return { store, handlers, broadcast };
}

const prRequest = { surface: 'pr-hint' as const, contexts: ['pr-reviewer' as const, 'pr-first-time-contributor' as const], contextKey: 'acme/widget#42', count: 1 };

describe('background handlers', () => {
  test('getTips picks a fitting tip and records it as shown, once', async () => {
    const { handlers, store } = setup();
    const first = await handlers.getTips(prRequest);
    expect(first.tips).toHaveLength(1);
    expect(first.tips[0]!.contexts).toContain('pr-first-time-contributor');
    const again = await handlers.getTips(prRequest);
    expect(again).toEqual({ tips: first.tips, repeat: true });
    const history = await store.listHistory({});
    expect(history.map((e) => [e.type, e.tipId, e.contextKey])).toEqual([['shown', first.tips[0]!.id, 'acme/widget#42']]);
  });

  test('the popup browses without writing history', async () => {
    const { handlers, store } = setup();
    const result = await handlers.getTips({ surface: 'popup', contexts: ['anywhere'], contextKey: 'tip-of-the-day', count: 5 });
    expect(result.tips).toHaveLength(5);
    expect(await store.listHistory({})).toEqual([]);
  });

  test('the tip of the day is stable within a day', async () => {
    const { handlers } = setup({ random: Math.random });
    const request = { surface: 'popup' as const, contexts: ['anywhere' as const], contextKey: 'tip-of-the-day', count: 1 };
    const a = await handlers.getTips(request);
    const b = await handlers.getTips(request);
    expect(b.tips[0]!.id).toBe(a.tips[0]!.id);
  });

  test('"never" is recorded and that tip never returns', async () => {
    const { handlers } = setup();
    const { tips } = await handlers.getTips(prRequest);
    const tip = tips[0]!;
    await handlers.recordEvent({ type: 'never', tipId: tip.id, area: tip.area, surface: 'pr-hint', contextKey: prRequest.contextKey });
    expect((await handlers.getTips(prRequest)).blocked).toBe('context-cap');
    const elsewhere = await handlers.getTips({ ...prRequest, contextKey: 'acme/widget#43', count: 50 });
    expect(elsewhere.tips.map((t) => t.id)).not.toContain(tip.id);
  });

  test('"never" and "not now" outlive "Clear all history"; only a reset forgets them', async () => {
    const { handlers } = setup();
    const { tips } = await handlers.getTips(prRequest);
    const never = tips[0]!;
    await handlers.recordEvent({ type: 'never', tipId: never.id, area: never.area, surface: 'pr-hint', contextKey: prRequest.contextKey });
    const all = await handlers.getTips({ ...prRequest, contextKey: 'acme/widget#44', count: 50 });
    const snoozed = all.tips[0]!;
    await handlers.recordEvent({ type: 'not-now', tipId: snoozed.id, area: snoozed.area, surface: 'pr-hint', contextKey: 'acme/widget#44' });
    await handlers.clearHistory({});
    expect(await handlers.listHistory({})).toEqual([]);
    const after = await handlers.getTips({ ...prRequest, contextKey: 'acme/widget#45', count: 50 });
    expect(after.tips.map((t) => t.id)).not.toContain(never.id);
    expect(after.tips.map((t) => t.id)).not.toContain(snoozed.id);
    await handlers.resetData();
    const fresh = await handlers.getTips({ ...prRequest, contextKey: 'acme/widget#46', count: 50 });
    expect(fresh.tips.map((t) => t.id)).toEqual(expect.arrayContaining([never.id, snoozed.id]));
  });

  test('malformed requests and events are refused with clear errors', async () => {
    const { handlers } = setup();
    await expect(handlers.getTips({ ...prRequest, surface: 'nowhere' as never })).rejects.toThrow(/unknown surface/);
    await expect(
      handlers.recordEvent({ type: 'loved' as never, tipId: 'x', area: 'vision', surface: 'popup', contextKey: '' }),
    ).rejects.toThrow(/unknown reaction/);
  });

  test('saving settings broadcasts them to open tabs', async () => {
    const { handlers, broadcast } = setup();
    const saved = await handlers.saveSettings({ perPrPerDay: 3 });
    expect(saved.perPrPerDay).toBe(3);
    expect(broadcast).toHaveBeenCalledWith(saved);
    expect((await handlers.getSettings()).perPrPerDay).toBe(3);
  });

  test('custom tips are mixed into selection', async () => {
    const { handlers } = setup();
    await handlers.saveCustomTip({
      id: 'custom-abc',
      area: 'mentorship',
      title: 'Pair on the first fix',
      body: 'Offer a short pairing session on the first change a newcomer makes.',
      why: 'It turns a review into a conversation.',
      contexts: ['pr-first-time-contributor'],
      custom: true,
    });
    const result = await handlers.getTips({ ...prRequest, count: 3 });
    expect(result.tips.map((t) => t.id)).toContain('custom-abc');
  });

  test('import: a bad file comes back as a clear error and changes nothing', async () => {
    const { handlers, store } = setup();
    await handlers.saveSettings({ snoozeDays: 3 });
    const before = await handlers.exportData();
    const outcome = await handlers.importData({ text: '{"format":"leadway-export","version":1,', dryRun: false });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('truncated');
    expect(await handlers.exportData()).toEqual(before);
    expect((await store.getSettings()).snoozeDays).toBe(3);
  });

  test('import: export then import round-trips and broadcasts the new settings', async () => {
    const { handlers, broadcast } = setup();
    await handlers.saveSettings({ snoozeDays: 12 });
    await handlers.getTips(prRequest);
    const exported = await handlers.exportData();
    await handlers.resetData();
    const preview = await handlers.importData({ text: JSON.stringify(exported), dryRun: true });
    expect(preview).toMatchObject({ ok: true, preview: { historyEvents: 1 } });
    expect((await handlers.getSettings()).snoozeDays).toBe(7); // a dry run changes nothing
    const done = await handlers.importData({ text: JSON.stringify(exported), dryRun: false });
    expect(done.ok).toBe(true);
    expect((await handlers.getSettings()).snoozeDays).toBe(12);
    expect((await handlers.listHistory({})).length).toBe(1);
    expect(broadcast).toHaveBeenLastCalledWith(expect.objectContaining({ snoozeDays: 12 }));
  });

  test('the catalogue is what selection draws from', async () => {
    const { handlers } = setup();
    const result = await handlers.getTips({ surface: 'popup', contexts: ['one-on-one-manager'], contextKey: 'x', count: 200 });
    const managerTips = CATALOGUE.filter((t) => t.contexts.includes('one-on-one-manager'));
    for (const tip of managerTips) expect(result.tips.map((t) => t.id)).toContain(tip.id);
  });

  test('a full disk does not hide hints, and ping tells what is wrong until a write succeeds', async () => {
    const { handlers, store } = setup();
    expect(await handlers.ping()).toEqual({ version: '0.1.0' });
    const full = vi.spyOn(store, 'addEvents').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'));
    const result = await handlers.getTips(prRequest);
    expect(result.tips).toHaveLength(1);
    expect((await handlers.ping()).problem?.code).toBe('quota');
    full.mockRestore();
    const tip = result.tips[0]!;
    await handlers.recordEvent({ type: 'helpful', tipId: tip.id, area: tip.area, surface: 'pr-hint', contextKey: 'x' });
    expect(await handlers.ping()).toEqual({ version: '0.1.0' });
  });
  test('calendar changes are additions: two tabs at once both land, and saying it again updates one entry', async () => {
    // A meeting with no id on the page is known by a hash of its words (utils/calendar/private-key.ts).
    const STANDUP = privateKey('outlook', 'standup|org');
    const { handlers, store, broadcast } = setup();
    await Promise.all([
      handlers.rememberPerson({ name: 'Ada Lovelace', email: 'ada@example.com', relationship: 'manager' }),
      handlers.rememberPerson({ name: 'Grace Hopper', relationship: 'mentor' }),
      handlers.addNotOneOnOne(STANDUP),
      handlers.addNotOneOnOne('series-1'),
    ]);
    await handlers.rememberPerson({ name: 'Ada L.', email: 'ADA@example.com', relationship: 'peer' });
    await handlers.addNotOneOnOne('series-1');
    const settings = await store.getSettings();
    expect(settings.people.map((p) => [p.name, p.relationship])).toEqual([
      ['Ada L.', 'peer'],
      ['Grace Hopper', 'mentor'],
    ]);
    expect(new Set(settings.people.map((p) => p.id)).size).toBe(2);
    expect([...settings.notOneOnOne].sort()).toEqual([STANDUP, 'series-1'].sort());
    expect(broadcast).toHaveBeenCalled();
  });
  test('the background stamps the time: a sender cannot write history into the future or the distant past', async () => {
    const { handlers, store } = setup();
    const event = { type: 'not-now' as const, tipId: 'mentorship-01', area: 'mentorship' as const, surface: 'pr-hint' as const, contextKey: 'acme/widget#1' };
    const future = await handlers.recordEvent({ ...event, at: NOW + 10 * 365 * 86_400_000 });
    const past = await handlers.recordEvent({ ...event, at: 1 });
    const missing = await handlers.recordEvent(event);
    const retried = await handlers.recordEvent({ ...event, at: NOW - 20_000 });
    expect([future.at, past.at, missing.at, retried.at]).toEqual([NOW, NOW, NOW, NOW - 20_000]);
    expect((await store.listHistory({})).map((e) => e.at).sort()).toEqual([NOW - 20_000, NOW, NOW, NOW]);
  });

  test('an import with dates before 2020 or after tomorrow is refused, saying which', async () => {
    const { handlers, store } = setup();
    const exported = await handlers.exportData();
    const tip = { type: 'never', tipId: 'mentorship-01', area: 'mentorship', surface: 'pr-hint', contextKey: 'k' };
    for (const [at, words] of [
      [Date.UTC(2015, 2, 1), '2015-03-01, before 2020'],
      [NOW + 3 * 86_400_000, 'in the future'],
    ] as const) {
      const outcome = await handlers.importData({ text: JSON.stringify({ ...exported, history: [{ ...tip, at }] }), dryRun: true });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid', path: 'history[0].at' } });
      expect(outcome.ok === false && outcome.error.message).toContain(words);
    }
    const fine = await handlers.importData({ text: JSON.stringify({ ...exported, history: [{ ...tip, at: NOW + 3_600_000 }] }), dryRun: false });
    expect(fine.ok).toBe(true);
    expect(await store.listHistory({})).toHaveLength(1);
  });
});

describe('Enterprise hosts from an import', () => {
  test('must be https, like the options page requires', async () => {
    const { handlers, store } = setup();
    const exported = await handlers.exportData();
    const file = (hosts: string[]) => JSON.stringify({ ...exported, settings: { ...exported.settings, enterpriseHosts: hosts } });
    const refused = await handlers.importData({ text: file(['http://github.example.com']), dryRun: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', path: 'settings.enterpriseHosts[0]' } });
    expect(refused.ok === false && refused.error.message).toContain('https');
    await expect(handlers.saveSettings({ enterpriseHosts: ['http://github.example.com'] })).rejects.toThrow(/https/);
    const accepted = await handlers.importData({ text: file(['https://github.example.com']), dryRun: false });
    expect(accepted.ok).toBe(true);
    expect((await store.getSettings()).enterpriseHosts).toEqual(['https://github.example.com']);
  });
});
