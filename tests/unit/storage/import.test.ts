import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../utils/settings';
import { EXPORT_MAX_BYTES, parseExport } from '../../../utils/storage/backup';
import { ImportFailedError } from '../../../utils/storage/errors';
import type { LeadwayStore } from '../../../utils/storage/store';
import { customTip, DAY, derivedVersusRecount, dumpAll, event, NOW, openStore, randomEvent, seededRandom, validExport, type Dump } from './helpers';

async function populated() {
  const ctx = await openStore();
  const random = seededRandom(7);
  await ctx.store.saveSettings({ role: 'manager', snoozeDays: 3, people: [{ id: 'p1', name: 'Priya', relationship: 'report' }] });
  await ctx.store.addEvents(Array.from({ length: 60 }, () => randomEvent(random)));
  await ctx.store.saveCustomTip(customTip());
  await ctx.store.saveCustomTip(customTip({ id: 'custom-weekly-wins', area: 'managing-up', contexts: ['one-on-one-manager'] }));
  await ctx.store.pruneHistory(NOW);
  return ctx;
}

function withoutMeta(dump: Dump): Dump {
  const { meta: _meta, ...rest } = dump;
  return rest;
}

async function refusal(store: LeadwayStore, text: string): Promise<ImportFailedError> {
  const error = await store.importData(text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFailedError);
  return error as ImportFailedError;
}

describe('export and import', () => {
  it('round-trips everything through a file', async () => {
    const source = await populated();
    const exported = await source.store.exportData(NOW);
    expect(exported.exportedAt).toBe(NOW);
    expect(exported.history).toHaveLength(60);
    expect(exported.history.map((e) => e.at)).toEqual([...exported.history.map((e) => e.at)].sort((a, b) => a - b));
    const text = JSON.stringify(exported);

    const target = await openStore();
    await target.store.addEvents([event(), event({ type: 'never' })]);
    const preview = await target.store.importData(text);
    expect(preview).toEqual({
      settingsChanges: ['Your role', 'People', '“Not now” snooze length'],
      historyEvents: 60,
      customTips: 2,
      currentHistoryEvents: 2,
      currentCustomTips: 0,
      // Neither side remembers pull requests (review memory is opt-in).
      prFacts: 0,
      currentPrFacts: 0,
      // The user's choices travel in the file and the preview says how they change.
      choiceChanges: [
        'Tips you said never to show: 1 now, 13 after the import',
        'Tips you said “not now” to: 0 now, 17 after the import',
        'Tips you found helpful: 0 now, 10 after the import',
      ],
      warnings: [],
    });
    // Everything arrives; events are renumbered 1, 2, 3… in order of time (the export's order).
    const renumbered = exported.history.map((e, i) => ({ ...e, id: i + 1 }));
    const { history: targetHistory, ...targetRest } = withoutMeta(await dumpAll(target.db));
    const { history: _sourceHistory, ...sourceRest } = withoutMeta(await dumpAll(source.db));
    expect(targetRest).toEqual(sourceRest);
    expect(targetHistory!.map((r) => r.value)).toEqual(renumbered);
    expect(await target.store.exportData(NOW)).toEqual({ ...exported, history: renumbered });
    // New events continue after the imported ids.
    const next = await target.store.addEvent(event());
    expect(next.id).toBe(61);
  });

  it('previews a dry run without writing anything', async () => {
    const { store, db } = await populated();
    const before = await dumpAll(db);
    const preview = await store.importData(JSON.stringify(validExport()), { dryRun: true });
    expect(preview).toEqual({
      settingsChanges: ['Your role', 'People', '“Not now” snooze length'],
      historyEvents: 3,
      customTips: 1,
      currentHistoryEvents: 60,
      currentCustomTips: 2,
      prFacts: 0,
      currentPrFacts: 0,
      choiceChanges: [
        'Tips you said never to show: 13 now, 1 after the import',
        'Tips you said “not now” to: 17 now, 0 after the import',
        'Tips you found helpful: 10 now, 1 after the import',
      ],
      warnings: [],
    });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('replaces what was there and rebuilds the derived stores', async () => {
    const { store, db } = await populated();
    await store.importData(JSON.stringify(validExport()));
    // Newest first; renumbered in order of time (the file had ids 1, 2 and 7).
    expect((await store.listHistory()).map((e) => e.id)).toEqual([3, 2, 1]);
    expect((await store.listCustomTips()).map((t) => t.id)).toEqual(['custom-ask-for-context']);
    expect(await store.getSettings()).toEqual({ ...defaultSettings(), role: 'tech-lead' });
    const { stored, recount } = await derivedVersusRecount(db);
    expect(stored).toEqual(recount);
    expect(await store.tipStates()).toEqual({
      'mentorship-03': { lastShown: NOW - 5000, helpful: 1 },
      'vision-04': { never: true, helpful: 0 },
    });
  });

  it('numbers imported events 1, 2, 3… in order of time, with or without ids in the file', async () => {
    const { store } = await openStore();
    const data = validExport();
    data.history = [{ ...event({ at: NOW - DAY }) }, { ...event(), id: 3 }, { ...event({ type: 'acted' }) }];
    await store.importData(JSON.stringify(data));
    const events = (await store.listHistory()).reverse();
    expect(events.map((e) => [e.id, e.at, e.type])).toEqual([
      [1, NOW - DAY, 'shown'],
      [2, NOW, 'shown'],
      [3, NOW, 'acted'],
    ]);
  });

  it('an id as large as MAX_SAFE_INTEGER in a file cannot stop history from being written', async () => {
    const { store } = await openStore();
    const data = validExport();
    data.history = [{ ...event({ at: NOW - 10 }), id: Number.MAX_SAFE_INTEGER }, { ...event({ type: 'helpful' }), id: Number.MAX_SAFE_INTEGER - 1 }];
    await store.importData(JSON.stringify(data));
    expect((await store.listHistory()).map((e) => e.id)).toEqual([2, 1]);
    expect((await store.addEvent(event({ type: 'acted' }))).id).toBe(3);
    expect((await store.addEvents([event(), event()])).map((e) => e.id)).toEqual([4, 5]);
  });

  it('reset and clearing history leave a store that accepts writes, even after the key generator ran out', async () => {
    const { store, db } = await openStore();
    // What an older Leadway left behind after importing such a file: the store's own key generator is exhausted,
    // so an add without a key fails with "Maximum key generator value reached" (clear() does not reset it).
    await db.put('history', { ...event(), id: 2 ** 53 });
    await db.delete('history', 2 ** 53);
    await expect(db.add('history', event())).rejects.toThrow();
    expect((await store.addEvent(event())).id).toBe(1);
    await store.clearHistory();
    expect((await store.addEvent(event({ type: 'helpful' }))).id).toBe(1);
    await store.clearHistory({ type: 'helpful' });
    expect((await store.addEvent(event({ type: 'never' }))).id).toBe(1);
    await store.reset();
    expect((await store.addEvent(event({ type: 'acted' }))).id).toBe(1);
    expect(await store.listHistory()).toHaveLength(1);
  });

  describe('refused files leave the store exactly as it was', () => {
    const good = () => JSON.stringify(validExport(), null, 2);
    const cases: [string, () => string, string, string][] = [
      ['malformed', () => 'this is not { json', 'not-json', 'This file is not JSON'],
      ['empty', () => '', 'not-json', 'This file is empty'],
      ['truncated', () => good().slice(0, 200), 'truncated', 'stops partway through'],
      ['wrong format', () => JSON.stringify({ format: 'chrome-bookmarks', version: 1 }), 'wrong-format', 'not a Leadway export'],
      ['wrong version', () => good().replace('"version": 1', '"version": 4'), 'wrong-version', 'newer version of Leadway'],
      ['oversized', () => ' '.repeat(EXPORT_MAX_BYTES + 1), 'too-large', 'a Leadway export is at most 62.0 MB'],
      ['invalid field', () => good().replace('"type": "helpful"', '"type": "great"'), 'invalid', 'history[1].type must be one of shown, helpful, not-now, never, acted'],
    ];

    it.each(cases)('%s', async (_label, text, code, message) => {
      const { store, db } = await populated();
      const before = await dumpAll(db);
      for (const dryRun of [false, true]) {
        const error = await store.importData(text(), { dryRun }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportFailedError);
        const failure = error as ImportFailedError;
        expect(failure.detail.code).toBe(code);
        expect(failure.message).toContain(message);
        expect(failure.importError).toEqual({ ok: false, error: failure.detail });
      }
      expect(await dumpAll(db)).toEqual(before);
    });

    it('every kind of refusal has its own message', () => {
      const messages = cases.map(([, text]) => {
        const result = parseExport(text());
        return result.ok ? '' : result.error.message;
      });
      expect(new Set(messages).size).toBe(cases.length);
    });
  });

  describe('a failure in the middle of the write leaves the store exactly as it was', () => {
    const put = IDBObjectStore.prototype.put;
    const add = IDBObjectStore.prototype.add;

    function failOn(storeName: string, afterCalls: number) {
      let calls = 0;
      const guard = function (this: IDBObjectStore, original: typeof put, args: Parameters<typeof put>) {
        if (this.name === storeName && ++calls > afterCalls) throw new DOMException('simulated write failure', 'UnknownError');
        return original.apply(this, args);
      };
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        return guard.call(this, put, args);
      });
      vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
        return guard.call(this, add, args);
      });
    }

    it.each([
      ['history', 1],
      ['history', 2],
      ['customTips', 0],
      ['weeklyStats', 1],
      ['tipState', 0],
      ['settings', 0],
    ])('when writing %s fails after %i writes', async (storeName, afterCalls) => {
      const { store, db } = await populated();
      const before = await dumpAll(db);
      failOn(storeName, afterCalls);
      const error = await store.importData(JSON.stringify(validExport())).catch((e: unknown) => e);
      vi.restoreAllMocks();
      expect(error).toMatchObject({ name: 'StorageError', code: 'unknown' });
      expect(await dumpAll(db)).toEqual(before);
    });

    it('when the disk fills up', async () => {
      const { store, db } = await populated();
      const before = await dumpAll(db);
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (this.name === 'customTips') throw new DOMException('full', 'QuotaExceededError');
        return put.apply(this, args);
      });
      await expect(store.importData(JSON.stringify(validExport()))).rejects.toMatchObject({ code: 'quota' });
      vi.restoreAllMocks();
      expect(await dumpAll(db)).toEqual(before);
    });
  });

  it('reset clears every store', async () => {
    const { store, db } = await populated();
    await store.reset();
    const dump = await dumpAll(db);
    expect(Object.values(dump).every((records) => records.length === 0)).toBe(true);
    expect(await store.getSettings()).toEqual(defaultSettings());
  });
  it('an older file without a choices list brings the choices its history implies; a newer one its own list', async () => {
    const { store } = await openStore();
    const old = validExport();
    delete (old as { choices?: unknown }).choices;
    await store.importData(JSON.stringify(old));
    expect(await store.listChoices()).toEqual([
      { tipId: 'mentorship-03', helpful: 1 },
      { tipId: 'vision-04', never: true, helpful: 0 },
    ]);
    const withChoices = { ...validExport(), choices: [{ tipId: 'vision-01', never: true, helpful: 0 }] };
    const preview = await store.importData(JSON.stringify(withChoices), { dryRun: true });
    expect(preview.choiceChanges).toEqual(['Tips you found helpful: 1 now, 0 after the import']);
    await store.importData(JSON.stringify(withChoices));
    expect(await store.listChoices()).toEqual([{ tipId: 'vision-01', never: true, helpful: 0 }]);
    expect((await store.tipStates())['vision-01']).toMatchObject({ never: true });
  });
});
