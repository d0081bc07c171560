import { render, screen, fireEvent, waitFor, within, act } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import { CATALOGUE } from '../../../utils/tips/catalogue';
import { AREA_LABELS } from '../../../utils/tips/areas';
import type { Tip } from '../../../utils/tips/types';
import { createTestBackend, settle, type TestBackend } from './fake-messaging';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;

const PR_CONTEXT = {
  surface: 'pr-hint' as const,
  contexts: ['pr-reviewer' as const, 'pr-first-time-contributor' as const],
  contextKey: 'acme/widget#42',
  label: 'Reviewing a first-time contributor’s pull request',
};

const OWN_TIP: Tip = {
  id: 'custom-zebra01',
  area: 'vision',
  title: 'Sketch the north star',
  body: 'Draw the system as you want it in a year, on one page, and pin it where the team plans work.',
  why: 'A shared picture turns many small choices into steps in one direction.',
  contexts: ['anywhere'],
  custom: true,
};

function currentTitle(): string {
  return document.querySelector('.lw-card .lw-title')?.textContent ?? '';
}

function currentTipId(): string {
  return document.querySelector<HTMLElement>('.lw-card')?.dataset.tipId ?? '';
}

async function renderPopup(props: Parameters<typeof PopupApp>[0] = {}) {
  const result = render(<PopupApp now={() => backend.now} {...props} />);
  await act(() => settle());
  return result;
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  backend = createTestBackend();
  backend.pageContext = 'no-content-script';
  // fake-browser has no active tab by default; the popup asks the active tab's content script.
  const tabs = browser.tabs as unknown as { query: (query: unknown) => Promise<{ id: number; active: boolean }[]> };
  vi.spyOn(tabs, 'query').mockResolvedValue([{ id: 7, active: true }]);
});

describe('popup: first paint', () => {
  test('shows a tip from the bundled catalogue in the very first render, before any answer', () => {
    backend.hold.getSettings = new Promise(() => {});
    backend.hold.getTips = new Promise(() => {});
    render(<PopupApp now={() => backend.now} />);
    const id = currentTipId();
    expect(id).not.toBe('');
    expect(CATALOGUE.some((tip) => tip.id === id)).toBe(true);
    expect(screen.getByRole('button', { name: 'Next tip' })).toBeTruthy();
  });
});

describe('popup: tip for the active tab', () => {
  test('on a page without Leadway it asks for the tip of the day', async () => {
    await renderPopup();
    const request = backend.sent.find((message) => message.type === 'getTips');
    expect(request?.data).toEqual({ surface: 'popup', contexts: ['anywhere'], contextKey: 'tip-of-the-day', count: 10, explicit: true });
    expect(screen.getByRole('button', { name: 'Tip of the day' }).getAttribute('aria-pressed')).toBe('true');
    const shown = CATALOGUE.find((tip) => tip.id === currentTipId());
    expect(shown?.contexts).toContain('anywhere');
  });

  test('on a pull request it shows what the content script sees and tips that fit it', async () => {
    backend.pageContext = PR_CONTEXT;
    await renderPopup();
    expect(screen.getByTestId('popup-context').textContent).toBe(PR_CONTEXT.label);
    expect(screen.getByRole('button', { name: 'This page' }).getAttribute('aria-pressed')).toBe('true');
    const request = backend.sent.find((message) => message.type === 'getTips');
    expect(request?.data).toEqual({ surface: 'popup', contexts: PR_CONTEXT.contexts, contextKey: PR_CONTEXT.contextKey, count: 10, explicit: true });
    const shown = CATALOGUE.find((tip) => tip.id === currentTipId())!;
    expect(shown.contexts.some((context) => (PR_CONTEXT.contexts as string[]).includes(context))).toBe(true);
  });

  test('when the content script answers null it falls back to the tip of the day', async () => {
    backend.pageContext = null;
    await renderPopup();
    const requests = backend.sent.filter((message) => message.type === 'getTips');
    expect(requests).toHaveLength(1);
    expect((requests[0]!.data as { contextKey: string }).contextKey).toBe('tip-of-the-day');
  });

  test('when no tip is eligible (every area off) it says so and offers the options', async () => {
    backend.pageContext = PR_CONTEXT;
    const areas = Object.fromEntries(Object.keys(AREA_LABELS).map((area) => [area, false]));
    await backend.store.saveSettings({ areas: areas as never });
    await renderPopup();
    expect(screen.getByTestId('popup-context').textContent).toBe('Nothing fits this page with your settings.');
    expect(document.querySelector('.lw-card')).toBeNull();
    const region = screen.getByRole('region', { name: 'Current tip' });
    expect(within(region).getByText(/areas you chose may all be turned off/)).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Open options' })).toBeTruthy();
  });
});

describe('popup: moving through tips', () => {
  test('next and previous buttons and the arrow keys move through the tips, announced in a live region', async () => {
    await renderPopup();
    const first = currentTitle();
    const announcer = screen.getByTestId('popup-announcer');
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent).toBe(`Tip 1 of 10: ${first}`);

    fireEvent.click(screen.getByRole('button', { name: 'Next tip' }));
    const second = currentTitle();
    expect(second).not.toBe(first);
    expect(announcer.textContent).toBe(`Tip 2 of 10: ${second}`);

    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(announcer.textContent).toMatch(/^Tip 3 of 10: /);
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(currentTitle()).toBe(first);

    // Previous from the first tip wraps to the last.
    fireEvent.click(screen.getByRole('button', { name: 'Previous tip' }));
    expect(announcer.textContent).toMatch(/^Tip 10 of 10: /);
  });

  test('arrow keys typed in the search field move the caret, not the tips', async () => {
    await renderPopup();
    const first = currentTitle();
    const search = screen.getByRole('searchbox', { name: 'Search all tips' });
    fireEvent.keyDown(search, { key: 'ArrowRight' });
    expect(currentTitle()).toBe(first);
  });
});

describe('popup: browse by area', () => {
  test('lists every tip of the chosen area, the user’s own included', async () => {
    await backend.store.saveCustomTip(OWN_TIP);
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Browse' }));
    const picker = screen.getByRole('combobox', { name: 'Area' }) as HTMLSelectElement;
    expect(picker.options).toHaveLength(10);
    fireEvent.change(picker, { target: { value: 'vision' } });
    const expected = CATALOGUE.filter((tip) => tip.area === 'vision').length + 1;
    expect(screen.getByTestId('popup-announcer').textContent).toMatch(new RegExp(`^Tip 1 of ${expected}: `));
    const seen = new Set<string>();
    for (let i = 0; i < expected; i++) {
      seen.add(currentTipId());
      expect(document.querySelector<HTMLElement>('.lw-card')?.dataset.area).toBe('vision');
      fireEvent.click(screen.getByRole('button', { name: 'Next tip' }));
    }
    expect(seen.has(OWN_TIP.id)).toBe(true);
    expect(seen.size).toBe(expected);
  });

  test('an area turned off in options is marked and shows no tips', async () => {
    await backend.store.saveSettings({ areas: { mentorship: false } });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Browse' }));
    const picker = screen.getByRole('combobox', { name: 'Area' }) as HTMLSelectElement;
    const option = [...picker.options].find((o) => o.value === 'mentorship')!;
    expect(option.textContent).toBe('Mentorship (off)');
    fireEvent.change(picker, { target: { value: 'mentorship' } });
    expect(document.querySelector('.lw-card')).toBeNull();
    const region = screen.getByRole('region', { name: 'Current tip' });
    expect(within(region).getByText('Mentorship is turned off in Leadway’s options.')).toBeTruthy();
    expect(screen.getByTestId('popup-announcer').textContent).toBe('Mentorship is turned off in Leadway’s options.');
  });
});

describe('popup: search', () => {
  test('finds tips by title, body or why, case-insensitively, including the user’s own', async () => {
    await backend.store.saveCustomTip(OWN_TIP);
    await renderPopup();
    const search = screen.getByRole('searchbox', { name: 'Search all tips' });
    fireEvent.input(search, { target: { value: 'PIN IT where' } });
    expect(currentTipId()).toBe(OWN_TIP.id);
    expect(screen.getByTestId('popup-context').textContent).toBe('1 tip matches “PIN IT where”');

    fireEvent.input(search, { target: { value: 'shared picture' } }); // from the "why"
    expect(currentTipId()).toBe(OWN_TIP.id);

    const word = CATALOGUE[0]!.title.split(' ').find((w) => w.length > 4)!.toUpperCase();
    fireEvent.input(search, { target: { value: word } });
    const results = screen.getByRole('list', { name: 'Search results' });
    const expected = CATALOGUE.filter((tip) => `${tip.title} ${tip.body} ${tip.why}`.toLowerCase().includes(word.toLowerCase())).length;
    expect(within(results).getAllByRole('button')).toHaveLength(expected);
  });

  test('says when nothing matches, and Escape clears the search', async () => {
    await renderPopup();
    const search = screen.getByRole('searchbox', { name: 'Search all tips' }) as HTMLInputElement;
    fireEvent.input(search, { target: { value: 'zzqxj nothing like this' } });
    expect(screen.getAllByText('No tip matches “zzqxj nothing like this”.').length).toBeGreaterThan(0);
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(search.value).toBe('');
    expect(document.querySelector('.lw-card')).not.toBeNull();
  });

  test('/ focuses the search field; Escape with an empty search closes the popup', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await renderPopup();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search all tips' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(close).toHaveBeenCalled();
  });
});

describe('popup: reactions, favourites, options', () => {
  test('helpful is recorded for the popup surface and confirmed quietly', async () => {
    await renderPopup();
    const id = currentTipId();
    fireEvent.click(screen.getByRole('button', { name: 'Helpful' }));
    await act(() => settle());
    const history = await backend.store.listHistory({ type: 'helpful' });
    expect(history).toMatchObject([{ tipId: id, surface: 'popup', contextKey: 'tip-of-the-day' }]);
    expect(screen.getByRole('status').textContent).toMatch(/helpful/i);
  });

  test('never removes the tip from view and is recorded; not now likewise', async () => {
    await renderPopup();
    const first = currentTipId();
    fireEvent.click(screen.getByRole('button', { name: 'Never show this' }));
    await act(() => settle());
    expect(currentTipId()).not.toBe(first);
    expect(screen.getByTestId('popup-announcer').textContent).toMatch(/^Tip 1 of 9: /);
    const second = currentTipId();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await act(() => settle());
    expect(currentTipId()).not.toBe(second);
    const events = await backend.store.listHistory({});
    expect(events.map((e) => [e.type, e.tipId]).sort()).toEqual([
      ['never', first],
      ['not-now', second],
    ]);
  });

  test('a failed save puts the tip back and explains in an alert', async () => {
    await renderPopup();
    const first = currentTipId();
    backend.failures.recordEvent = 'Leadway could not save: the disk is full.';
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await act(() => settle());
    expect(currentTipId()).toBe(first);
    expect(screen.getByRole('alert').textContent).toMatch(/disk is full/);
  });

  test('starring saves a favourite and the Starred view lists it', async () => {
    await renderPopup();
    const id = currentTipId();
    const star = screen.getByRole('button', { name: 'Star' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    await act(() => settle());
    expect((await backend.store.getSettings()).favourites).toEqual([id]);
    expect(screen.getByRole('button', { name: 'Star' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Starred (1)' }));
    expect(currentTipId()).toBe(id);
    fireEvent.click(screen.getByRole('button', { name: 'Star' }));
    await act(() => settle());
    expect((await backend.store.getSettings()).favourites).toEqual([]);
    expect(within(screen.getByRole('region', { name: 'Current tip' })).getByText('No starred tips yet. Star a tip to keep it here.')).toBeTruthy();
  });

  test('the options button opens the options page', async () => {
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    vi.spyOn(window, 'close').mockImplementation(() => {});
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Open Leadway options' }));
    expect(open).toHaveBeenCalledOnce();
  });

  test('a tip the user moved to and looked at counts as met; the tip of the day itself does not', async () => {
    await renderPopup({ seenAfterMs: 20 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    expect(await backend.store.listHistory({ type: 'shown' })).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Next tip' }));
    const second = currentTipId();
    await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    await act(() => settle());
    expect(await backend.store.listHistory({ type: 'shown' })).toMatchObject([{ tipId: second, surface: 'popup' }]);
  });
});

describe('popup: theme and problems', () => {
  test('follows settings.theme over the system preference', async () => {
    await backend.store.saveSettings({ theme: 'dark' });
    await renderPopup();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.classList.contains('lw-theme')).toBe(true);
  });

  test('changes theme live when settings change elsewhere', async () => {
    await renderPopup();
    expect(document.documentElement.dataset.theme).toBe('light');
    const settings = await backend.store.saveSettings({ theme: 'dark' });
    act(() => backend.broadcast(settings));
    await act(() => settle());
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  test('when the background does not answer it still shows bundled tips and says why reactions will not save', async () => {
    backend.failures.getSettings = 'no answer';
    backend.failures.getTips = 'no answer';
    await renderPopup();
    expect(document.querySelector('.lw-card')).not.toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/not answering/);
  });
});
