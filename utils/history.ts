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
}
