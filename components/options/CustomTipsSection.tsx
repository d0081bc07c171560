import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { askBackground } from '../../runtime/messaging';
import { AREAS, AREA_LABELS, type Area } from '../../utils/tips/areas';
import { TIP_CONTEXTS, USER_ROLES, type Tip, type TipContext, type UserRole } from '../../utils/tips/types';
import { CUSTOM_TIP_LIMITS } from '../../utils/storage/validate-tip';
import { Confirm, Section } from './fields';
import { TIP_CONTEXT_LABELS as CONTEXT_LABELS } from '../../utils/labels/tip-contexts';
import { ROLE_LABELS } from '../../utils/labels/roles';
import { draftFromTip, emptyDraft, validateDraft, type TipDraft, type TipDraftErrors } from './custom-tip';
import { errorMessage } from './useSettings';

export interface CustomTipsSectionProps {
  reportError: (message: string | undefined) => void;
  /** Tells the page something saved, for its quiet "Saved" status. */
  onSaved: () => void;
}

export function CustomTipsSection({ reportError, onSaved }: CustomTipsSectionProps) {
  const [tips, setTips] = useState<Tip[] | undefined>(undefined);
  const [editing, setEditing] = useState<TipDraft | undefined>(undefined);
  const [deleting, setDeleting] = useState<Tip | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);

  async function reload() {
    try {
      setTips(await askBackground('listCustomTips'));
      setLoadError(undefined);
    } catch (error) {
      setLoadError(`Could not load your tips: ${errorMessage(error)}`);
    }
  }

  useEffect(() => {
    void reload();
  }, []);

  async function remove(tip: Tip) {
    setDeleting(undefined);
    try {
      await askBackground('deleteCustomTip', tip.id);
      reportError(undefined);
      onSaved();
      await reload();
    } catch (error) {
      reportError(`Could not delete “${tip.title}”: ${errorMessage(error)}`);
    }
  }

  return (
    <Section id="custom-tips" title="Your tips" intro="Write tips of your own: lessons from your team, reminders you keep needing. They show up alongside Leadway’s, in the moments you choose.">
      {loadError ? <p class="op-error">{loadError}</p> : null}
      {editing ? (
        <TipForm
          draft={editing}
          onCancel={() => setEditing(undefined)}
          onSave={async (tip) => {
            try {
              await askBackground('saveCustomTip', tip);
              reportError(undefined);
              onSaved();
              setEditing(undefined);
              await reload();
              return undefined;
            } catch (error) {
              return `Could not save the tip: ${errorMessage(error)}`;
            }
          }}
        />
      ) : (
        <div class="op-row">
          <button type="button" class="op-button op-primary" onClick={() => setEditing(emptyDraft())}>
            New tip
          </button>
        </div>
      )}

      {tips === undefined && !loadError ? <p class="op-empty-line">Loading…</p> : null}
      {tips && tips.length === 0 && !editing ? <p class="op-empty-line">You have not written any tips yet.</p> : null}
      {tips && tips.length > 0 ? (
        <ul class="op-tip-list" aria-label="Your tips">
          {tips.map((tip) => (
            <li class="op-tip-item" data-tip-id={tip.id}>
              <div class="op-tip-main">
                <p class="op-tip-area">{AREA_LABELS[tip.area]}</p>
                <p class="op-tip-title">{tip.title}</p>
                <p class="op-tip-body">{tip.body}</p>
                <p class="op-hint">{tip.contexts.map((context) => CONTEXT_LABELS[context]).join(' · ')}</p>
              </div>
              <div class="op-tip-actions">
                <button type="button" class="op-button op-small" aria-label={`Edit “${tip.title}”`} onClick={() => setEditing(draftFromTip(tip))}>
                  Edit
                </button>
                <button type="button" class="op-button op-small op-danger-text" aria-label={`Delete “${tip.title}”`} onClick={() => setDeleting(tip)}>
                  Delete
                </button>
              </div>
              {deleting?.id === tip.id ? (
                <Confirm
                  message={`Delete “${tip.title}”? Its history stays, but the tip is gone for good.`}
                  confirmLabel="Delete tip"
                  onConfirm={() => void remove(tip)}
                  onCancel={() => setDeleting(undefined)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

interface TipFormProps {
  draft: TipDraft;
  /** Resolves to an error message, or undefined when saved. */
  onSave: (tip: Tip) => Promise<string | undefined>;
  onCancel: () => void;
}

function TipForm({ draft: initial, onSave, onCancel }: TipFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<TipDraft>(initial);
  const [errors, setErrors] = useState<TipDraftErrors>({});
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const update = (change: Partial<TipDraft>) => setDraft((current) => ({ ...current, ...change }));
  const toggleContext = (context: TipContext, on: boolean) =>
    update({ contexts: on ? [...draft.contexts, context] : draft.contexts.filter((c) => c !== context) });
  const toggleRole = (role: UserRole, on: boolean) =>
    update({ roles: on ? [...draft.roles, role] : draft.roles.filter((r) => r !== role) });

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      // Focus the first field that needs attention, in form order.
      const first = (['title', 'body', 'why', 'area', 'contexts'] as const).find((field) => result.errors[field]);
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    const failure = await onSave(result.tip);
    setSaving(false);
    setSaveError(failure);
  }

  const described = (field: keyof TipDraftErrors, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorLine = (field: keyof TipDraftErrors) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} class="op-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form class="op-tip-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} class="op-subtitle">
        {initial.id ? 'Edit your tip' : 'New tip'}
      </h3>
      <div class="op-field">
        <label for={`${id}-title`} class="op-label">
          Title
        </label>
        <input
          id={`${id}-title`}
          data-field="title"
          class="op-input"
          type="text"
          value={draft.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={described('title')}
          onInput={(event) => update({ title: event.currentTarget.value })}
        />
        {errorLine('title')}
      </div>
      <div class="op-field">
        <label for={`${id}-body`} class="op-label">
          What to do
        </label>
        <textarea
          id={`${id}-body`}
          data-field="body"
          class="op-input"
          rows={3}
          value={draft.body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={described('body', `${id}-body-count`)}
          onInput={(event) => update({ body: event.currentTarget.value })}
        />
        <p id={`${id}-body-count`} class={`op-hint op-counter${draft.body.trim().length > CUSTOM_TIP_LIMITS.bodyMax ? ' op-over' : ''}`}>
          {`${draft.body.trim().length} / ${CUSTOM_TIP_LIMITS.bodyMax} characters`}
        </p>
        {errorLine('body')}
      </div>
      <div class="op-field">
        <label for={`${id}-why`} class="op-label">
          Why it matters
        </label>
        <input
          id={`${id}-why`}
          data-field="why"
          class="op-input"
          type="text"
          value={draft.why}
          aria-invalid={errors.why ? true : undefined}
          aria-describedby={described('why')}
          onInput={(event) => update({ why: event.currentTarget.value })}
        />
        {errorLine('why')}
      </div>
      <div class="op-field">
        <label for={`${id}-area`} class="op-label">
          Area
        </label>
        <select
          id={`${id}-area`}
          data-field="area"
          class="op-input"
          value={draft.area}
          aria-invalid={errors.area ? true : undefined}
          aria-describedby={described('area')}
          onChange={(event) => update({ area: event.currentTarget.value as Area | '' })}
        >
          <option value="">Choose an area…</option>
          {AREAS.map((area) => (
            <option value={area}>{AREA_LABELS[area]}</option>
          ))}
        </select>
        {errorLine('area')}
      </div>
      <fieldset class="op-fieldset" aria-invalid={errors.contexts ? true : undefined} aria-describedby={described('contexts')}>
        <legend>When to show it</legend>
        <div class="op-checks">
          {TIP_CONTEXTS.map((context, index) => (
            <label class="op-check">
              <input
                type="checkbox"
                data-field={index === 0 ? 'contexts' : undefined}
                checked={draft.contexts.includes(context)}
                onChange={(event) => toggleContext(context, event.currentTarget.checked)}
              />
              {CONTEXT_LABELS[context]}
            </label>
          ))}
        </div>
        {errorLine('contexts')}
      </fieldset>
      <fieldset class="op-fieldset">
        <legend>Best for (optional)</legend>
        <p class="op-hint">Leave all unticked to suit every role.</p>
        <div class="op-row">
          {USER_ROLES.map((role) => (
            <label class="op-check">
              <input type="checkbox" checked={draft.roles.includes(role)} onChange={(event) => toggleRole(role, event.currentTarget.checked)} />
              {ROLE_LABELS[role]}
            </label>
          ))}
        </div>
      </fieldset>
      {saveError ? (
        <p class="op-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <div class="op-row op-form-actions">
        <button type="submit" class="op-button op-primary" disabled={saving}>
          {initial.id ? 'Save tip' : 'Add tip'}
        </button>
        <button type="button" class="op-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
