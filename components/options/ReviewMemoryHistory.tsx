import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../runtime/messaging';
import { prUrl } from '../../utils/reviews/summary';
import { GITHUB_HOST } from '../../utils/reviews/logins';
import { PR_FACT_RETENTION_DAYS, lastActivity } from '../../utils/reviews/facts';
import type { PrFact } from '../../utils/reviews/types';
import type { Settings, SettingsPatch } from '../../utils/settings';
import { Confirm, Toggle } from './fields';
import { errorMessage } from './useSettings';

export interface ReviewMemoryHistoryProps {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<boolean>;
  reportError: (message: string | undefined) => void;
}

/** "acme/widget#7", with the server in front when it is not github.com. */
export function prName(fact: Pick<PrFact, 'host' | 'pr'>): string {
  return fact.host === GITHUB_HOST ? fact.pr : `${fact.host} ${fact.pr}`;
}

/** What the user did on one pull request, in a few words: "You reviewed · 2 comments (1 praise)". */
export function factSummary(fact: PrFact): string {
  const role = fact.viewerRole === 'author' ? 'Your pull request' : `You reviewed @${fact.author}`;
  const labels = Object.entries(fact.labels)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([label, count]) => `${count} ${label}`);
  const comments = fact.comments === 0 ? 'no comments' : `${fact.comments} ${fact.comments === 1 ? 'comment' : 'comments'}`;
  const extras = [
    labels.length > 0 ? labels.join(', ') : undefined,
    fact.rewritesAccepted > 0 ? `${fact.rewritesAccepted} kinder rewrite${fact.rewritesAccepted === 1 ? '' : 's'}` : undefined,
  ].filter(Boolean);
  const thread = fact.longThread ? ' · long thread' : '';
  return `${role} · ${comments}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}${thread}`;
}

/**
 * The opt-in switch for review memory and what it holds: one row per pull request, each deletable, and a way to
 * forget them all. Lives in History because it is history: what Leadway keeps about the user's week.
 */
export function ReviewMemoryHistory({ settings, save, reportError }: ReviewMemoryHistoryProps) {
  const [facts, setFacts] = useState<PrFact[] | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');

  async function load() {
    try {
      setFacts(await askBackground('listPrFacts'));
    } catch (error) {
      reportError(`Could not read the pull requests Leadway remembers: ${errorMessage(error)}`);
    }
  }

  useEffect(() => {
    void load();
  }, []);

  async function forget(key?: string, name?: string) {
    setConfirming(false);
    try {
      const removed = await askBackground('deletePrFacts', key);
      reportError(undefined);
      setMessage(key ? `Forgot ${name ?? 'that pull request'}.` : `Forgot ${removed} ${removed === 1 ? 'pull request' : 'pull requests'}.`);
      await load();
    } catch (error) {
      reportError(`Could not delete: ${errorMessage(error)}`);
    }
  }

  return (
    <div class="op-review-memory" data-block="review-memory">
      <h3 class="op-subtitle">Reviews remembered for 1:1s</h3>
      <Toggle
        name="review-memory"
        label="Remember my pull-request reviews for 1:1s"
        hint={`When on, Leadway notes which pull requests you wrote or reviewed and with whom (never what anyone wrote) for ${PR_FACT_RETENTION_DAYS} days, so a 1:1 can start from what happened since you last met.`}
        checked={settings.reviewMemory}
        onChange={(reviewMemory) => void save({ reviewMemory })}
      />
      <div class="op-row op-history-bar">
        <p class="op-hint" role="status">
          {message || (facts === undefined ? 'Loading…' : `${facts.length} ${facts.length === 1 ? 'pull request' : 'pull requests'} remembered`)}
        </p>
        <button type="button" class="op-button op-danger-text" disabled={!facts || facts.length === 0} onClick={() => setConfirming(true)}>
          Forget all pull requests…
        </button>
      </div>
      {confirming ? (
        <Confirm
          message="Forget every pull request Leadway remembers? Your 1:1 panels will have nothing to recall until you review again."
          confirmLabel="Forget all"
          onConfirm={() => void forget()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {facts && facts.length > 0 ? (
        <ul class="op-pr-facts" aria-label="Pull requests Leadway remembers, most recent first">
          {facts.map((fact) => (
            <li class="op-event op-pr-fact" data-pr-key={fact.key}>
              <time class="op-event-time" dateTime={new Date(lastActivity(fact)).toISOString()}>
                {new Date(lastActivity(fact)).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}
              </time>
              <a class="op-event-title" href={prUrl(fact)} target="_blank" rel="noopener noreferrer">
                {prName(fact)}
              </a>
              <span class="op-event-meta">{factSummary(fact)}</span>
              <button
                type="button"
                class="op-button op-small op-danger-text"
                aria-label={`Forget ${prName(fact)}`}
                data-action="forget-pr"
                onClick={() => void forget(fact.key, prName(fact))}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
