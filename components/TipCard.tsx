import { useId } from 'preact/hooks';
import { onTrusted } from './trusted';
import { AREA_LABELS } from '../utils/tips/areas';
import type { Tip } from '../utils/tips/types';

export type TipReaction = 'helpful' | 'not-now' | 'never';

export interface TipCardProps {
  tip: Tip;
  onReact?: (reaction: TipReaction) => void;
  onAnother?: () => void;
  onSettings?: () => void;
  /** Extra controls (e.g. a favourite star) placed before the reactions. */
  extraActions?: preact.ComponentChildren;
  /** The card's heading level inside its surface. */
  headingLevel?: 2 | 3;
}

const REACTION_LABELS: Record<TipReaction, { text: string; title: string }> = {
  helpful: { text: 'Helpful', title: 'This helped: show tips like it more often' },
  'not-now': { text: 'Not now', title: 'Hide this tip for a while' },
  never: { text: 'Never show this', title: 'Never show this tip again' },
};

/** One tip: area, title, what to do, why. Every string is rendered as text (Preact escapes it). */
export function TipCard({ tip, onReact, onAnother, onSettings, extraActions, headingLevel = 2 }: TipCardProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="lw-card" aria-labelledby={titleId} data-tip-id={tip.id} data-area={tip.area}>
      <p class="lw-area">
        {AREA_LABELS[tip.area]}
        {tip.custom ? <span class="lw-badge">yours</span> : null}
      </p>
      <Heading id={titleId} class="lw-title">
        {tip.title}
      </Heading>
      <p class="lw-body">{tip.body}</p>
      <p class="lw-why">
        <span class="lw-why-label">Why it matters: </span>
        {tip.why}
      </p>
      <div class="lw-actions" role="group" aria-label="Respond to this tip">
        {extraActions}
        {onReact
          ? (Object.keys(REACTION_LABELS) as TipReaction[]).map((reaction) => (
              <button
                type="button"
                class={`lw-button lw-react-${reaction}`}
                title={REACTION_LABELS[reaction].title}
                data-action={reaction}
                onClick={onTrusted(() => onReact(reaction))}
              >
                {REACTION_LABELS[reaction].text}
              </button>
            ))
          : null}
        {onAnother ? (
          <button type="button" class="lw-button" data-action="another" onClick={onTrusted(() => onAnother())}>
            Another tip
          </button>
        ) : null}
        {onSettings ? (
          <button type="button" class="lw-button lw-link" data-action="settings" onClick={onTrusted(() => onSettings())}>
            Settings
          </button>
        ) : null}
      </div>
    </article>
  );
}
