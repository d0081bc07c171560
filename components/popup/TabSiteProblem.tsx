import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../runtime/extension-browser';
import { askBackground } from '../../runtime/messaging';
import { describeMissing, siteProblemSentence, type SiteProblem } from '../../utils/site-health';
import { DiagnosticCopy } from '../site-problem/DiagnosticCopy';

/** The problem the background keeps for the active tab, or undefined (none, or no answer). */
export function useTabSiteProblem(): SiteProblem | undefined {
  const [problem, setProblem] = useState<SiteProblem | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id === undefined) return;
        const found = await askBackground('getTabSiteProblem', { tabId: tab.id });
        if (live && found) setProblem(found);
      } catch {
        // No answer: the popup says nothing rather than something wrong.
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return problem;
}

export interface TabSiteProblemProps {
  problem: SiteProblem;
  copyText?: (text: string) => Promise<void>;
}

/** "Leadway could not read this pull request: GitHub may have changed its page." with a diagnostic to copy. */
export function TabSiteProblem({ problem, copyText }: TabSiteProblemProps) {
  return (
    <section class="lw-site-problem pp-site-problem" aria-label="Page not read" data-testid="tab-site-problem">
      <p class="lw-site-problem-text">{siteProblemSentence(problem, true)}</p>
      <p class="lw-site-problem-detail">
        Missing: {describeMissing(problem.missing)}. The diagnostic names what Leadway looked for, never what the page
        says.
      </p>
      <DiagnosticCopy problem={problem} buttonClass="lw-button" copyText={copyText} />
    </section>
  );
}
