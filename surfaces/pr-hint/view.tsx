import { useEffect, useRef, useState } from 'preact/hooks';
import { onTrusted } from '../../components/trusted';
import { TipCard, type TipReaction } from '../../components/TipCard';
import type { Tip } from '../../utils/tips/types';

export interface PrHintProps {
  tip: Tip;
  /** Why this tip, in a few words: "Reviewing a first-time contributor's pull request". */
  contextLabel: string;
  onReact: (tip: Tip, reaction: TipReaction) => void;
  /** Resolves to the next tip, or undefined when there is none. */
  onAnother: (current: Tip) => Promise<Tip | undefined>;
  onSettings: () => void;
  /** Called once the hint has finished closing. */
  onClosed: () => void;
}

type Phase = { kind: 'tip'; tip: Tip } | { kind: 'closing'; message: string };

const ACKNOWLEDGEMENTS: Record<TipReaction, string> = {
  helpful: 'Thanks. Leadway will show more tips like this one.',
  'not-now': 'Hidden for now. It may come back another week.',
  never: 'You will not see this tip again.',
};

/** The PR hint: one tip, what it is about, and the ways to answer it. */
export function PrHint({ tip, contextLabel, onReact, onAnother, onSettings, onClosed }: PrHintProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'tip', tip });
  const [note, setNote] = useState('');
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    if (phase.kind !== 'closing') return;
    const timer = setTimeout(onClosed, 2_500);
    return () => clearTimeout(timer);
  }, [phase.kind]);

  const react = (reaction: TipReaction) => {
    if (phase.kind !== 'tip') return;
    onReact(phase.tip, reaction);
    setPhase({ kind: 'closing', message: ACKNOWLEDGEMENTS[reaction] });
  };

  const another = async () => {
    if (phase.kind !== 'tip') return;
    const next = await onAnother(phase.tip);
    if (next) {
      setPhase({ kind: 'tip', tip: next });
      setNote('');
      // Keep keyboard users where they were: on the new card's first button.
      requestAnimationFrame(() => region.current?.querySelector<HTMLButtonElement>('.lw-actions button')?.focus());
    } else {
      setNote('No other tip fits this page right now.');
    }
  };

  return (
    <section ref={region} class="lw-hint" role="complementary" aria-label="Leadway tip for this pull request">
      <header class="lw-hint-head">
        <span class="lw-brand" aria-hidden="true">
          Leadway
        </span>
        <span class="lw-context">{contextLabel}</span>
        {phase.kind === 'tip' ? (
          <button type="button" class="lw-close" aria-label="Close this tip (not now)" title="Not now" onClick={onTrusted(() => react('not-now'))}>
            ×
          </button>
        ) : null}
      </header>
      {phase.kind === 'tip' ? (
        <TipCard tip={phase.tip} headingLevel={3} onReact={react} onAnother={() => void another()} onSettings={onSettings} />
      ) : null}
      <p class="lw-status" role="status" aria-live="polite">
        {phase.kind === 'closing' ? phase.message : note}
      </p>
    </section>
  );
}
