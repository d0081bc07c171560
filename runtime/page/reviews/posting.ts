import { isCommentField } from '../../../utils/github/comment-field';

/**
 * Noticing that the user posts a comment or review, without reading what GitHub sends. Two ways in:
 * - Rails forms (the classic comment box, review dialogs, inline threads): the form's `submit`.
 * - React composers, which have no form: a click on the composer's primary button, or Ctrl/⌘+Enter in its box.
 * Only trusted events count, so a page script cannot fake a post. Returns the field the comment was typed in.
 */
export type OnPosted = (field: HTMLTextAreaElement) => void;

/** How far up from a button to look for the composer holding its text box. */
const COMPOSER_DEPTH = 6;
const PRIMARY_BUTTON = 'button[data-variant="primary"], button[type="submit"]';

function filledField(root: ParentNode): HTMLTextAreaElement | undefined {
  for (const field of root.querySelectorAll('textarea')) {
    if (isCommentField(field) && field.value.trim() !== '') return field;
  }
  return undefined;
}

/** The comment box beside a React composer's primary button; undefined inside a form (its submit counts instead). */
export function composerFieldFor(button: Element): HTMLTextAreaElement | undefined {
  if (button.closest('form') || button.closest('[data-leadway]')) return undefined;
  let node: Element | null = button.parentElement;
  for (let depth = 0; node && depth < COMPOSER_DEPTH; depth++, node = node.parentElement) {
    const field = filledField(node);
    if (field) return field;
  }
  return undefined;
}

export function watchPosting(doc: Document, onPosted: OnPosted): () => void {
  const onSubmit = (event: Event) => {
    if (!event.isTrusted || !(event.target instanceof HTMLFormElement)) return;
    const field = filledField(event.target);
    if (field) onPosted(field);
  };
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const button = event.target.closest(PRIMARY_BUTTON);
    if (!button || (button as HTMLButtonElement).disabled) return;
    const field = composerFieldFor(button);
    if (field) onPosted(field);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    const field = event.target;
    // In a form, Ctrl+Enter submits it and the submit is counted.
    if (!isCommentField(field) || field.closest('form') || field.value.trim() === '') return;
    onPosted(field);
  };
  // Capture: seen before GitHub's own handlers clear the box.
  doc.addEventListener('submit', onSubmit, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeydown, true);
  return () => {
    doc.removeEventListener('submit', onSubmit, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeydown, true);
  };
}
