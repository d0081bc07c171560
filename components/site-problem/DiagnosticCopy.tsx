import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDiagnostic, type SiteProblem } from '../../utils/site-health';

/** The async clipboard API extension pages have; a refusal (no focus, no permission) becomes an error. */
export async function clipboardWrite(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('this browser gives no clipboard access here');
  await navigator.clipboard.writeText(text);
}

export interface DiagnosticCopyProps {
  problem: SiteProblem;
  /** The surface's button class (popup and options style buttons differently). */
  buttonClass: string;
  /** The button's accessible name when several are on one page ("Copy diagnostic for GitHub"). */
  label?: string;
  /** Injected for tests. */
  copyText?: (text: string) => Promise<void>;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; reason: string };

/**
 * "Copy diagnostic": puts the short diagnostic (utils/site-health.ts, no page text) on the clipboard and says so.
 * When the clipboard refuses, the text appears selected in a box so it can be copied by hand.
 */
export function DiagnosticCopy({ problem, buttonClass, label, copyText = clipboardWrite }: DiagnosticCopyProps) {
  const id = useId();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const text = formatDiagnostic(problem);

  useEffect(() => {
    if (state.kind === 'failed') boxRef.current?.select();
  }, [state]);

  async function copy() {
    try {
      await copyText(text);
      setState({ kind: 'copied' });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div class="lw-diagnostic" data-site={problem.site}>
      <button type="button" class={buttonClass} aria-label={label} onClick={() => void copy()}>
        Copy diagnostic
      </button>
      <span class="lw-diagnostic-status" role="status" data-testid="diagnostic-status">
        {state.kind === 'copied' ? 'Diagnostic copied. Paste it into a bug report.' : ''}
      </span>
      {state.kind === 'failed' ? (
        <div class="lw-diagnostic-failed" role="alert">
          <p class="lw-diagnostic-error" id={`${id}-error`}>
            Could not copy ({state.reason}). The diagnostic is selected below: copy it with Ctrl+C or ⌘C.
          </p>
          <textarea
            ref={boxRef}
            class="lw-diagnostic-text"
            readOnly
            rows={8}
            aria-label="Diagnostic"
            aria-describedby={`${id}-error`}
            value={text}
          />
        </div>
      ) : null}
    </div>
  );
}
