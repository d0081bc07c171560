import { askBackground, type NewHistoryEvent } from '../messaging';
import { randomId } from '../../utils/ids';

const RETRY_DELAYS_MS = [200, 500, 1_000, 2_000, 4_000, 8_000];

/**
 * Failures that pass: the worker was asleep or restarting, or the answer got lost. A full disk or a refused event
 * will not get better by asking again, so those are not retried.
 */
const TRANSIENT = /receiving end does not exist|could not establish connection|message port closed|no answer to|extension context invalidated|no response/i;

export function isTransient(error: unknown): boolean {
  return TRANSIENT.test(error instanceof Error ? error.message : String(error));
}

/**
 * Record a reaction, retrying while the background service worker restarts (MV3 stops it when idle; a message
 * sent at that moment can fail). The time is stamped here, when the user acted, not when the write lands.
 */
export async function recordReaction(event: NewHistoryEvent, delays = RETRY_DELAYS_MS): Promise<boolean> {
  // One id for every try: if a try timed out after it landed, the background stores the reaction once.
  const stamped = { ...event, at: event.at ?? Date.now(), clientId: event.clientId ?? randomId('r-', 20) };
  for (let attempt = 0; ; attempt++) {
    try {
      await askBackground('recordEvent', stamped);
      return true;
    } catch (error) {
      const delay = isTransient(error) ? delays[attempt] : undefined;
      if (delay === undefined) {
        console.debug('[Leadway] could not record a reaction:', error);
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
