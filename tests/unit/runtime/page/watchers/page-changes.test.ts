import { isRelevant, watchPageChanges } from '../../../../../runtime/page/watchers/page-changes';

const isOwnNode = (node: Node) => {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest('[data-leadway]');
};

/** Let MutationObserver callbacks and the coalescing timer run. */
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchPageChanges', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
    document.body.innerHTML = '';
  });

  test('a burst of page changes is one look, after the delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const onChange = vi.fn();
      document.body.innerHTML = '<div role="dialog"><span id="rAECCd">1:1</span></div>';
      stop = watchPageChanges(document.body, isOwnNode, onChange, 20);
      const title = document.getElementById('rAECCd')!;
      for (let i = 0; i < 10; i++) title.textContent = `1:1 #${i}`;
      document.querySelector('[role="dialog"]')!.setAttribute('hidden', '');
      await Promise.resolve();
      vi.advanceTimersByTime(19);
      expect(onChange).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(onChange).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(100);
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a page that never stops changing still gets looked at regularly (no starved debounce)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const onChange = vi.fn();
      document.body.innerHTML = '<p id="clock"></p>';
      stop = watchPageChanges(document.body, isOwnNode, onChange, 20);
      const clock = document.getElementById('clock')!;
      // A change every 5 ms for 100 ms: a trailing debounce would never fire; this looks every 20 ms.
      for (let t = 0; t < 100; t += 5) {
        clock.textContent = String(t);
        await Promise.resolve(); // MutationObserver callbacks run as microtasks
        vi.advanceTimersByTime(5);
      }
      expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(4);
      expect(onChange.mock.calls.length).toBeLessThanOrEqual(5);
    } finally {
      vi.useRealTimers();
    }
  });

  test('our own host coming, changing and going is not a page change (or the panel would loop)', async () => {
    const onChange = vi.fn();
    document.body.innerHTML = '<div role="dialog"></div>';
    stop = watchPageChanges(document.body, isOwnNode, onChange, 10);
    const host = document.createElement('leadway-one-on-one');
    host.setAttribute('data-leadway', 'one-on-one');
    const shadow = host.attachShadow({ mode: 'open' });
    document.querySelector('[role="dialog"]')!.append(host);
    host.setAttribute('data-theme', 'dark');
    host.setAttribute('class', 'x');
    shadow.innerHTML = '<p>tips</p>';
    await wait(30);
    host.remove();
    await wait(30);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('stops when asked', async () => {
    const onChange = vi.fn();
    stop = watchPageChanges(document.body, isOwnNode, onChange, 10);
    document.body.append(document.createElement('div'));
    stop();
    await wait(30);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('isRelevant', () => {
  const host = document.createElement('div');
  host.setAttribute('data-leadway', 'one-on-one');
  const page = document.createElement('div');

  test('judges records by where they happen', () => {
    const record = (partial: Partial<MutationRecord>) => ({ type: 'childList', target: page, addedNodes: [], removedNodes: [], ...partial }) as unknown as MutationRecord;
    expect(isRelevant(record({ type: 'attributes', target: host }), isOwnNode)).toBe(false);
    expect(isRelevant(record({ type: 'attributes', target: page }), isOwnNode)).toBe(true);
    expect(isRelevant(record({ addedNodes: [host] as unknown as NodeList }), isOwnNode)).toBe(false);
    expect(isRelevant(record({ removedNodes: [host] as unknown as NodeList }), isOwnNode)).toBe(false);
    expect(isRelevant(record({ addedNodes: [host, page] as unknown as NodeList }), isOwnNode)).toBe(true);
  });
});
