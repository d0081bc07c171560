import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/settings';
import { StorageError } from '../../../utils/storage/errors';
import { customTip, openStore } from './helpers';

describe('LeadwayStore settings', () => {
  it('returns defaults when nothing is stored', async () => {
    const { store } = await openStore();
    expect(await store.getSettings()).toEqual(defaultSettings());
  });

  it('saves a patch, merging nested objects one level deep, and returns the new value', async () => {
    const { store } = await openStore();
    const saved = await store.saveSettings({ role: 'manager', dailyCaps: { 'pr-hint': 2 }, quietHours: { enabled: true } });
    expect(saved.role).toBe('manager');
    expect(saved.dailyCaps).toEqual({ ...defaultSettings().dailyCaps, 'pr-hint': 2 });
    expect(saved.quietHours).toEqual({ enabled: true, start: '19:00', end: '08:00' });
    expect(await store.getSettings()).toEqual(saved);
  });

  it('fills settings an older record lacks on read', async () => {
    const { store, db } = await openStore();
    await db.put('settings', { role: 'tech-lead', theme: 'dark' } as never, 'settings');
    expect(await store.getSettings()).toEqual({ ...defaultSettings(), role: 'tech-lead', theme: 'dark' });
  });

  it.each([
    [{ snoozeDays: -1 }, 'settings.snoozeDays must be a whole number from 0 to 365'],
    [{ role: 'boss' }, 'settings.role must be one of individual-contributor, tech-lead, manager'],
    [{ quietHours: { start: '25:00' } }, 'settings.quietHours.start must be a time like 08:30'],
    [{ dailyCaps: { popup: 2.5 } }, 'settings.dailyCaps.popup must be a whole number'],
    [{ people: [{ id: 'p1', name: 'Ana', relationship: 'boss' }] }, 'settings.people[0].relationship must be one of'],
    [{ people: [{ id: 'p1', name: 'Ana', relationship: 'peer' }, { id: 'p1', name: 'Bo', relationship: 'peer' }] }, 'settings.people[1].id repeats the id of settings.people[0]'],
    [{ enterpriseHosts: ['github.example.com'] }, 'settings.enterpriseHosts[0] must be a web origin'],
    [{ colour: 'blue' }, 'settings.colour is not a setting Leadway knows'],
    [{ areas: { cooking: true } }, 'settings.areas.cooking is not a setting Leadway knows'],
  ])('refuses an invalid patch with a clear message (%#)', async (patch, message) => {
    const { store } = await openStore();
    await store.saveSettings({ theme: 'dark' });
    const error = (await store.saveSettings(patch as never).catch((e: unknown) => e)) as StorageError;
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(message);
    expect((await store.getSettings()).theme).toBe('dark');
  });

  it('refuses a patch that is not an object', async () => {
    const { store } = await openStore();
    await expect(store.saveSettings(null as never)).rejects.toThrow('object of new values');
  });
});

describe('LeadwayStore custom tips', () => {
  it('saves, lists, replaces and deletes tips', async () => {
    const { store } = await openStore();
    const saved = await store.saveCustomTip(customTip({ title: '  Ask what they already tried  ' }));
    expect(saved.title).toBe('Ask what they already tried');
    expect(saved.custom).toBe(true);
    await store.saveCustomTip(customTip({ id: 'custom-b', area: 'vision', contexts: ['anywhere'], roles: ['manager'] }));
    await store.saveCustomTip({ ...saved, body: 'A shorter body.' });
    const tips = await store.listCustomTips();
    expect(tips.map((t) => [t.id, t.body])).toEqual([
      ['custom-ask-for-context', 'A shorter body.'],
      ['custom-b', saved.body],
    ]);
    await store.deleteCustomTip('custom-b');
    expect((await store.listCustomTips()).map((t) => t.id)).toEqual(['custom-ask-for-context']);
  });

  it.each([
    [{ id: 'mentorship-01' }, 'tip.id must start with "custom-"'],
    [{ id: 'custom-has space' }, 'tip.id must be "custom-" followed by letters'],
    [{ area: 'cooking' }, 'tip.area must be one of'],
    [{ title: '   ' }, 'tip.title must not be empty'],
    [{ title: 'x'.repeat(81) }, 'tip.title must be at most 80 characters (it has 81)'],
    [{ body: '' }, 'tip.body must not be empty'],
    [{ body: 'y'.repeat(281) }, 'tip.body must be at most 280 characters'],
    [{ why: 'z'.repeat(141) }, 'tip.why must be at most 140 characters'],
    [{ contexts: [] }, 'tip.contexts must name at least one of'],
    [{ contexts: ['pr-reviewer', 'kitchen'] }, 'tip.contexts[1] must be one of'],
    [{ roles: ['ceo'] }, 'tip.roles[0] must be one of individual-contributor, tech-lead, manager'],
  ])('refuses an invalid tip with a clear message (%#)', async (overrides, message) => {
    const { store } = await openStore();
    const error = (await store.saveCustomTip(customTip(overrides as never)).catch((e: unknown) => e)) as StorageError;
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toContain(message);
    expect(await store.listCustomTips()).toEqual([]);
  });

  it('counts an emoji as one character', async () => {
    const { store } = await openStore();
    const title = '🙂'.repeat(80);
    expect((await store.saveCustomTip(customTip({ title }))).title).toBe(title);
  });
});
