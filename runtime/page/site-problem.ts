/**
 * The page side of "knowing when a site changed": content scripts say here when a page they should understand
 * cannot be read, and take it back when it reads fine again. The background keeps it for the tab (the popup says
 * so) and as the site's last problem (the options page). See utils/site-health.ts for what a report may hold.
 *
 *   reportSiteProblem(githubSiteProblem(document, ['no-author']));
 *   clearSiteProblem();
 *
 * A report waits a short grace period before it is sent, so a page that is still rendering (a reader that will
 * succeed on the next look) never raises a false alarm; the same report is sent once per page, not on every look.
 */
import { askBackground } from '../messaging';
import type { SiteProblemReport } from '../../utils/site-health';
import { reportQuietly } from './safely';

/** How long a problem must stand before it is reported. */
export const SITE_PROBLEM_GRACE_MS = 1500;

export interface SiteProblemReporter {
  /** This page cannot be read as `problem` says; replaces what was said before for this page. */
  report(problem: SiteProblemReport): void;
  /** The page reads fine (or Leadway left it): take back whatever was reported. */
  clear(): void;
  /** Stop any pending report (the content script is going away). */
  dispose(): void;
}

export interface ReporterDeps {
  send: (problem: SiteProblemReport | null) => Promise<unknown>;
  /** Which page this is; a new page gets its own report even when the problem is the same. Never sent. */
  page: () => string;
  graceMs?: number;
}

export function createSiteProblemReporter(deps: ReporterDeps): SiteProblemReporter {
  const grace = deps.graceMs ?? SITE_PROBLEM_GRACE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The signature waiting for its grace period, and the one the background has. */
  let pending: string | undefined;
  let sent: string | undefined;

  const send = (problem: SiteProblemReport | null) =>
    deps.send(problem).catch((error: unknown) => {
      // Not kept: the next look at the page tries again.
      sent = undefined;
      reportQuietly('reporting a site problem', error);
    });

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };

  return {
    report(problem) {
      const signature = `${deps.page()}\n${JSON.stringify(problem)}`;
      if (signature === sent || signature === pending) return;
      cancel();
      pending = signature;
      timer = setTimeout(() => {
        timer = undefined;
        pending = undefined;
        sent = signature;
        void send(problem);
      }, grace);
    },
    clear() {
      cancel();
      if (sent === undefined) return;
      sent = undefined;
      void send(null);
    },
    dispose: cancel,
  };
}

let shared: SiteProblemReporter | undefined;

function reporter(): SiteProblemReporter {
  shared ??= createSiteProblemReporter({
    send: (problem) => askBackground('reportSiteProblem', problem),
    page: () => location.href,
  });
  return shared;
}

/** Tell the background (after the grace period) that this tab's page cannot be read. Never throws. */
export function reportSiteProblem(problem: SiteProblemReport): void {
  try {
    reporter().report(problem);
  } catch (error) {
    reportQuietly('reporting a site problem', error);
  }
}

/** The page reads fine again: take back this tab's problem, if one was reported. Never throws. */
export function clearSiteProblem(): void {
  try {
    reporter().clear();
  } catch (error) {
    reportQuietly('clearing a site problem', error);
  }
}
