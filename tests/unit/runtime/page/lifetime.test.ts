import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLifetime, LOCATION_POLL_MS } from '../../../../runtime/page/lifetime';

afterEach(() => {
  vi.useRealTimers();
});

describe('a content script lifetime', () => {
  test('no page event ends it, not even WXT’s “content script started” event with Leadway’s id', () => {
    vi.useFakeTimers();
    const lifetime = createLifetime({ extensionId: () => 'abcdefghijklmnop' });
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    const clicks = vi.fn();
    lifetime.addEventListener(document, 'click', clicks);
    for (const name of ['github', 'github-tone', 'google-calendar', 'outlook']) {
      const type = `abcdefghijklmnop:${name}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
    }
    vi.advanceTimersByTime(5 * LOCATION_POLL_MS);
    document.body.click();
    expect(ended).not.toHaveBeenCalled();
    expect(lifetime.isValid).toBe(true);
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  test('ends when the extension context is gone: callbacks run once and listeners go', () => {
    vi.useFakeTimers();
    let id: string | undefined = 'abcdefghijklmnop';
    const lifetime = createLifetime({ extensionId: () => id });
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    const clicks = vi.fn();
    lifetime.addEventListener(document, 'click', clicks);
    id = undefined;
    vi.advanceTimersByTime(LOCATION_POLL_MS);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(lifetime.isValid).toBe(false);
    document.body.click();
    expect(clicks).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5 * LOCATION_POLL_MS);
    expect(ended).toHaveBeenCalledTimes(1);
    // A lifetime that ended calls a late callback at once.
    const late = vi.fn();
    lifetime.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  test('a runtime that throws on access counts as gone', () => {
    const lifetime = createLifetime({
      extensionId: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(lifetime.check()).toBe(false);
    expect(lifetime.isValid).toBe(false);
  });

  test('URL changes reach wxt:locationchange listeners', () => {
    vi.useFakeTimers();
    const lifetime = createLifetime({ extensionId: () => 'id' });
    const moved = vi.fn();
    lifetime.addEventListener(window, 'wxt:locationchange', moved);
    vi.advanceTimersByTime(LOCATION_POLL_MS);
    expect(moved).not.toHaveBeenCalled();
    history.pushState({}, '', '/acme/widget/pull/42');
    vi.advanceTimersByTime(LOCATION_POLL_MS);
    expect(moved).toHaveBeenCalledTimes(1);
  });
});
