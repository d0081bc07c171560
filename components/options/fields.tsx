import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/** Small form pieces the options sections share: each renders a real <label> tied to its control. */

export interface SectionProps {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}

export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="op-section" id={`section-${id}`} aria-labelledby={`section-${id}-title`} data-section={id}>
      <h2 id={`section-${id}-title`} class="op-section-title" tabIndex={-1}>
        {title}
      </h2>
      {intro ? <p class="op-intro">{intro}</p> : null}
      {children}
    </section>
  );
}

export interface ToggleProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  /** For tests and screenshots. */
  name?: string;
}

/** A checkbox drawn as a switch; it stays a checkbox for assistive technology. */
export function Toggle({ label, hint, checked, disabled, onChange, name }: ToggleProps) {
  const id = useId();
  return (
    <div class="op-toggle">
      <input
        id={id}
        type="checkbox"
        class="op-switch"
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id} class="op-toggle-label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} class="op-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface NumberFieldProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: number;
  min: number;
  max: number;
  /** Shown after the input: "per day", "minutes". */
  unit?: string;
  disabled?: boolean;
  onCommit: (value: number) => void;
  name?: string;
}

/**
 * A whole number within [min, max]. Saves when the value is valid and the user leaves the field or presses Enter;
 * an invalid value shows an inline error and is not saved.
 */
export function NumberField({ label, hint, value, min, max, unit, disabled, onCommit, name }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    setText(String(value));
    setError(undefined);
  }, [value]);

  function commit() {
    const trimmed = text.trim();
    const number = Number(trimmed);
    if (trimmed === '' || !Number.isInteger(number) || number < min || number > max) {
      setError(`Enter a whole number from ${min} to ${max}.`);
      return;
    }
    setError(undefined);
    if (number !== value) onCommit(number);
  }

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="op-field">
      <label for={id} class="op-label">
        {label}
      </label>
      <div class="op-number">
        <input
          id={id}
          name={name}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(event) => setText(event.currentTarget.value)}
          onChange={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        {unit ? <span class="op-unit">{unit}</span> : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} class="op-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="op-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A yes/no question asked inline, instead of window.confirm (which blocks the page and hides from keyboards). */
export interface ConfirmProps {
  message: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  danger?: boolean;
}

export function Confirm({ message, confirmLabel, onConfirm, onCancel, danger = true }: ConfirmProps) {
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus moves to the question's answer so keyboard users land where the decision is.
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div class="op-confirm" role="alertdialog" aria-labelledby={`${id}-message`} aria-modal="false">
      <p id={`${id}-message`}>{message}</p>
      <div class="op-row">
        <button
          type="button"
          class={`op-button ${danger ? 'op-danger' : 'op-primary'}`}
          ref={confirmRef}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" class="op-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
