/**
 * The message wire as the real browsers drive it: Chrome and Firefox call a runtime.onMessage listener with a
 * sendResponse function and wait for it when the listener returns true. (WXT's fake browser, behind the other
 * messaging tests, calls without one and takes the returned promise.) Here a stand-in extension API records what
 * the wire does with each.
 */
import { defineMessenger } from '../../../runtime/wire';

interface TestProtocol {
  double(value: number): number;
  fail(): void;
}

type Listener = (message: unknown, sender: object, sendResponse?: (reply: unknown) => void) => unknown;

function standIn() {
  const listeners: Listener[] = [];
  const api = {
    runtime: {
      id: 'leadway-test',
      sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
      onMessage: {
        addListener: (listener: Listener) => listeners.push(listener),
        removeListener: (listener: Listener) => listeners.splice(listeners.indexOf(listener), 1),
      },
    },
    tabs: { sendMessage: vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => ({ res: 'from the tab' })) },
  };
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', api);
  return { api, listeners };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Deliver a message the way Chrome does: with sendResponse, waiting for it if the listener returned true. */
function deliver(listener: Listener, message: unknown): Promise<{ kept: unknown; reply?: unknown }> {
  return new Promise((resolve) => {
    // sendResponse is only ever called after the listener returned, so `kept` is set by then.
    const kept: unknown = listener(message, { id: 'leadway-test' }, (reply) => resolve({ kept, reply }));
    if (kept !== true) resolve({ kept });
  });
}

test('a message is answered through sendResponse, and the listener keeps the channel open for it', async () => {
  const { listeners } = standIn();
  const messenger = defineMessenger<TestProtocol>();
  messenger.onMessage('double', ({ data }) => data * 2);
  const { kept, reply } = await deliver(listeners[0]!, { id: 1, type: 'double', data: 21, timestamp: Date.now() });
  expect(kept).toBe(true);
  expect(reply).toEqual({ res: 42 });
});

test('a handler that throws answers with the error, which the sender throws again with its message', async () => {
  const { api, listeners } = standIn();
  const messenger = defineMessenger<TestProtocol>();
  messenger.onMessage('fail', () => {
    throw new Error('disk on fire');
  });
  const { reply } = await deliver(listeners[0]!, { id: 2, type: 'fail', data: undefined, timestamp: Date.now() });
  expect(reply).toEqual({ err: { name: 'Error', message: 'disk on fire' } });
  api.runtime.sendMessage.mockResolvedValueOnce(reply);
  await expect(messenger.sendMessage('fail', undefined)).rejects.toThrow('disk on fire');
});

test('messages it has no handler for, and messages of other formats, are left alone (the channel is not held)', async () => {
  const { listeners } = standIn();
  const messenger = defineMessenger<TestProtocol>();
  messenger.onMessage('double', ({ data }) => data * 2);
  expect(listeners[0]!({ id: 3, type: 'fail', data: undefined, timestamp: 1 }, {}, () => {})).toBeUndefined();
  expect(listeners[0]!({ type: 'double', data: 1 }, {}, () => {})).toBeUndefined();
  expect(listeners[0]!('wxt:content-script-started', {}, () => {})).toBeUndefined();
});

test('with a tab id the message goes to that tab; without an answer it is an error, not undefined', async () => {
  const { api } = standIn();
  const messenger = defineMessenger<TestProtocol>();
  await expect(messenger.sendMessage('double', 2, 7)).resolves.toBe('from the tab');
  expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'double', data: 2, timestamp: expect.any(Number) }));
  await expect(messenger.sendMessage('double', 2)).rejects.toThrow('No response');
});

test('one handler per type, and the browser listener goes when the last handler stops', () => {
  const { listeners } = standIn();
  const messenger = defineMessenger<TestProtocol>();
  const stop = messenger.onMessage('double', ({ data }) => data);
  expect(() => messenger.onMessage('double', ({ data }) => data)).toThrow('only one listener');
  expect(listeners).toHaveLength(1);
  stop();
  expect(listeners).toHaveLength(0);
});
