import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { runMigrations } from '../../../utils/storage/migrations';
import { openLeadwayDb } from '../../../utils/storage/open';
import { LeadwayStore } from '../../../utils/storage/store';
import { defaultSettings } from '../../../utils/settings';
import type { LeadwayDB } from '../../../utils/storage/schema';
import type { PrVisit } from '../../../utils/reviews/types';
import { PR_FACT_RETENTION_MS } from '../../../utils/reviews/facts';
import { freshName, openStore } from './helpers';
import { DAY, NOW, fact } from '../reviews/fixtures';

const visit = (overrides: Partial<PrVisit> = {}): PrVisit => ({
  pr: 'acme/widget#7',
  author: 'river-k',
  viewerRole: 'reviewer',
  reviewers: [],
  draft: false,
  longThread: false,
  ...overrides,
});

describe('review memory in the store', () => {
  it('records a visit and then a comment into one fact per pull request and host', async () => {
    const { store } = await openStore();
    await store.recordPrVisit('github.com', visit(), NOW - 1000);
    await store.recordPrComment('github.com', { visit: visit(), label: 'praise', rewriteAccepted: true }, NOW);
    await store.recordPrVisit('ghe.example.com', visit(), NOW);
    const facts = await store.listPrFacts(NOW);
    expect(facts.map((item) => item.key).sort()).toEqual(['ghe.example.com/acme/widget#7', 'github.com/acme/widget#7']);
    expect(facts.find((item) => item.host === 'github.com')).toMatchObject({ comments: 1, labels: { praise: 1 }, rewritesAccepted: 1, firstSeenAt: NOW - 1000 });
  });

  it('refuses facts that carry anything but facts', async () => {
    const { store } = await openStore();
    await expect(store.recordPrVisit('github.com', { ...visit(), body: 'the comment text' } as PrVisit, NOW)).rejects.toThrow(/visit\.body/);
    await expect(store.recordPrVisit('github.com', visit({ author: 'not a login' }), NOW)).rejects.toThrow(/author/);
    await expect(store.recordPrComment('github.com', { visit: visit(), label: 'rant' as never, rewriteAccepted: false }, NOW)).rejects.toThrow(/label/);
    expect(await store.listPrFacts(NOW)).toEqual([]);
  });

  it('keeps facts 90 days from the last activity, pruning on the next visit', async () => {
    const { store } = await openStore();
    await store.recordPrVisit('github.com', visit({ pr: 'acme/old#1' }), NOW - PR_FACT_RETENTION_MS - DAY);
    await store.recordPrVisit('github.com', visit({ pr: 'acme/new#2' }), NOW - DAY);
    expect((await store.listPrFacts(NOW)).map((item) => item.pr)).toEqual(['acme/new#2']);
    await store.recordPrVisit('github.com', visit({ pr: 'acme/new#3' }), NOW);
    expect((await store.exportData(NOW)).prFacts?.map((item) => item.pr)).toEqual(['acme/new#3', 'acme/new#2']);
  });

  it('deletes one pull request, then all of them', async () => {
    const { store } = await openStore();
    await store.recordPrVisit('github.com', visit({ pr: 'acme/widget#1' }), NOW);
    await store.recordPrVisit('github.com', visit({ pr: 'acme/widget#2' }), NOW);
    expect(await store.deletePrFacts('github.com/acme/widget#1')).toBe(1);
    expect(await store.deletePrFacts('github.com/acme/widget#1')).toBe(0);
    expect((await store.listPrFacts(NOW)).map((item) => item.pr)).toEqual(['acme/widget#2']);
    expect(await store.deletePrFacts()).toBe(1);
    expect(await store.listPrFacts(NOW)).toEqual([]);
  });

  it('exports facts and imports them back; a bad fact refuses the whole file and changes nothing', async () => {
    const { store } = await openStore();
    await store.recordPrComment('github.com', { visit: visit(), label: 'nitpick', rewriteAccepted: false }, NOW);
    const exported = await store.exportData(NOW);
    const text = JSON.stringify(exported);

    const { store: other } = await openStore();
    await other.recordPrVisit('github.com', visit({ pr: 'acme/other#9' }), NOW);
    const preview = await other.importData(text, { now: NOW });
    expect(preview).toMatchObject({ prFacts: 1, currentPrFacts: 1 });
    expect(await other.listPrFacts(NOW)).toEqual(exported.prFacts);

    const bad = JSON.stringify({ ...exported, settings: { ...exported.settings, role: 'manager' }, prFacts: [{ ...exported.prFacts![0], key: 'github.com/acme/else#1' }] });
    await expect(other.importData(bad, { now: NOW })).rejects.toMatchObject({ importError: { ok: false, error: { path: 'prFacts[0].key' } } });
    expect(await other.listPrFacts(NOW)).toEqual(exported.prFacts);
    expect((await other.getSettings()).role).toBe(exported.settings.role);

    const future = JSON.stringify({ ...exported, prFacts: [fact({ lastSeenAt: NOW + 5 * DAY })] });
    await expect(other.importData(future, { now: NOW })).rejects.toMatchObject({ importError: { error: { path: 'prFacts[0].lastSeenAt' } } });
  });

  it('imports an older file without facts by clearing them, as a replace-all import does', async () => {
    const { store } = await openStore();
    await store.recordPrVisit('github.com', visit(), NOW);
    const { prFacts: _facts, ...older } = await store.exportData(NOW);
    await store.importData(JSON.stringify(older), { now: NOW });
    expect(await store.listPrFacts(NOW)).toEqual([]);
  });

  it('remembers 1:1 openings per person', async () => {
    const { store } = await openStore();
    await store.noteOneOnOneOpened('p1', 'event-1', NOW - 7 * DAY, NOW - 7 * DAY + 3600_000);
    const memory = await store.noteOneOnOneOpened('p1', 'event-2', NOW, NOW + 3600_000);
    expect(memory).toMatchObject({ previousOpenedAt: NOW - 7 * DAY, nextStart: NOW + 3600_000 });
    expect(await store.listOneOnOneMemory()).toEqual([memory]);
    await store.reset();
    expect(await store.listOneOnOneMemory()).toEqual([]);
  });
});

describe('upgrade from version 5', () => {
  it('keeps every version 5 record and adds the two empty review-memory stores', async () => {
    const name = freshName('v5');
    // A version 5 database made by the version 5 migrations, with data in every store the user can fill.
    const v5 = await openDB<LeadwayDB>(name, 5, {
      upgrade(db, oldVersion, _newVersion, tx) {
        void runMigrations(db, oldVersion, 5, tx);
      },
    });
    const settings = { ...defaultSettings(), role: 'manager' as const, people: [{ id: 'p1', name: 'River Kim', relationship: 'report' as const }] };
    const { reviewMemory: _off, ...settingsV5 } = settings;
    const tx = v5.transaction(['settings', 'history', 'choices', 'customTips', 'siteProblems'], 'readwrite');
    await Promise.all([
      tx.objectStore('settings').put(settingsV5 as never, 'settings'),
      tx.objectStore('history').put({ id: 1, type: 'helpful', tipId: 'mentorship-01', area: 'mentorship', surface: 'pr-hint', contextKey: 'acme/widget#1', at: NOW }),
      tx.objectStore('choices').put({ tipId: 'mentorship-01', helpful: 1 }),
      tx.done,
    ]);
    const before = {
      history: await v5.getAll('history'),
      choices: await v5.getAll('choices'),
      settings: await v5.get('settings', 'settings'),
    };
    v5.close();

    const db = await openLeadwayDb(name);
    expect(db.version).toBe(6);
    expect(await db.getAll('history')).toEqual(before.history);
    expect(await db.getAll('choices')).toEqual(before.choices);
    expect(await db.get('settings', 'settings')).toEqual(before.settings);
    expect(await db.getAll('prFacts')).toEqual([]);
    expect(await db.getAll('oneOnOneMemory')).toEqual([]);
    // The stored settings read as today's shape: review memory starts off.
    const store = new LeadwayStore(() => openLeadwayDb(name));
    expect(await store.getSettings()).toMatchObject({ role: 'manager', reviewMemory: false, people: settings.people });
  });
});
