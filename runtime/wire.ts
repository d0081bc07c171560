import type { Browser } from 'wxt/browser';

/**
 * Typed messages between Leadway's contexts, over the browser's own runtime and tabs messaging.
 *
 * Why not @webext-core/messaging (which Leadway used before): it pulls webextension-polyfill into every content
 * script, about 3.5 KB gzipped of each page's share, for what the browsers now do themselves (Chrome's MV3 APIs
 * return promises; Firefox has `browser`). The format on the wire is the one it used ({ id, type, data, timestamp }
 * out, { res } or { err } back), so nothing else changed.
 */
export type MessageSender = Browser.runtime.MessageSender;

interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

type WireReply = { res: unknown; err?: undefined } | { err: { name?: string; message: string } };

type Listener = (message: unknown, sender: MessageSender, sendResponse?: (reply: WireReply) => void) => unknown;

interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
  tabs?: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** Firefox's `browser`, else Chrome's `chrome` (its MV3 APIs answer with promises too). */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (!api?.runtime) throw new Error('Leadway: no extension API in this context');
  return api;
}

type Protocol<P> = { [K in keyof P]: (...args: never[]) => unknown };
type DataOf<P, K extends keyof P> = P[K] extends (data: infer D) => unknown ? D : undefined;
type AnswerOf<P, K extends keyof P> = P[K] extends (...args: never[]) => infer R ? Awaited<R> : never;

export interface Messenger<P extends Protocol<P>> {
  /** To the background and extension pages, or to one tab's content scripts when `tabId` is given. */
  sendMessage<K extends keyof P & string>(type: K, data: DataOf<P, K>, tabId?: number): Promise<AnswerOf<P, K>>;
  /** Answer one type of message in this context (one handler per type); returns a function that stops answering. */
  onMessage<K extends keyof P & string>(
    type: K,
    handler: (message: { type: K; data: DataOf<P, K>; sender: MessageSender }) => AnswerOf<P, K> | Promise<AnswerOf<P, K>>,
  ): () => void;
}

const isWireMessage = (value: unknown): value is WireMessage =>
  typeof value === 'object' && value !== null && typeof (value as WireMessage).type === 'string' && typeof (value as WireMessage).timestamp === 'number';

export function defineMessenger<P extends Protocol<P>>(): Messenger<P> {
  const handlers = new Map<string, (message: { type: string; data: unknown; sender: MessageSender }) => unknown>();
  let nextId = Math.floor(Math.random() * 10_000);
  let root: Listener | undefined;

  const answer = async (message: WireMessage, sender: MessageSender): Promise<WireReply> => {
    try {
      const handler = handlers.get(message.type)!;
      return { res: await handler({ type: message.type, data: message.data, sender }) };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      return { err: { name: failure.name, message: failure.message } };
    }
  };

  return {
    async sendMessage(type, data, tabId) {
      const api = extensionApi();
      const message: WireMessage = { id: nextId++, type, data, timestamp: Date.now() };
      const reply = (tabId === undefined ? await api.runtime.sendMessage(message) : await api.tabs!.sendMessage(tabId, message)) as
        | WireReply
        | undefined;
      if (!reply) throw new Error('No response');
      if (reply.err) throw Object.assign(new Error(reply.err.message), reply.err.name ? { name: reply.err.name } : {});
      return reply.res as never;
    },
    onMessage(type, handler) {
      if (handlers.has(type)) throw new Error(`[messaging] In this JS context, only one listener can be setup for ${type}`);
      handlers.set(type, handler as never);
      if (!root) {
        root = (message, sender, sendResponse) => {
          if (!isWireMessage(message) || !handlers.has(message.type)) return undefined;
          const reply = answer(message, sender);
          // Chrome and Firefox wait for sendResponse when the listener returns true; a listener called without one
          // (WXT's fake browser in unit tests) is answered by the returned promise.
          if (typeof sendResponse !== 'function') return reply;
          void reply.then(sendResponse);
          return true;
        };
        extensionApi().runtime.onMessage.addListener(root);
      }
      return () => {
        if (handlers.get(type) !== handler) return;
        handlers.delete(type);
        if (handlers.size === 0 && root) {
          extensionApi().runtime.onMessage.removeListener(root);
          root = undefined;
        }
      };
    },
  };
}
