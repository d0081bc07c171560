import { describe, expect, it, vi } from 'vitest';
import { StorageError, toStorageError } from '../../../utils/storage/errors';
import { customTip, dumpAll, event, openStore } from './helpers';

const put = IDBObjectStore.prototype.put;
const add = IDBObjectStore.prototype.add;

/** Makes writes to one store fail the way a full disk does; writes elsewhere go through. */
function quotaOn(storeName: string) {
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    return this.name === storeName ? fail() : put.apply(this, args);
  });
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    return this.name === storeName ? fail() : add.apply(this, args);
  });
}

describe('quota errors', () => {
  it('maps QuotaExceededError to a StorageError with code quota', () => {
    const error = toStorageError(new DOMException('full', 'QuotaExceededError'));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe('quota');
    expect(error.message).toContain('no storage space left');
  });

  it('reports a full disk on a history write and keeps nothing of it', async () => {
    const { store, db } = await openStore();
    await store.addEvent(event());
    const before = await dumpAll(db);
    // History itself fits; the derived-store update inside the same transaction hits the quota.
    quotaOn('tipState');
    const error = await store.addEvents([event(), event({ type: 'helpful' })]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', code: 'quota' });
    vi.restoreAllMocks();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('reports a full disk when saving settings and tips', async () => {
    const { store } = await openStore();
    quotaOn('settings');
    await expect(store.saveSettings({ theme: 'dark' })).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    quotaOn('customTips');
    await expect(store.saveCustomTip(customTip())).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect((await store.getSettings()).theme).toBe('system');
    expect(await store.listCustomTips()).toEqual([]);
  });
});
