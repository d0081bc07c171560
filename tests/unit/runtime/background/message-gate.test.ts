import { describe, expect, test } from 'vitest';
import {
  admit,
  identify,
  MESSAGE_RULES,
  SENDER_SITES,
  SITE_ORIGINS,
  type GateContext,
  type SenderLike,
  type SenderSite,
} from '../../../../runtime/background/message-gate';
import { createHandlers } from '../../../../runtime/background/handlers';
import { LeadwayStore } from '../../../../utils/storage/store';
import { openLeadwayDb } from '../../../../utils/storage/open';
import type { BackgroundProtocol } from '../../../../runtime/messaging';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const CTX: GateContext = {
  extensionId: ID,
  extensionOrigin: `chrome-extension://${ID}`,
  enterpriseOrigins: async () => ['https://github.example.com'],
};

const page = (path = 'options.html', tab?: number): SenderLike => ({
  id: ID,
  url: `chrome-extension://${ID}/${path}`,
  origin: `chrome-extension://${ID}`,
  ...(tab === undefined ? {} : { tab: { id: tab }, frameId: 0 }),
});
const content = (origin: string, path = '/'): SenderLike => ({ id: ID, url: `${origin}${path}`, origin, tab: { id: 7 }, frameId: 0 });

const PR_VISIT = { pr: 'acme/widget#42', author: 'river-k', viewerRole: 'reviewer', reviewers: [], draft: false, longThread: false };

/** Data each message would carry from a content script on `site` that fits it. */
function sampleData(type: keyof BackgroundProtocol, site: SenderSite): unknown {
  const surface = site === 'github' ? 'pr-hint' : 'one-on-one';
  const contextKey = site === 'github' ? 'acme/widget#42' : 'event-123';
  switch (type) {
    case 'getTips':
      return { surface, contexts: ['anywhere'], contextKey, count: 1 };
    case 'recordEvent':
      return { type: 'helpful', tipId: 'x', area: 'mentorship', surface, contextKey };
    case 'openOptions':
      return 'frequency';
    case 'checkTone':
      return { text: 'This is obviously wrong.', specifics: true };
    case 'checkToneBalance':
      return ['Rename this.', 'Add a test.'];
    case 'rememberPerson':
      return { name: 'Ada', relationship: 'manager' };
    case 'addNotOneOnOne':
      return 'outlook:#0123456789abcdef';
    case 'noteOneOnOne':
      return { key: 'k', title: 't', start: 1, contexts: ['one-on-one'] };
    case 'reportSiteProblem':
      return { site, missing: ['no-author'], page: 'unknown', groups: {} };
    case 'recordPrVisit':
      return PR_VISIT;
    case 'recordPrComment':
      return { visit: PR_VISIT, label: 'praise', rewriteAccepted: false };
    case 'loadSurface':
      return site === 'github' ? 'tone-coach' : 'one-on-one';
    case 'oneOnOneReviews':
      return { personId: 'person-1', eventKey: 'event-123' };
    default:
      return undefined;
  }
}

/** Every message the background answers: the handlers plus the ones answered from the sender. */
function protocolTypes(): (keyof BackgroundProtocol)[] {
  const handlers = createHandlers({
    store: new LeadwayStore(() => openLeadwayDb('gate-types')),
    now: () => 0,
    random: () => 0.5,
    broadcastSettings: () => {},
    openOptions: async () => {},
    version: '0',
  });
  return [...(Object.keys(handlers) as (keyof BackgroundProtocol)[]), 'loadSurface', 'recordPrVisit', 'recordPrComment'];
}

describe('message gate', () => {
  test('every message the background answers has a rule', () => {
    const missing = protocolTypes().filter((type) => !MESSAGE_RULES[type]);
    expect(missing).toEqual([]);
  });

  // Walk the table: for every message, each kind of sender gets exactly what its rule says.
  for (const [type, rule] of Object.entries(MESSAGE_RULES) as [keyof BackgroundProtocol, NonNullable<(typeof MESSAGE_RULES)[keyof BackgroundProtocol]>][]) {
    test(`${type}: pages ${rule.pages ? 'yes' : 'no'}, content scripts on ${rule.sites.join(', ') || 'no site'}`, async () => {
      expect((await admit(type, sampleData(type, 'github'), page(), CTX)).ok).toBe(rule.pages);
      // The options page opened in a tab is still one of our pages.
      expect((await admit(type, sampleData(type, 'github'), page('options.html', 3), CTX)).ok).toBe(rule.pages);
      for (const site of SENDER_SITES) {
        for (const origin of SITE_ORIGINS[site]) {
          const verdict = await admit(type, sampleData(type, site), content(origin), CTX);
          expect(verdict.ok, `${type} from ${origin}`).toBe(rule.sites.includes(site));
        }
      }
      // A granted GitHub Enterprise server counts as GitHub.
      expect((await admit(type, sampleData(type, 'github'), content('https://github.example.com'), CTX)).ok).toBe(rule.sites.includes('github'));
      // Nobody else: another site, a sub-frame, another extension, a URL that disagrees with the origin.
      for (const sender of [
        content('https://evil.example'),
        { ...content('https://github.com'), frameId: 3 },
        { ...content('https://github.com'), tab: undefined },
        { ...page(), id: 'someoneelse' },
        { ...content('https://github.com'), origin: 'https://evil.example' },
        { ...page(), url: undefined },
      ]) {
        const verdict = await admit(type, sampleData(type, 'github'), sender, CTX);
        expect(verdict.ok, JSON.stringify(sender)).toBe(false);
      }
    });
  }

  test('the data a content script sends must fit its site', async () => {
    const github = content('https://github.com');
    const calendar = content('https://calendar.google.com');
    const event = { type: 'helpful', tipId: 'x', area: 'mentorship', surface: 'pr-hint', contextKey: 'acme/widget#42' };
    expect((await admit('recordEvent', event, github, CTX)).ok).toBe(true);
    // GitHub cannot write 1:1 history, the popup's, or "shown" events (the background records those itself).
    expect(await admit('recordEvent', { ...event, surface: 'one-on-one' }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('recordEvent', { ...event, surface: 'popup' }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('recordEvent', { ...event, type: 'shown' }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('recordEvent', { ...event, contextKey: 'not a pull request' }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('recordEvent', { ...event, surface: 'pr-hint' }, calendar, CTX)).toMatchObject({ ok: false });
    expect(await admit('recordEvent', null, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('getTips', { surface: 'tone-coach', contexts: [], contextKey: 'acme/widget#42', count: 1 }, github, CTX)).toMatchObject({ ok: true });
    expect(await admit('getTips', { surface: 'one-on-one', contexts: [], contextKey: 'k', count: 3 }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('getTips', { surface: 'one-on-one', contexts: [], contextKey: 'x'.repeat(1001), count: 3 }, calendar, CTX)).toMatchObject({ ok: false });
    expect(await admit('rememberPerson', { name: 'Ada', relationship: 'overlord' }, calendar, CTX)).toMatchObject({ ok: false });
    expect(await admit('openOptions', 'javascript:alert(1)', github, CTX)).toMatchObject({ ok: false });
    // The tone coach's drafts are bounded by GitHub's own comment limit, so a page cannot make the background busy.
    expect(await admit('checkTone', { text: 'x'.repeat(65_537), specifics: false }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('checkTone', { text: 42, specifics: false }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('checkToneBalance', Array.from({ length: 501 }, () => 'ok'), github, CTX)).toMatchObject({ ok: false });
    expect(await admit('checkToneBalance', ['fine', { text: 'x' }], github, CTX)).toMatchObject({ ok: false });
    // A page may ask only for its own site's on-demand surfaces.
    expect(await admit('loadSurface', 'one-on-one', github, CTX)).toMatchObject({ ok: false });
    expect(await admit('loadSurface', 'tone-coach', calendar, CTX)).toMatchObject({ ok: false });
    expect(await admit('loadSurface', 'pr-hint', github, CTX)).toMatchObject({ ok: false });
    expect(await admit('loadSurface', 'toString', github, CTX)).toMatchObject({ ok: false });
    // Our own pages are trusted with any data the handlers accept.
    expect(await admit('recordEvent', { ...event, surface: 'popup', type: 'shown' }, page('popup.html'), CTX)).toMatchObject({ ok: true });
  });

  test('review facts: a GitHub script files facts about a pull request only; calendars ask about a 1:1 only', async () => {
    const github = content('https://github.com');
    const calendar = content('https://calendar.google.com');
    expect(await admit('recordPrVisit', PR_VISIT, github, CTX)).toMatchObject({ ok: true });
    expect(await admit('recordPrVisit', { ...PR_VISIT, pr: 'acme/widget:compare' }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('recordPrVisit', { ...PR_VISIT, pr: 'calendar-event' }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('recordPrVisit', PR_VISIT, calendar, CTX)).toMatchObject({ ok: false });
    expect(await admit('recordPrComment', { visit: null, rewriteAccepted: false }, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('oneOnOneReviews', { personId: 'p', eventKey: 'x'.repeat(1001) }, calendar, CTX)).toMatchObject({ ok: false });
    expect(await admit('oneOnOneReviews', { personId: 'p', eventKey: 'e' }, github, CTX)).toMatchObject({ ok: false });
    // The facts and the people they name are read by Leadway's own pages only.
    expect(await admit('listPrFacts', undefined, github, CTX)).toMatchObject({ ok: false });
    expect(await admit('deletePrFacts', undefined, calendar, CTX)).toMatchObject({ ok: false });
    expect(await admit('upcomingOneOnOne', { login: 'river-k', host: 'github.com' }, github, CTX)).toMatchObject({ ok: false });
  });

  test('a message without a rule is refused, whoever sends it', async () => {
    for (const type of ['dropDatabase', 'toString', '__proto__', 'constructor']) {
      expect(await admit(type, undefined, page(), CTX)).toMatchObject({ ok: false, reason: expect.stringContaining('not a message') });
    }
  });

  test('identify names the caller', async () => {
    expect(await identify(page('popup.html'), CTX)).toEqual({ kind: 'extension-page' });
    expect(await identify(content('https://outlook.live.com', '/calendar/view/week'), CTX)).toMatchObject({ kind: 'content-script', site: 'outlook', tabId: 7 });
    // Firefox gives no separate origin: the URL decides.
    expect(await identify({ ...content('https://github.com'), origin: undefined }, CTX)).toMatchObject({ site: 'github' });
    expect(await identify(content('http://github.com'), CTX)).toBeUndefined();
  });
});

describe('site problems', () => {
  test('a content script reports its own site only, and may take its report back', async () => {
    const github = content('https://github.com');
    expect((await admit('reportSiteProblem', { site: 'github', missing: ['no-author'], page: 'hybrid', groups: {} }, github, CTX)).ok).toBe(true);
    expect((await admit('reportSiteProblem', null, github, CTX)).ok).toBe(true);
    expect((await admit('reportSiteProblem', { site: 'outlook', missing: ['no-title'], page: 'peek', groups: {} }, github, CTX)).ok).toBe(false);
  });

  test('Outlook on outlook.cloud.microsoft is Outlook', async () => {
    const verdict = await admit('reportSiteProblem', { site: 'outlook', missing: ['no-title'], page: 'peek', groups: {} }, content('https://outlook.cloud.microsoft'), CTX);
    expect(verdict.ok).toBe(true);
  });
});
