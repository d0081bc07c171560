import { useState } from 'preact/hooks';
import type { ToneFinding } from '../../utils/tone/types';
import { CONVENTIONAL_DECORATIONS, CONVENTIONAL_LABELS, type ConventionalDecoration, type ConventionalLabel } from '../../utils/tone/conventional-comments';
import type { ToneCategory } from '../../utils/settings';
import { TipCard, type TipReaction } from '../TipCard';
import type { Tip } from '../../utils/tips/types';

export const CATEGORY_LABELS: Record<ToneCategory, string> = {
  insult: 'Harsh words',
  condescension: 'Condescending',
  blame: 'Blame',
  sarcasm: 'Sarcasm',
  shouting: 'Shouting',
  'bare-command': 'Order without a reason',
};

export interface BalanceNudge {
  tip: Tip;
  commentCount: number;
  onReact: (reaction: TipReaction) => void;
}

export interface ToneCoachProps {
  /** The draft the findings are about, to quote the flagged words. */
  text: string;
  findings: ToneFinding[];
  onRewrite: (finding: ToneFinding) => void;
  onLabel: (label: ConventionalLabel, decorations: ConventionalDecoration[]) => void;
  nudge?: BalanceNudge;
}

/**
 * A quiet line under a comment field: a tone indicator that opens, on demand, what it found with one-click
 * rewrites, plus Conventional Comments labels. It never edits the draft unless a button is clicked.
 */
export function ToneCoach({ text, findings, onRewrite, onLabel, nudge }: ToneCoachProps) {
  const [open, setOpen] = useState(false);
  const [labelsOpen, setLabelsOpen] = useState(false);
  const [decorations, setDecorations] = useState<ConventionalDecoration[]>([]);
  const count = findings.length;
  const summary = count === 0 ? 'Tone looks kind' : count === 1 ? '1 tone note' : `${count} tone notes`;

  const toggleDecoration = (decoration: ConventionalDecoration) =>
    setDecorations((current) => (current.includes(decoration) ? current.filter((d) => d !== decoration) : [...current, decoration]));

  return (
    <div class="lw-coach">
      <div class="lw-coach-bar">
        <button
          type="button"
          class={`lw-pill ${count > 0 ? 'lw-pill-warn' : 'lw-pill-ok'}`}
          aria-expanded={open}
          aria-label={`Leadway: ${summary}. ${open ? 'Hide' : 'Show'} details`}
          data-action="toggle-findings"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{count > 0 ? '●' : '✓'}</span> {summary}
        </button>
        <button
          type="button"
          class="lw-pill"
          aria-expanded={labelsOpen}
          data-action="toggle-labels"
          title="Start the comment with a Conventional Comments label"
          onClick={() => setLabelsOpen(!labelsOpen)}
        >
          Label
        </button>
        {nudge && !open ? (
          <button type="button" class="lw-pill lw-pill-nudge" data-action="show-nudge" onClick={() => setOpen(true)}>
            Add some praise?
          </button>
        ) : null}
      </div>

      {labelsOpen ? (
        <div class="lw-coach-panel" role="group" aria-label="Conventional Comments label">
          <div class="lw-chips">
            {CONVENTIONAL_LABELS.map((label) => (
              <button type="button" class="lw-chip" data-label={label} onClick={() => onLabel(label, decorations)}>
                {label}
              </button>
            ))}
          </div>
          <div class="lw-chips" role="group" aria-label="Decorations">
            {CONVENTIONAL_DECORATIONS.map((decoration) => (
              <label class="lw-check">
                <input type="checkbox" checked={decorations.includes(decoration)} onChange={() => toggleDecoration(decoration)} />
                {decoration}
              </label>
            ))}
          </div>
        </div>
      ) : null}

      {open ? (
        <div class="lw-coach-panel" aria-live="polite">
          {count === 0 ? <p class="lw-muted">Nothing here reads as harsh. Thank you for keeping it kind.</p> : null}
          <ul class="lw-findings">
            {findings.map((finding) => (
              <li class="lw-finding" data-category={finding.category}>
                <p class="lw-finding-head">
                  <span class="lw-tag">{CATEGORY_LABELS[finding.category]}</span>
                  <q>{text.slice(finding.start, finding.end)}</q>
                </p>
                <p class="lw-finding-why">{finding.message}</p>
                {finding.rewrite !== undefined ? (
                  <button type="button" class="lw-button lw-primary" data-action="rewrite" onClick={() => onRewrite(finding)}>
                    {finding.rewrite === '' ? 'Remove it' : `Use “${finding.rewrite}”`}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {nudge ? (
            <div class="lw-nudge">
              <p class="lw-muted">
                You have left {nudge.commentCount} comments on this pull request and none of them says what works well.
              </p>
              <TipCard tip={nudge.tip} headingLevel={3} onReact={nudge.onReact} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
