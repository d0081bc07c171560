import { act, render, screen, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import { createTestBackend, settle, type TestBackend } from './fake-messaging';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
const HOUR = 3_600_000;

const PR_BY_RIVER = {
  surface: 'pr-hint' as const,
  contexts: ['pr-reviewer' as const],
  contextKey: 'acme/widget#57',
  label: 'Reviewing a pull request',
  prAuthor: 'river-k',
  prHost: 'github.com',
};

async function renderPopup() {
  render(<PopupApp now={() => backend.now} />);
  await act(() => settle());
}

beforeEach(async () => {
  localStorage.clear();
  backend = createTestBackend();
  backend.pageContext = PR_BY_RIVER;
  // fake-browser has no active tab by default; the popup asks the active tab's content script.
  const tabs = browser.tabs as unknown as { query: (query: unknown) => Promise<{ id: number; active: boolean }[]> };
  vi.spyOn(tabs, 'query').mockResolvedValue([{ id: 7, active: true }]);
  await backend.store.saveSettings({ people: [{ id: 'p1', name: 'River', relationship: 'report', githubLogins: ['river-k'] }] });
  await backend.store.noteOneOnOneOpened('p1', 'event-1', backend.now, backend.now + 2 * HOUR);
});

describe('popup on a pull request by someone you meet soon', () => {
  test('says when you meet them, in one line', async () => {
    await backend.store.saveSettings({ reviewMemory: true });
    await renderPopup();
    await waitFor(() => expect(document.querySelector('[data-line="upcoming-one-on-one"]')?.textContent).toMatch(/^You meet River (today|tomorrow)$/));
    expect(backend.sent.find((message) => message.type === 'upcomingOneOnOne')?.data).toEqual({ login: 'river-k', host: 'github.com' });
  });

  test('says nothing while review memory is off', async () => {
    await renderPopup();
    expect(document.querySelector('[data-line="upcoming-one-on-one"]')).toBeNull();
    expect(screen.getByTestId('popup-context').textContent).toBe(PR_BY_RIVER.label);
  });
});
