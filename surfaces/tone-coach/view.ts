/**
 * The tone coach's UI: a quiet line under a comment field with a tone indicator that opens, on demand, what it found
 * with one-click rewrites, plus Conventional Comments labels and, now and then, a nudge to add some praise. It never
 * edits the draft unless a button is clicked.
 *
 * Plain DOM rather than Preact: the coach's script carries the analyzer and is injected into a GitHub page when a
 * comment box first gets focus (loader.ts), and Preact's renderer would be about a seventh of it (~4 KB gzipped) for
 * one small widget. The view
 * keeps what Preact gave it: every string goes in as text (never parsed as markup), elements that stay on screen are
 * updated in place (focus and the live region survive an update), and it renders the same markup as before.
 */
import type { ToneFinding } from '../../utils/tone/types';
import { onTrusted } from '../../components/trusted';
import {
  CONVENTIONAL_DECORATIONS,
  CONVENTIONAL_LABELS,
  type ConventionalDecoration,
  type ConventionalLabel,
} from '../../utils/tone/conventional-comments';
import { TONE_CATEGORY_LABELS } from '../../utils/labels/tone-categories';
import type { TipReaction } from '../../components/TipCard';
import type { Tip } from '../../utils/tips/types';

/** The tip card's three reactions, as plain buttons: the coach is too small a surface for the whole card. */
const REACTIONS: [TipReaction, string][] = [
  ['helpful', 'Helpful'],
  ['not-now', 'Not now'],
  ['never', 'Never show this'],
];

export interface BalanceNudge {
  tip: Tip;
  commentCount: number;
  onReact: (reaction: TipReaction) => void;
}

export interface CoachProps {
  /** The draft the findings are about, to quote the flagged words. */
  text: string;
  findings: ToneFinding[];
  /** A gentle prompt that is not a tone finding (a bare verdict: ask for specifics). */
  prompt?: string;
  onRewrite: (finding: ToneFinding) => void;
  onLabel: (label: ConventionalLabel, decorations: ConventionalDecoration[]) => void;
  nudge?: BalanceNudge;
}

export interface CoachView {
  /** The view's root, to place inside the coach's shadow root. */
  element: HTMLElement;
  /** Show the findings for the current draft; what the writer opened stays open. */
  update(props: CoachProps): void;
}

type Child = Node | string | false | undefined;

/** An element with string attributes and children; strings become text nodes, so nothing is ever parsed as HTML. */
function el(doc: Document, tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

function button(doc: Document, attributes: Record<string, string>, label: Child, onClick: () => void): HTMLElement {
  const element = el(doc, 'button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onTrusted(onClick));
  return element;
}

/** Replace a container's children; a button that had focus hands it to the button now in its place. */
function replaceKeepingFocus(container: HTMLElement, ...children: Child[]): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  const buttons = () => Array.from(container.querySelectorAll('button'));
  const focused = root.activeElement ? buttons().indexOf(root.activeElement as HTMLButtonElement) : -1;
  container.replaceChildren(...children.filter((child): child is Node | string => child !== false && child !== undefined));
  if (focused >= 0) buttons()[focused]?.focus();
}

export function createCoachView(doc: Document): CoachView {
  let props: CoachProps | undefined;
  let open = false;
  let labelsOpen = false;
  let decorations: ConventionalDecoration[] = [];

  const toggle = button(doc, { 'data-action': 'toggle-findings' }, undefined, () => {
    open = !open;
    refresh();
  });
  const labelsToggle = button(
    doc,
    { class: 'lw-pill', 'data-action': 'toggle-labels', title: 'Start the comment with a Conventional Comments label' },
    'Label',
    () => {
      labelsOpen = !labelsOpen;
      refresh();
    },
  );
  const nudgePill = button(doc, { class: 'lw-pill lw-pill-nudge', 'data-action': 'show-nudge' }, 'Add some praise?', () => {
    open = true;
    refresh();
  });
  const bar = el(doc, 'div', { class: 'lw-coach-bar' }, toggle, labelsToggle);

  const checkboxes = CONVENTIONAL_DECORATIONS.map((decoration) => {
    const box = el(doc, 'input', { type: 'checkbox' }) as HTMLInputElement;
    box.addEventListener('change', () => {
      decorations = decorations.includes(decoration) ? decorations.filter((d) => d !== decoration) : [...decorations, decoration];
      refresh();
    });
    return { box, decoration };
  });
  const labelsPanel = el(
    doc,
    'div',
    { class: 'lw-coach-panel', role: 'group', 'aria-label': 'Conventional Comments label' },
    el(
      doc,
      'div',
      { class: 'lw-chips' },
      ...CONVENTIONAL_LABELS.map((label) =>
        button(doc, { class: 'lw-chip', 'data-label': label }, label, () => props?.onLabel(label, decorations)),
      ),
    ),
    el(
      doc,
      'div',
      { class: 'lw-chips', role: 'group', 'aria-label': 'Decorations' },
      ...checkboxes.map(({ box, decoration }) => el(doc, 'label', { class: 'lw-check' }, box, decoration)),
    ),
  );
  const findingsPanel = el(doc, 'div', { class: 'lw-coach-panel', 'aria-live': 'polite' });
  const promptLine = el(doc, 'p', { class: 'lw-prompt', 'data-prompt': 'specific-feedback', role: 'status' });
  const element = el(doc, 'div', { class: 'lw-coach' }, bar);

  function findingItem(text: string, finding: ToneFinding): HTMLElement {
    return el(
      doc,
      'li',
      { class: 'lw-finding', 'data-category': finding.category },
      el(
        doc,
        'p',
        { class: 'lw-finding-head' },
        el(doc, 'span', { class: 'lw-tag' }, TONE_CATEGORY_LABELS[finding.category].label),
        el(doc, 'q', {}, text.slice(finding.start, finding.end)),
      ),
      el(doc, 'p', { class: 'lw-finding-why' }, finding.message),
      finding.rewrite !== undefined &&
        button(
          doc,
          { class: 'lw-chip lw-primary', 'data-action': 'rewrite' },
          finding.rewrite === '' ? 'Remove it' : `Use “${finding.rewrite}”`,
          () => props?.onRewrite(finding),
        ),
    );
  }

  function nudgeBlock(nudge: BalanceNudge): HTMLElement {
    return el(
      doc,
      'div',
      { class: 'lw-nudge', 'data-tip-id': nudge.tip.id, 'data-area': nudge.tip.area },
      el(
        doc,
        'p',
        { class: 'lw-muted' },
        `You have left ${nudge.commentCount} comments on this pull request and none of them says what works well.`,
      ),
      el(doc, 'h3', { class: 'lw-nudge-title' }, nudge.tip.title),
      el(doc, 'p', { class: 'lw-nudge-body' }, nudge.tip.body),
      el(
        doc,
        'div',
        { class: 'lw-chips', role: 'group', 'aria-label': 'Respond to this tip' },
        ...REACTIONS.map(([reaction, label]) =>
          button(doc, { class: 'lw-chip', 'data-action': reaction }, label, () => nudge.onReact(reaction)),
        ),
      ),
    );
  }

  function refresh(): void {
    if (!props) return;
    const { text, findings, nudge, prompt } = props;
    if (prompt) {
      if (promptLine.textContent !== prompt) promptLine.textContent = prompt;
      if (promptLine.parentNode !== element) bar.after(promptLine);
    } else promptLine.remove();
    const count = findings.length;
    const summary = count === 0 ? 'Tone looks kind' : count === 1 ? '1 tone note' : `${count} tone notes`;

    toggle.className = `lw-pill ${count > 0 ? 'lw-pill-warn' : 'lw-pill-ok'}`;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.setAttribute('aria-label', `Leadway: ${summary}. ${open ? 'Hide' : 'Show'} details`);
    toggle.replaceChildren(el(doc, 'span', { 'aria-hidden': 'true' }, count > 0 ? '●' : '✓'), ' ', summary);
    labelsToggle.setAttribute('aria-expanded', String(labelsOpen));
    if (nudge && !open) {
      if (nudgePill.parentNode !== bar) bar.append(nudgePill);
    } else nudgePill.remove();

    // Panels are added and removed, never moved: moving an element would take focus away from it.
    if (!labelsOpen) labelsPanel.remove();
    else if (labelsPanel.parentNode !== element) bar.after(labelsPanel);
    for (const { box, decoration } of checkboxes) box.checked = decorations.includes(decoration);

    if (!open) {
      findingsPanel.remove();
      return;
    }
    if (findingsPanel.parentNode !== element) element.append(findingsPanel);
    replaceKeepingFocus(
      findingsPanel,
      count === 0 && el(doc, 'p', { class: 'lw-muted' }, 'Nothing here reads as harsh. Thank you for keeping it kind.'),
      el(doc, 'ul', { class: 'lw-findings' }, ...findings.map((finding) => findingItem(text, finding))),
      nudge && nudgeBlock(nudge),
    );
  }

  return {
    element,
    update(next) {
      props = next;
      refresh();
    },
  };
}
