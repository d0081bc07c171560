import { useId, useState } from 'preact/hooks';
import { SETTINGS_LIMITS } from '../../utils/storage/validate-settings';

export interface PhraseListProps {
  legend: string;
  hint: string;
  phrases: readonly string[];
  /** Name used in messages and labels: "phrase to flag". */
  noun: string;
  onChange: (phrases: string[]) => void;
}

/** A list of short phrases with an add field and a remove button per phrase. */
export function PhraseList({ legend, hint, phrases, noun, onChange }: PhraseListProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  function add(event: Event) {
    event.preventDefault();
    const phrase = draft.trim().replace(/\s+/g, ' ');
    if (phrase === '') return setError(`Type a ${noun} first.`);
    if (phrase.length > SETTINGS_LIMITS.phraseMax) return setError(`Keep it under ${SETTINGS_LIMITS.phraseMax} characters.`);
    if (phrases.some((existing) => existing.toLocaleLowerCase() === phrase.toLocaleLowerCase())) {
      return setError(`“${phrase}” is already in the list.`);
    }
    if (phrases.length >= SETTINGS_LIMITS.phrasesMax) return setError(`The list is full (${SETTINGS_LIMITS.phrasesMax} phrases).`);
    setError(undefined);
    setDraft('');
    onChange([...phrases, phrase]);
  }

  return (
    <fieldset class="op-fieldset op-phrases">
      <legend>{legend}</legend>
      <p class="op-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {phrases.length > 0 ? (
        <ul class="op-chips" aria-label={legend}>
          {phrases.map((phrase) => (
            <li class="op-chip">
              <span>{phrase}</span>
              <button
                type="button"
                class="op-chip-remove"
                aria-label={`Remove “${phrase}”`}
                onClick={() => onChange(phrases.filter((p) => p !== phrase))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="op-empty-line">None yet.</p>
      )}
      <form class="op-row" onSubmit={add}>
        <label for={`${id}-input`} class="op-visually-hidden">
          New {noun}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          class="op-input"
          placeholder={`Add a ${noun}`}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="op-button">
          Add
        </button>
      </form>
      {error ? (
        <p id={`${id}-error`} class="op-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
