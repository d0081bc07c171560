import { describe, expect, it } from 'vitest';
import { createReviewMemory, hostOf } from '../../../../runtime/background/review-memory';
import type { ContentCaller } from '../../../../runtime/background/message-gate';
import type { PrVisit } from '../../../../utils/reviews/types';
import { openStore } from '../../storage/helpers';
import { DAY, NOW } from '../../reviews/fixtures';

const github: ContentCaller = { kind: 'content-script', site: 'github', origin: 'https://github.com', tabId: 1, frameId: 0 };
const visit: PrVisit = { pr: 'acme/widget#7', author: 'river-k', viewerRole: 'reviewer', reviewers: [], draft: false, longThread: true };
const river = { id: 'p1', name: 'River Kim', relationship: 'report' as const, githubLogins: ['river-k'] };

async function setup(reviewMemory: boolean) {
  const { store } = await openStore();
  let now = NOW;
  await store.saveSettings({ reviewMemory, people: [river] });
  const memory = createReviewMemory({ store, now: () => now });
  return { store, memory, advance: (ms: number) => (now += ms) };
}

describe('review memory in the background', () => {
  it('records nothing while the option is off, and says nothing in the 1:1', async () => {
    const { store, memory } = await setup(false);
    expect(await memory.recordPrVisit(visit, github)).toBeNull();
    expect(await memory.recordPrComment({ visit, label: 'praise', rewriteAccepted: false }, github)).toBeNull();
    expect(await memory.handlers.oneOnOneReviews({ personId: 'p1', eventKey: 'e1' })).toBeNull();
    expect(await store.listPrFacts(NOW)).toEqual([]);
    expect(await store.listOneOnOneMemory()).toEqual([]);
  });

  it('files facts under the sender’s host, at the background’s time', async () => {
    const { memory } = await setup(true);
    const enterprise = { ...github, origin: 'https://GHE.example.com:8443' };
    expect(hostOf(enterprise)).toBe('ghe.example.com:8443');
    const stored = await memory.recordPrVisit(visit, enterprise);
    expect(stored).toMatchObject({ key: 'ghe.example.com:8443/acme/widget#7', firstSeenAt: NOW, lastSeenAt: NOW });
  });

  it('summarises since the previous 1:1 opening, else two weeks back', async () => {
    const { memory, advance } = await setup(true);
    await memory.recordPrComment({ visit, label: 'praise', rewriteAccepted: false }, github);
    advance(60_000);
    const first = await memory.handlers.oneOnOneReviews({ personId: 'p1', eventKey: 'e1', start: NOW + DAY });
    expect(first?.theirPrsYouReviewed.map((item) => item.pr)).toEqual(['acme/widget#7']);
    expect(first?.prompts[0]).toContain('acme/widget#7 ran long');
    expect(await memory.handlers.upcomingOneOnOne({ login: 'River-K', host: 'github.com' })).toEqual({ name: 'River Kim', start: NOW + DAY });
    advance(7 * DAY);
    // The next week's 1:1: nothing happened on GitHub since the last one.
    expect(await memory.handlers.oneOnOneReviews({ personId: 'p1', eventKey: 'e2' })).toBeNull();
    await expect(memory.handlers.oneOnOneReviews({ personId: 'nobody', eventKey: 'e2' })).rejects.toThrow(/nobody Leadway knows/);
  });
});
