import { useId, useState } from 'preact/hooks';
import { onTrusted } from '../../components/trusted';
import type { PrMention, ReviewSummary } from '../../utils/reviews/summary';
import { parseLoginList } from '../../utils/reviews/logins';

function PrLinks({ items }: { items: PrMention[] }) {
  return (
    <>
      {items.map((item, index) => (
        <>
          {index > 0 ? ', ' : ''}
          <a class="lw-oo-pr" href={item.url} target="_blank" rel="noopener noreferrer" data-pr={item.pr}>
            {item.pr}
          </a>
        </>
      ))}
    </>
  );
}

function praiseLine({ commented, praised }: ReviewSummary['praise']): string | undefined {
  if (commented === 0) return undefined;
  if (praised === 0) return commented === 1 ? 'Your review had no praise in it.' : `None of your ${commented} reviews had praise in it.`;
  if (praised === commented) return commented === 1 ? 'You said what went well in your review.' : `You said what went well in all ${commented} reviews.`;
  return `You said what went well in ${praised} of ${commented} reviews.`;
}

/**
 * "Since your last 1:1": what happened between the user and this person on GitHub, each pull request named and
 * linked, and the one or two prompts "Prepare" adds to the agenda. Page-derived values render as text only.
 */
export function SinceLastOneOnOne({ summary }: { summary: ReviewSummary }) {
  const id = useId();
  const praise = praiseLine(summary.praise);
  return (
    <section class="lw-oo-since" aria-labelledby={`${id}-since`} data-section="since-last">
      <h3 class="lw-oo-since-title" id={`${id}-since`}>
        Since your last 1:1
      </h3>
      <ul class="lw-oo-since-facts">
        {summary.theirPrsYouReviewed.length > 0 ? (
          <li>
            You reviewed their <PrLinks items={summary.theirPrsYouReviewed} />
          </li>
        ) : null}
        {summary.yourPrsTheyReviewed.length > 0 ? (
          <li>
            They reviewed your <PrLinks items={summary.yourPrsTheyReviewed} />
          </li>
        ) : null}
        {summary.longThreads.length > 0 ? (
          <li>
            Long thread: <PrLinks items={summary.longThreads} />
          </li>
        ) : null}
        {praise ? <li>{praise}</li> : null}
      </ul>
      {summary.prompts.length > 0 ? (
        <>
          <p class="lw-oo-since-sub">Worth raising (added to “Prepare”):</p>
          <ul class="lw-oo-since-prompts">
            {summary.prompts.map((prompt) => (
              <li data-prompt>{prompt}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Asks for the person's GitHub login, so Leadway can link their pull requests to this 1:1. */
export function LoginForm({ name, onSave }: { name?: string; onSave: (logins: string[]) => Promise<void> }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const { entries, invalid } = parseLoginList(text);
    if (invalid.length > 0 || entries.length === 0) {
      setError(invalid.length > 0 ? `“${invalid[0]}” is not a GitHub login.` : 'Type a login first.');
      return;
    }
    setSaving(true);
    try {
      await onSave(entries);
      setError('');
    } catch {
      setError('Leadway could not save that just now. Please try again.');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      class="lw-oo-login"
      data-section="login"
      onSubmit={onTrusted((event: Event) => {
        event.preventDefault();
        void save();
      })}
    >
      <label for={`${id}-login`} class="lw-oo-login-label">
        {name ? `${name}’s GitHub login` : 'Their GitHub login'}
      </label>
      <span class="lw-oo-login-row">
        <input
          id={`${id}-login`}
          class="lw-oo-login-input"
          value={text}
          placeholder="login, or host/login"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="lw-button" data-action="save-login" disabled={saving}>
          Save
        </button>
      </span>
      {error ? (
        <span class="lw-oo-login-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
