/**
 * Text fields that are comment drafts: GitHub's comment boxes are all textareas. Leadway's own fields live in
 * shadow roots under `[data-leadway]` hosts and are never coached.
 */
export function isCommentField(target: EventTarget | null): target is HTMLTextAreaElement {
  return target instanceof HTMLTextAreaElement && !target.readOnly && !target.disabled && !target.closest('[data-leadway]');
}
