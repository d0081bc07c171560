import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { onTrusted } from '../../components/trusted';
import { TipCard, type TipReaction } from '../../components/TipCard';
import type { Relationship } from '../../utils/settings';
import type { Tip } from '../../utils/tips/types';
import type { ReviewSummary } from '../../utils/reviews/summary';
import { LoginForm, SinceLastOneOnOne } from './SinceLastOneOnOne';
import { RELATIONSHIP_CHOICES, RELATIONSHIP_TAGS, oneOnOneHeading, rememberedMessage } from './words';

export interface OneOnOnePanelProps {
  /** The other person's name as the calendar shows it; rendered as text only. */
  counterpartName?: string;
  relationship?: Relationship;
  tips: Tip[];
  /** Said in place of tips when there are none (daily cap reached, nothing fits, background unavailable). */
  noTipsNote?: string;
  /** What "Prepare" copies. */
  agenda: string;
  initiallyCollapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
  onReact: (tip: Tip, reaction: TipReaction) => void;
  /** Absent when the page does not say who the other person is: there is nobody to remember. */
  onPickRelationship?: (relationship: Relationship) => Promise<void>;
  onNotOneOnOne: () => Promise<void> | void;
  /** Injected for tests; defaults to the async clipboard API. */
  copyText?: (text: string) => Promise<void>;
  /** "Since your last 1:1" (review memory on, the person has a login, and there is something to say). */
  reviews?: ReviewSummary;
  /** Review memory on and the person has no GitHub login yet: ask for it. */
  onSaveLogin?: (logins: string[]) => Promise<void>;
}

const ACKNOWLEDGEMENTS: Record<TipReaction, string> = {
  helpful: 'Thanks. Leadway will show more tips like this one.',
  'not-now': 'Hidden for now. It may come back another week.',
  never: 'You will not see this tip again.',
};

async function clipboardWrite(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('No clipboard access');
  await navigator.clipboard.writeText(text);
}

/**
 * The 1:1 panel inside a calendar event: who the meeting is with, a few tips for that relationship, a one-click
 * agenda, and the ways to correct Leadway (who this person is, or "this is not a 1:1").
 */
export function OneOnOnePanel(props: OneOnOnePanelProps) {
  const { counterpartName, relationship, tips, agenda, onReact, onPickRelationship, onNotOneOnOne } = props;
  const id = useId();
  const [collapsed, setCollapsed] = useState(props.initiallyCollapsed ?? false);
  const [answered, setAnswered] = useState<Record<string, TipReaction>>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [showAgenda, setShowAgenda] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const agendaBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (showAgenda) {
      agendaBox.current?.focus();
      agendaBox.current?.select();
    }
  }, [showAgenda]);

  const heading = oneOnOneHeading(counterpartName);
  const visibleTips = tips.filter((tip) => answered[tip.id] !== 'not-now' && answered[tip.id] !== 'never');

  const setCollapsedAndTell = (next: boolean) => {
    setCollapsed(next);
    props.onCollapsedChange?.(next);
  };

  const react = (tip: Tip, reaction: TipReaction) => {
    onReact(tip, reaction);
    setAnswered((current) => ({ ...current, [tip.id]: reaction }));
    setStatus(ACKNOWLEDGEMENTS[reaction]);
    // The card the user answered may disappear: keep keyboard focus inside the panel.
    if (reaction !== 'helpful') toggle.current?.focus();
  };

  const prepare = async () => {
    const copy = props.copyText ?? clipboardWrite;
    try {
      await copy(agenda);
      setShowAgenda(false);
      setStatus('Agenda copied. Paste it into your notes or the meeting invite.');
    } catch {
      // Clipboard refused (no permission, page not focused): hand the text over selected instead.
      setShowAgenda(true);
      setStatus('Your browser did not allow copying. The agenda is selected below: press Ctrl+C (⌘C on a Mac).');
    }
  };

  const pick = async (choice: Relationship) => {
    if (!onPickRelationship || saving) return;
    setSaving(true);
    try {
      await onPickRelationship(choice);
      setStatus(rememberedMessage(counterpartName ?? 'This person', choice));
      toggle.current?.focus();
    } catch {
      setStatus('Leadway could not save that just now. Please try again.');
    } finally {
      setSaving(false);
    }
  };

  const notOneOnOne = async () => {
    try {
      await onNotOneOnOne();
    } catch {
      setStatus('Leadway could not save that just now. Please try again.');
    }
  };

  return (
    <section class="lw-oo" aria-labelledby={`${id}-heading`} data-collapsed={collapsed ? 'true' : 'false'}>
      <h2 class="lw-oo-heading" id={`${id}-heading`}>
        <button
          ref={toggle}
          type="button"
          class="lw-oo-toggle"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls={`${id}-body`}
          data-action="toggle"
          onClick={onTrusted(() => setCollapsedAndTell(!collapsed))}
        >
          <span class="lw-oo-mark" aria-hidden="true">
            L
          </span>
          <span class="lw-oo-titles">
            <span class="lw-oo-brand">Leadway</span>
            <span class="lw-oo-title">{heading}</span>
          </span>
          {relationship ? <span class="lw-oo-tag">{RELATIONSHIP_TAGS[relationship]}</span> : null}
          <span class="lw-oo-chevron" aria-hidden="true" />
          <span class="lw-visually-hidden">{collapsed ? ' (show tips)' : ' (hide tips)'}</span>
        </button>
      </h2>
      <div class="lw-oo-body" id={`${id}-body`} hidden={collapsed}>
        {!relationship && onPickRelationship ? (
          <div class="lw-oo-picker" role="group" aria-labelledby={`${id}-who`}>
            <p class="lw-oo-question" id={`${id}-who`}>
              Who is {counterpartName ?? 'this person'} to you?
              <span class="lw-oo-question-hint"> One click; Leadway remembers it for every 1:1 with them.</span>
            </p>
            <div class="lw-oo-choices">
              {RELATIONSHIP_CHOICES.map((choice) => (
                <button
                  type="button"
                  class="lw-button lw-oo-choice"
                  data-relationship={choice.relationship}
                  title={choice.hint}
                  disabled={saving}
                  onClick={onTrusted(() => void pick(choice.relationship))}
                >
                  {choice.label}
                </button>
              ))}
            </div>
          </div>
        ) : null}
        {props.reviews ? <SinceLastOneOnOne summary={props.reviews} /> : null}
        {props.onSaveLogin && relationship ? (
          <LoginForm
            name={counterpartName}
            onSave={async (logins) => {
              await props.onSaveLogin!(logins);
              setStatus('Saved. Leadway will link their pull requests to your 1:1s.');
            }}
          />
        ) : null}
        {visibleTips.length > 0 ? (
          <ul class="lw-oo-tips" aria-label={`Tips for your ${heading}`} tabIndex={0}>
            {visibleTips.map((tip) => (
              <li key={tip.id}>
                <TipCard
                  tip={tip}
                  headingLevel={3}
                  onReact={answered[tip.id] ? undefined : (reaction) => react(tip, reaction)}
                  extraActions={answered[tip.id] === 'helpful' ? <span class="lw-oo-done">Marked helpful</span> : undefined}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p class="lw-oo-note">{tips.length > 0 ? 'You have answered every tip for this 1:1 today.' : (props.noTipsNote ?? 'No tips for this 1:1 right now.')}</p>
        )}
        <div class="lw-oo-actions">
          <button
            type="button"
            class="lw-button lw-primary"
            data-action="prepare"
            title="Copy a short agenda for this 1:1 to the clipboard"
            onClick={onTrusted(() => void prepare())}
          >
            Prepare
          </button>
          <span class="lw-oo-actions-hint">copies a short agenda</span>
          <button type="button" class="lw-button lw-link lw-oo-not" data-action="not-one-on-one" onClick={onTrusted(() => void notOneOnOne())}>
            Not a 1:1
          </button>
        </div>
        {showAgenda ? (
          <textarea ref={agendaBox} class="lw-oo-agenda" readOnly rows={8} aria-label="Agenda for this 1:1" value={agenda} />
        ) : null}
      </div>
      <p class="lw-oo-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
