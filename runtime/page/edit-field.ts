/**
 * Replace part of a text field the way typing would: through `insertText`, so the page's own editor (GitHub's
 * React state, its autosave) sees an ordinary input event and the user can undo with Ctrl+Z. Falls back to setting
 * the value with the native setter and dispatching `input` where `execCommand` is unavailable.
 */
export function replaceInField(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, replacement: string): void {
  const doc = field.ownerDocument;
  field.focus();
  field.setSelectionRange(start, end);
  let inserted = false;
  try {
    inserted = doc.execCommand('insertText', false, replacement);
  } catch {
    inserted = false;
  }
  if (inserted && field.value.slice(start, start + replacement.length) === replacement) return;

  const value = field.value.slice(0, start) + replacement + field.value.slice(end);
  const proto = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.setSelectionRange(start + replacement.length, start + replacement.length);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function replaceFieldValue(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  replaceInField(field, 0, field.value.length, value);
}
