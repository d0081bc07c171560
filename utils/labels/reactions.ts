import type { Reaction } from '../history';

/** What each history event is called in the history list and its filters. */
export const REACTION_LABELS: Record<Reaction, string> = {
  shown: 'Shown',
  helpful: 'Helpful',
  'not-now': 'Not now',
  never: 'Never',
  acted: 'Acted on',
};
