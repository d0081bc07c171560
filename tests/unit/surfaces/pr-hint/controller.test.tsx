/**
 * The PR hint's controller over a real GitHub fixture, with the real background handlers and store behind the fake
 * messaging layer (tests/unit/ui/fake-messaging.ts): when it asks for a tip, what it shows, what it records, and
 * that a page left or a PR changed never leaves a stale card.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrHint } from '../../../../surfaces/pr-hint/controller';
import { readPrContext, type PrContext } from '../../../../utils/github/context';
import { defaultSettings } from '../../../../utils/settings';
import { createTestBackend, settle, type TestBackend } from '../../ui/fake-messaging';

vi.mock('../../../../runtime/messaging', async (original) => (await import('../../ui/fake-messaging')).messagingModule(await original()));

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/github');
const PR_URL = new URL('https://github.com/acme/widget/pull/42');

/** The first-timer PR fixture, as the page loop would read it (the stylesheet link left out: happy-dom would fetch it). */
function openPr(): PrContext {
  const html = readFileSync(join(FIXTURES, 'pr-first-timer-reviewer-legacy.html'), 'utf8').replace(/<link\b[^>]*rel="stylesheet"[^>]*>/gi, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return readPrContext(document, PR_URL)!;
}

let backend: TestBackend;
let hint: ReturnType<typeof createPrHint>;
const hosts = () => document.querySelectorAll<HTMLElement>('[data-leadway="pr-hint"]');
const tipRequests = () => backend.sent.filter((message) => message.type === 'getTips');

beforeEach(() => {
  backend = createTestBackend();
  hint = createPrHint();
});

afterEach(() => {
  hint.teardown();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

test('on a PR with someone signed in: one tip for the PR\'s contexts, in a pr-hint host, recorded as shown', async () => {
  const context = openPr();
  expect(context.viewer).toBeDefined();
  await hint.update(context, defaultSettings());
  await settle();
  expect(tipRequests()).toHaveLength(1);
  expect(tipRequests()[0]!.data).toMatchObject({ surface: 'pr-hint', contextKey: context.key, count: 1 });
  expect((tipRequests()[0]!.data as { contexts: string[] }).contexts).toContain('pr-first-time-contributor');
  const [host] = hosts();
  expect(host!.tagName).toBe('LEADWAY-PR-HINT');
  expect(host!.dataset.placement).toBeTruthy();
  const tipId = host!.shadowRoot!.querySelector('[data-tip-id]')!.getAttribute('data-tip-id');
  const history = await backend.store.listHistory({});
  expect(history.map((event) => [event.type, event.tipId, event.surface, event.contextKey])).toEqual([['shown', tipId, 'pr-hint', context.key]]);
});

test('the same PR again (a settings change, a re-read) keeps the card and asks nothing more', async () => {
  const context = openPr();
  await hint.update(context, defaultSettings());
  const first = hosts()[0];
  await hint.update({ ...context }, { ...defaultSettings(), theme: 'dark' });
  await settle();
  expect(tipRequests()).toHaveLength(1);
  expect([...hosts()]).toEqual([first]);
});

test('a reaction goes to the background against the hint and the PR', async () => {
  const context = openPr();
  await hint.update(context, defaultSettings());
  const shadow = hosts()[0]!.shadowRoot!;
  const tipId = shadow.querySelector('[data-tip-id]')!.getAttribute('data-tip-id');
  shadow.querySelector<HTMLElement>('[data-action="helpful"]')!.click();
  await settle();
  const recorded = backend.sent.filter((message) => message.type === 'recordEvent').map((message) => message.data);
  expect(recorded).toEqual([expect.objectContaining({ type: 'helpful', tipId, surface: 'pr-hint', contextKey: context.key })]);
});

test('nobody signed in, or no PR (the loop passes nothing while the hint is off): no request, and a shown card goes', async () => {
  const context = openPr();
  await hint.update({ ...context, viewer: undefined }, defaultSettings());
  expect(tipRequests()).toHaveLength(0);
  expect(hosts()).toHaveLength(0);
  await hint.update(context, defaultSettings());
  expect(hosts()).toHaveLength(1);
  await hint.update(undefined, defaultSettings());
  expect(hosts()).toHaveLength(0);
});

test('a PR left while its tip was on the way shows nothing when the answer arrives', async () => {
  const context = openPr();
  let release!: () => void;
  backend.hold.getTips = new Promise<void>((resolve) => {
    release = resolve;
  });
  const pending = hint.update(context, defaultSettings());
  hint.teardown();
  release();
  await pending;
  await settle();
  expect(hosts()).toHaveLength(0);
});
