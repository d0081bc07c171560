/**
 * A stand-in for runtime/messaging.ts in UI tests. `askBackground` goes to the real background handlers
 * (runtime/background/handlers.ts) over a real LeadwayStore on fake-indexeddb, with every message and answer passed
 * through JSON the way the browser's messaging does. Tab messages (`getPageContext`) are scripted per test, and the
 * background's `settingsChanged` broadcast reaches the page's listener as it would in the browser.
 *
 * Use in a test file:
 *   vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));
 */
import { vi, type Mock } from 'vitest';
import type * as Messaging from '../../../runtime/messaging';
import type { BackgroundProtocol, PageContext, TabProtocol } from '../../../runtime/messaging';
import { createHandlers } from '../../../runtime/background/handlers';
import { createSiteProblems, memoryTabStorage, type SiteProblems } from '../../../runtime/background/site-problems';
import { LeadwayStore } from '../../../utils/storage/store';
import { openLeadwayDb } from '../../../utils/storage/open';
import { seededRandom } from '../../../utils/random';
import type { Settings } from '../../../utils/settings';

type Handlers = ReturnType<typeof createHandlers>;
type TabListener = (message: { data: unknown }) => unknown;

export interface TestBackend {
  store: LeadwayStore;
  handlers: Handlers;
  /** The background's site problems, so a test can report one as a content script in a tab would. */
  siteProblems: SiteProblems;
  /** Every message the UI sent to the background, in order. */
  sent: { type: keyof BackgroundProtocol; data: unknown }[];
  /** What the active tab's content script answers; `'no-content-script'` makes the request fail. */
  pageContext: PageContext | null | 'no-content-script';
  /** Make the next calls of a message type fail with this message (until cleared). */
  failures: Partial<Record<keyof BackgroundProtocol, string>>;
  /** Hold answers of a message type until `release` is called (to test the state before an answer). */
  hold: Partial<Record<keyof BackgroundProtocol, Promise<void>>>;
  now: number;
  openOptions: Mock<(section?: string) => Promise<void>>;
  /** Pretend another context changed settings: the page hears `settingsChanged`. */
  broadcast(settings: Settings): void;
}

let counter = 0;
/** Messages sent and not yet answered, so tests can wait for quiet instead of guessing a delay. */
let inFlight = 0;
let current: TestBackend | undefined;
const tabListeners = new Map<keyof TabProtocol, TabListener>();

const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** A fresh backend (new database) for one test. */
export function createTestBackend(now = Date.UTC(2025, 4, 14, 10, 0)): TestBackend {
  counter += 1;
  const name = `leadway-ui-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const store = new LeadwayStore(() => openLeadwayDb(name));
  const backend: TestBackend = {
    store,
    handlers: undefined as unknown as Handlers,
    siteProblems: undefined as unknown as SiteProblems,
    sent: [],
    pageContext: null,
    failures: {},
    hold: {},
    now,
    openOptions: vi.fn(async (_section?: string) => {}),
    broadcast(settings) {
      void tabListeners.get('settingsChanged')?.({ data: json(settings) });
    },
  };
  backend.siteProblems = createSiteProblems({ store, tabs: memoryTabStorage(), now: () => backend.now, version: '0.0.0-test' });
  backend.handlers = createHandlers({
    siteProblems: backend.siteProblems,
    store,
    now: () => backend.now,
    random: seededRandom(7),
    broadcastSettings: (settings) => backend.broadcast(settings),
    openOptions: (section) => backend.openOptions(section),
    version: '0.0.0-test',
  });
  current = backend;
  tabListeners.clear();
  return backend;
}

async function askBackground(type: keyof BackgroundProtocol, data?: unknown): Promise<unknown> {
  const backend = current;
  if (!backend) throw new Error('No test backend: call createTestBackend() in beforeEach');
  backend.sent.push({ type, data: json(data) });
  const held = backend.hold[type];
  if (held) await held;
  inFlight++;
  try {
    const failure = backend.failures[type];
    if (failure) throw new Error(failure);
    // Scripts are injected into a sender's tab: extension pages, which these tests render, have none.
    if (type === 'loadSurface') return false;
    if (type === 'reportSiteProblem') return json(await backend.siteProblems.report({}, json(data)));
    // Review facts come from GitHub pages only: an extension page sending them is refused, as by the real gate.
    if (type === 'recordPrVisit' || type === 'recordPrComment') throw new Error(`Leadway refused a message: "${type}" is only for content scripts.`);
    const handler = backend.handlers[type] as (input: unknown) => Promise<unknown>;
    return json(await handler(json(data)));
  } catch (error) {
    // The browser carries only the message of an error across contexts.
    throw new Error(error instanceof Error ? error.message : String(error));
  } finally {
    inFlight--;
  }
}

const tabMessenger = {
  onMessage(type: keyof TabProtocol, listener: TabListener) {
    if (tabListeners.has(type)) throw new Error(`[messaging] In this JS context, only one listener can be setup for ${type}`);
    tabListeners.set(type, listener);
    return () => {
      if (tabListeners.get(type) === listener) tabListeners.delete(type);
    };
  },
  async sendMessage(type: keyof TabProtocol): Promise<unknown> {
    if (type !== 'getPageContext') throw new Error(`unexpected tab message ${type}`);
    const answer = current?.pageContext ?? null;
    if (answer === 'no-content-script') throw new Error('Could not establish connection. Receiving end does not exist.');
    return json(answer);
  },
  removeAllListeners() {
    tabListeners.clear();
  },
};

/** The mocked module: the real one's types and helpers, with the two messengers replaced. */
export function messagingModule(actual: typeof Messaging): typeof Messaging {
  return {
    ...actual,
    askBackground: askBackground as typeof actual.askBackground,
    tabMessenger: tabMessenger as unknown as typeof actual.tabMessenger,
  };
}

/**
 * Resolves once no message is waiting for the background and the callbacks after the last answers have run
 * (IndexedDB work can take a while on a busy machine, so this waits for quiet rather than a fixed time).
 */
export async function settle(rounds = 5, timeoutMs = 3000): Promise<void> {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (let i = 0; i < rounds; i++) await tick();
    if (inFlight === 0 || Date.now() > deadline) return;
  }
}
