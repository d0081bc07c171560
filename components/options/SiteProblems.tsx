import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../runtime/messaging';
import { describeMissing, siteProblemSentence, type SiteProblem } from '../../utils/site-health';
import { SITE_LABELS } from '../../utils/labels/sites';
import { DiagnosticCopy } from '../site-problem/DiagnosticCopy';
import { errorMessage } from './useSettings';

export interface SiteProblemsProps {
  /** Injected for tests. */
  copyText?: (text: string) => Promise<void>;
}

function when(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The last page of each site Leadway could not read, with its date and a diagnostic to copy for a bug report.
 * Kept in this browser only; "Forget these" clears the list.
 */
export function SiteProblems({ copyText }: SiteProblemsProps) {
  const [problems, setProblems] = useState<SiteProblem[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    askBackground('listSiteProblems').then(
      (list) => live && setProblems(list),
      (failure: unknown) => live && setError(`Could not load reading problems: ${errorMessage(failure)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  async function forget() {
    try {
      await askBackground('clearSiteProblems');
      setProblems([]);
    } catch (failure) {
      setError(`Could not forget them: ${errorMessage(failure)}`);
    }
  }

  return (
    <fieldset class="op-fieldset" data-testid="site-problems">
      <legend>Pages Leadway could not read</legend>
      <p class="op-hint">
        When a site changes its pages, Leadway may stop finding what it needs. The last such page of each site is kept
        here, in this browser only. Copy its diagnostic into a bug report: it names what Leadway looked for, never
        what the page said.
      </p>
      {error ? <p class="op-error">{error}</p> : null}
      {problems === undefined && !error ? <p class="op-empty-line">Loading…</p> : null}
      {problems?.length === 0 ? <p class="op-empty-line">None so far: every page Leadway met, it could read.</p> : null}
      {problems && problems.length > 0 ? (
        <>
          <ul class="op-list" aria-label="Pages Leadway could not read">
            {problems.map((problem) => (
              <li class="op-list-item lw-site-problem op-site-problem" data-site={problem.site}>
                <div>
                  <p class="lw-site-problem-text">
                    <strong>{SITE_LABELS[problem.site]}</strong>, <time dateTime={new Date(problem.at).toISOString()}>{when(problem.at)}</time>
                  </p>
                  <p class="lw-site-problem-detail">
                    {siteProblemSentence(problem, false)} Missing: {describeMissing(problem.missing)}.
                  </p>
                  <DiagnosticCopy
                    problem={problem}
                    buttonClass="op-button op-small"
                    label={`Copy diagnostic for ${SITE_LABELS[problem.site]}`}
                    copyText={copyText}
                  />
                </div>
              </li>
            ))}
          </ul>
          <button type="button" class="op-button op-small" onClick={() => void forget()}>
            Forget these
          </button>
        </>
      ) : null}
    </fieldset>
  );
}
