import { describe, expect, it, vi } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { openLeadwayDb } from '../../../utils/storage/open';
import { LeadwayStore } from '../../../utils/storage/store';
import { DB_VERSION } from '../../../utils/storage/schema';
import { createV1, openRaw, V1_SETTINGS } from './legacy-db';
import { event, freshName } from './helpers';

describe('openLeadwayDb connections', () => {
  it('shares one connection between calls', async () => {
    const name = freshName('shared');
    const [a, b] = await Promise.all([openLeadwayDb(name), openLeadwayDb(name)]);
    expect(a).toBe(b);
    expect(await openLeadwayDb(name)).toBe(a);
  });

  it('steps aside for a deletion (blocking) and reopens on the next call', async () => {
    const name = freshName('blocking');
    const onVersionChange = vi.fn();
    const first = await openLeadwayDb(name, { onVersionChange });
    await first.put('meta', 1, 'lastPrunedAt');
    // A deletion needs every connection closed; ours closes itself, so this does not hang.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('our connection did not step aside'));
    });
    expect(onVersionChange).toHaveBeenCalledWith({ currentVersion: DB_VERSION, requestedVersion: null });
    const second = await openLeadwayDb(name);
    expect(second).not.toBe(first);
    expect(await second.get('meta', 'lastPrunedAt')).toBeUndefined();
  });

  it('lets a newer version upgrade past it, then refuses to run on the newer data', async () => {
    const name = freshName('blocking-newer');
    const onVersionChange = vi.fn();
    await openLeadwayDb(name, { onVersionChange });
    const newer = await openRaw(name, DB_VERSION + 1, () => {});
    expect(onVersionChange).toHaveBeenCalledWith({ currentVersion: DB_VERSION, requestedVersion: DB_VERSION + 1 });
    newer.close();
    await expect(openLeadwayDb(name)).rejects.toMatchObject({ code: 'newer-version' });
  });

  it('drops a terminated connection so the next call reopens', async () => {
    const name = freshName('terminated');
    const onTerminated = vi.fn();
    const first = await openLeadwayDb(name, { onTerminated });
    forceCloseDatabase(unwrap(first) as never);
    expect(onTerminated).toHaveBeenCalledTimes(1);
    const second = await openLeadwayDb(name);
    expect(second).not.toBe(first);
    expect(await second.count('history')).toBe(0);
  });

  it('waits while an older connection blocks the upgrade, reports it, then upgrades', async () => {
    const name = freshName('blocked');
    await createV1(name, V1_SETTINGS, [event()]);
    // An old Leadway page still holds version 1 open and does not listen for version changes.
    const old = await openRaw(name, 1, () => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onBlocked = vi.fn();
    let opened = false;
    const opening = openLeadwayDb(name, { onBlocked }).then((db) => {
      opened = true;
      return db;
    });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledWith({ currentVersion: 1, requestedVersion: DB_VERSION }));
    expect(warn).toHaveBeenCalled();
    expect(opened).toBe(false);
    old.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('history')).toBe(1);
  });
});

describe('LeadwayStore reconnection', () => {
  it('reopens after its connection was closed for a deletion', async () => {
    const name = freshName('store-reopen');
    const store = new LeadwayStore(() => openLeadwayDb(name));
    await store.addEvent(event());
    await new Promise<void>((resolve) => {
      indexedDB.deleteDatabase(name).onsuccess = () => resolve();
    });
    // The old connection is closed; the store notices and opens a fresh database.
    expect(await store.listHistory()).toEqual([]);
    const added = await store.addEvent(event());
    expect(added.id).toBe(1);
  });

  it('reopens after the browser terminated its connection', async () => {
    const name = freshName('store-terminated');
    const store = new LeadwayStore(() => openLeadwayDb(name));
    await store.addEvent(event());
    forceCloseDatabase(unwrap(await openLeadwayDb(name)) as never);
    expect(await store.listHistory()).toHaveLength(1);
  });

  it('does not cache a failed open', async () => {
    const name = freshName('store-failed-open');
    const open = vi.fn(() => openLeadwayDb(name));
    const raw = await openRaw(name, DB_VERSION + 1, () => {});
    const store = new LeadwayStore(open);
    await expect(store.getSettings()).rejects.toMatchObject({ code: 'newer-version' });
    raw.close();
    await new Promise<void>((resolve) => {
      indexedDB.deleteDatabase(name).onsuccess = () => resolve();
    });
    expect((await store.getSettings()).theme).toBe('system');
    expect(open).toHaveBeenCalledTimes(2);
  });
});
