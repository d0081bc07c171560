/**
 * Which comment fields had a tone-coach rewrite accepted, so review memory can count it when the comment is posted.
 * The tone coach is injected as its own script; both run in Leadway's isolated world of the same frame and share
 * its global object (never the page's), so a set kept there under a registered symbol is seen by both.
 */
const MARKS = Symbol.for('leadway.rewritten-fields');

function marks(): WeakSet<HTMLTextAreaElement> {
  const holder = globalThis as unknown as Record<symbol, WeakSet<HTMLTextAreaElement> | undefined>;
  holder[MARKS] ??= new WeakSet();
  return holder[MARKS];
}

export function markRewritten(field: HTMLTextAreaElement): void {
  marks().add(field);
}

/** Whether a rewrite was accepted in this field since it was last posted; the mark is taken back. */
export function takeRewritten(field: HTMLTextAreaElement): boolean {
  const had = marks().has(field);
  marks().delete(field);
  return had;
}
