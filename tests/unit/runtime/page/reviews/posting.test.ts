import { describe, expect, it } from 'vitest';
import { composerFieldFor, watchPosting } from '../../../../../runtime/page/reviews/posting';
import { markRewritten, takeRewritten } from '../../../../../runtime/page/reviews/rewrite-marks';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('noticing a posted comment', () => {
  it('finds the filled comment box beside a React composer’s primary button', () => {
    const doc = page(`
      <div data-testid="comment-composer"><fieldset><textarea id="box"></textarea></fieldset>
      <div><button data-variant="default" id="close">Close</button><button data-variant="primary" id="send">Comment</button></div></div>`);
    const send = doc.getElementById('send')!;
    expect(composerFieldFor(send)).toBeUndefined();
    (doc.getElementById('box') as HTMLTextAreaElement).value = 'praise: clear names';
    expect(composerFieldFor(send)?.id).toBe('box');
  });

  it('leaves buttons inside forms to the form’s submit', () => {
    const doc = page(`<form><textarea>nit: spacing</textarea><button type="submit" id="send">Comment</button></form>`);
    expect(composerFieldFor(doc.getElementById('send')!)).toBeUndefined();
  });

  it('ignores events a page script makes up', () => {
    const doc = page(`<form id="f"><textarea>praise: thanks</textarea></form>`);
    const seen: HTMLTextAreaElement[] = [];
    const stop = watchPosting(doc, (field) => seen.push(field));
    doc.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
    stop();
    expect(seen).toEqual([]);
  });

  it('remembers an accepted rewrite per field until the comment is posted', () => {
    const field = document.createElement('textarea');
    expect(takeRewritten(field)).toBe(false);
    markRewritten(field);
    expect(takeRewritten(field)).toBe(true);
    expect(takeRewritten(field)).toBe(false);
  });
});
