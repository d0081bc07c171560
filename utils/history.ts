import type { Area } from './tips/areas';
import type { Surface } from './tips/types';

export const REACTIONS = ['shown', 'helpful', 'not-now', 'never', 'acted'] as const;
export type Reaction = (typeof REACTIONS)[number];

export interface HistoryEvent {
  /** Assigned by the store. */
  id?: number;
  type: Reaction;
  tipId: string;
  area: Area;
  surface: Surface;
  /** What the tip was about, e.g. `acme/widget#42` or a calendar event key. */
  contextKey: string;
  /** Epoch milliseconds. */
  at: number;
  /**
   * Made by the sender once per reaction and kept across retries, so a reaction resent after a timeout (the first
   * try may have landed) is stored once. Not exported.
   */
  clientId?: string;
}

/** What a client id looks like: crypto.randomUUID() or any short id of letters, digits and dashes. */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
