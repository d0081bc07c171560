/**
 * Storage failing under the extension: a full disk is reported in words a person can act on and Leadway keeps
 * working once there is room again; a restarted service worker (a new store on the same database) loses nothing;
 * two writers at once lose nothing; a content script's reaction survives a background that fails for a while and
 * never throws into the page when it fails for good.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createHandlers } from '../../../runtime/background/handlers';
import { openLeadwayDb } from '../../../utils/storage/open';
import { LeadwayStore } from '../../../utils/storage/store';
import { QUOTA_MESSAGE } from '../../../utils/storage/errors';
import type { NewHistoryEvent } from '../../../runtime/messaging';
import { seededRandom } from '../../../utils/random';

const messaging = vi.hoisted(() => ({ answers: [] as ('fail' | 'full' | 'ok')[], calls: [] as unknown[] }));
vi.mock('../../../runtime/messaging', async (original) => ({
  ...(await original<typeof import('../../../runtime/messaging')>()),
  askBackground: async (type: string, data: unknown) => {
    messaging.calls.push({ type, data });
    const answer = messaging.answers.shift() ?? 'ok';
    if (answer === 'fail') throw new Error('Could not establish connection. Receiving end does not exist.');
    if (answer === 'full') throw new Error('Leadway could not save: your browser has no storage space left for it.');
    return { ...(data as object), id: messaging.calls.length };
  },
}));

const { recordReaction } = await import('../../../runtime/page/record');

const NOW = Date.UTC(2025, 4, 14, 15, 30);
let names = 0;
const freshName = () => `leadway-hardening-${++names}-${Math.random().toString(36).slice(2, 8)}`;

const event = (contextKey: string): NewHistoryEvent => ({
  type: 'helpful',
  tipId: 'mentorship-03',
  area: 'mentorship',
  surface: 'pr-hint',
  contextKey,
  at: NOW,
});

function handlersOn(name: string) {
  const store = new LeadwayStore(() => openLeadwayDb(name));
  const handlers = createHandlers({
    store,
    now: () => NOW,
    random: seededRandom(1),
    broadcastSettings: () => {},
    openOptions: async () => {},
    version: 'test',
  });
  return { store, handlers };
}

/** Every write to IndexedDB fails the way a full disk makes it fail. */
function diskFull(): void {
  // The background logs the failed daily prune that follows a write; expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
}

afterEach(() => {
  vi.restoreAllMocks();
  messaging.answers = [];
  messaging.calls = [];
});

describe('a full disk', () => {
  test('a history write is refused with the readable quota message, through the JSON the messaging uses', async () => {
    const { handlers } = handlersOn(freshName());
    await handlers.recordEvent(event('before'));
    diskFull();
    const error = await handlers.recordEvent(event('during')).catch((e: unknown) => e as Error);
    // What crosses to the popup or options page is the message: it must say what happened and what to do.
    const sent = JSON.parse(JSON.stringify({ message: (error as Error).message })) as { message: string };
    expect(sent.message).toBe(QUOTA_MESSAGE);
    expect(sent.message).toMatch(/Clear some old history/);
  });

  test('saving settings is refused the same way, and the settings on disk are unchanged', async () => {
    const { handlers } = handlersOn(freshName());
    const before = await handlers.getSettings();
    diskFull();
    await expect(handlers.saveSettings({ theme: 'dark' })).rejects.toMatchObject({ code: 'quota', message: QUOTA_MESSAGE });
    vi.restoreAllMocks();
    expect(await handlers.getSettings()).toEqual(before);
  });

  test('Leadway keeps working once there is room again: reads during, writes after', async () => {
    const { handlers } = handlersOn(freshName());
    await handlers.recordEvent(event('before'));
    diskFull();
    await expect(handlers.recordEvent(event('during'))).rejects.toMatchObject({ code: 'quota' });
    // Reading needs no space: history, growth and the popup's tips still answer while the disk is full.
    expect((await handlers.listHistory({})).map((e) => e.contextKey)).toEqual(['before']);
    expect(await handlers.growth(12)).toHaveLength(1);
    const popupTips = await handlers.getTips({ surface: 'popup', contexts: ['anywhere'], contextKey: 'tip-of-the-day', count: 1 });
    expect(popupTips.tips).toHaveLength(1);
    vi.restoreAllMocks();
    await handlers.recordEvent(event('after'));
    expect((await handlers.listHistory({})).map((e) => e.contextKey).sort()).toEqual(['after', 'before']);
  });
});

describe('a restarted service worker and concurrent writers', () => {
  test('a new store on the same database (the worker after a restart) sees every event the old one wrote', async () => {
    const name = freshName();
    const first = handlersOn(name);
    for (let i = 0; i < 20; i++) await first.handlers.recordEvent(event(`first-${i}`));
    // The old worker goes, and its connection with it; the new one starts with fresh modules (no cached connection).
    (await openLeadwayDb(name)).close();
    vi.resetModules();
    const fresh = {
      store: await import('../../../utils/storage/store'),
      open: await import('../../../utils/storage/open'),
    };
    const store = new fresh.store.LeadwayStore(() => fresh.open.openLeadwayDb(name));
    await store.addEvent({ ...event('second'), at: NOW });
    const keys = (await store.listHistory({})).map((e) => e.contextKey);
    expect(keys).toHaveLength(21);
    expect(new Set(keys).size).toBe(21);
  });

  test('two writers at once, 50 events each, on one database lose none and count each once', async () => {
    const name = freshName();
    const a = handlersOn(name);
    const b = handlersOn(name);
    const writes = Array.from({ length: 50 }, (_, i) => [
      a.handlers.recordEvent(event(`a-${i}`)),
      b.handlers.recordEvent(event(`b-${i}`)),
    ]).flat();
    const stored = await Promise.all(writes);
    expect(new Set(stored.map((e) => e.id)).size).toBe(100);
    expect(await a.handlers.listHistory({})).toHaveLength(100);
    // The derived weekly counts moved with every write, none twice.
    const weeks = await b.handlers.growth(1);
    const helpful = weeks.reduce((sum, week) => sum + (week.counts as Record<string, number>).helpful!, 0);
    expect(helpful).toBe(100);
  });
});

describe('a content script recording a reaction', () => {
  test('retries while the background is away, then lands once, with the time the user acted', async () => {
    messaging.answers = ['fail', 'fail', 'fail', 'ok'];
    const acted = Date.now();
    const ok = await recordReaction({ ...event('retry'), at: undefined }, [1, 1, 1, 1]);
    expect(ok).toBe(true);
    expect(messaging.calls).toHaveLength(4);
    const stamps = messaging.calls.map((call) => (call as { data: { at: number } }).data.at);
    expect(new Set(stamps).size).toBe(1);
    expect(stamps[0]).toBeGreaterThanOrEqual(acted);
    // One client-made id for every try, so the background can store the reaction once.
    const clientIds = messaging.calls.map((call) => (call as { data: { clientId: string } }).data.clientId);
    expect(new Set(clientIds).size).toBe(1);
    expect(clientIds[0]).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });

  test('a reaction resent after a timeout (its first try landed) is stored once', async () => {
    const { handlers, store } = handlersOn(freshName());
    const reaction = { ...event('timed-out'), clientId: 'r-0123456789abcdef' };
    const first = await handlers.recordEvent(reaction);
    const [again, concurrent] = await Promise.all([handlers.recordEvent(reaction), handlers.recordEvent(reaction)]);
    expect(again.id).toBe(first.id);
    expect(concurrent.id).toBe(first.id);
    const other = await handlers.recordEvent({ ...reaction, clientId: 'r-fedcba9876543210' });
    expect(other.id).not.toBe(first.id);
    expect(await store.listHistory({})).toHaveLength(2);
    const weeks = await handlers.growth(1);
    expect(weeks.reduce((sum, week) => sum + (week.counts as Record<string, number>).helpful!, 0)).toBe(2);
    // A batch that repeats an id inside itself stores it once too.
    const batch = await store.addEvents([{ ...reaction, at: NOW, clientId: 'r-batch-000001' }, { ...reaction, at: NOW, clientId: 'r-batch-000001' }]);
    expect(batch[0]!.id).toBe(batch[1]!.id);
    expect(await store.listHistory({})).toHaveLength(3);
  });

  test('gives up quietly when the background never answers: resolves false, throws nothing', async () => {
    messaging.answers = Array.from({ length: 10 }, () => 'fail' as const);
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    await expect(recordReaction(event('lost'), [1, 1])).resolves.toBe(false);
    expect(messaging.calls).toHaveLength(3);
  });

  test('does not retry a failure that asking again cannot fix (a full disk)', async () => {
    messaging.answers = ['full', 'ok'];
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    await expect(recordReaction(event('full'), [1, 1, 1])).resolves.toBe(false);
    expect(messaging.calls).toHaveLength(1);
  });
});
