import { describe, expect, test, vi } from 'vitest';
import { onTrusted } from '../../../components/trusted';
import { createHostElement } from '../../../components/host-element';

describe('Leadway’s UI on a host page', () => {
  test('buttons act only on trusted events: a click a page script dispatches does nothing', () => {
    const handler = vi.fn();
    const listener = onTrusted(handler, false);
    listener({ isTrusted: false } as Event);
    expect(handler).not.toHaveBeenCalled();
    const trusted = { isTrusted: true } as Event;
    listener(trusted);
    expect(handler).toHaveBeenCalledWith(trusted);
  });

  test('a closed shadow root gives the page no way in; only test builds open it', () => {
    const closed = createHostElement('pr-hint', '', document, false);
    document.body.append(closed.host);
    closed.container.textContent = 'Your manager';
    expect(closed.host.shadowRoot).toBeNull();
    expect(closed.shadow.textContent).toContain('Your manager');
    expect(closed.host.textContent).toBe('');
    expect(closed.host.getAttributeNames().sort()).toEqual(['data-leadway']);
    const open = createHostElement('pr-hint', '', document, true);
    expect(open.host.shadowRoot).toBe(open.shadow);
    closed.host.remove();
  });
});
