/** The popup's "could not read this page" notice and the options page's list, over the real background handlers. */
import { cleanup, render, screen, fireEvent, within, act } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import { formatDiagnostic, type SiteProblemReport } from '../../../utils/site-health';
import { createTestBackend, settle, type TestBackend } from '../ui/fake-messaging';
import { flush, renderOptions } from '../ui/options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('../ui/fake-messaging')).messagingModule(await original()));

const github: SiteProblemReport = { site: 'github', missing: ['no-author', 'no-placement'], page: 'hybrid', groups: { author: false, sidebar: false, title: true } };
const outlook: SiteProblemReport = { site: 'outlook', missing: ['no-event'], page: 'peek', groups: { peek: true, peekTitle: false } };

let backend: TestBackend;
let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  backend = createTestBackend(Date.UTC(2026, 11, 3, 18, 0));
  writeText = vi.fn(async (_text: string) => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const tabs = browser.tabs as unknown as { query: (query: unknown) => Promise<{ id: number; active: boolean }[]> };
  vi.spyOn(tabs, 'query').mockResolvedValue([{ id: 7, active: true }]);
});

async function renderPopup() {
  render(<PopupApp now={() => backend.now} />);
  await act(() => settle());
}

describe('popup', () => {
  test('says in plain words that this pull request could not be read, and copies the diagnostic', async () => {
    const kept = (await backend.siteProblems.report({ tab: { id: 7 } }, github))!;
    await renderPopup();
    const notice = screen.getByRole('region', { name: 'Page not read' });
    expect(within(notice).getByText('Leadway could not read this pull request: GitHub may have changed its page.')).toBeTruthy();
    expect(notice.textContent).toContain('Missing: the author and a place for the card.');
    fireEvent.click(within(notice).getByRole('button', { name: 'Copy diagnostic' }));
    await act(() => settle());
    expect(writeText).toHaveBeenCalledWith(formatDiagnostic(kept));
    expect(within(notice).getByRole('status').textContent).toBe('Diagnostic copied. Paste it into a bug report.');
  });

  test('when the clipboard refuses, says so and shows the diagnostic selected for copying by hand', async () => {
    const kept = (await backend.siteProblems.report({ tab: { id: 7 } }, outlook))!;
    writeText.mockRejectedValue(new Error('Document is not focused'));
    await renderPopup();
    const notice = screen.getByRole('region', { name: 'Page not read' });
    expect(notice.textContent).toContain('Leadway could not read this calendar event: Outlook on the web may have changed its page.');
    fireEvent.click(within(notice).getByRole('button', { name: 'Copy diagnostic' }));
    await act(() => settle());
    expect(within(notice).getByRole('alert').textContent).toContain('Could not copy (Document is not focused)');
    const box = within(notice).getByRole('textbox', { name: 'Diagnostic' }) as HTMLTextAreaElement;
    expect(box.value).toBe(formatDiagnostic(kept));
    expect(box.readOnly).toBe(true);
  });

  test('another tab’s problem is not this tab’s: nothing is said', async () => {
    await backend.siteProblems.report({ tab: { id: 8 } }, github);
    await renderPopup();
    expect(screen.queryByRole('region', { name: 'Page not read' })).toBeNull();
    expect(screen.queryByText(/could not read/)).toBeNull();
  });
});

describe('options: Sites & tone', () => {
  test('the last problem per site, newest first, with its date; one click copies its diagnostic', async () => {
    await backend.siteProblems.report({ tab: { id: 1 } }, github);
    backend.now += 3_600_000;
    const latest = (await backend.siteProblems.report({ tab: { id: 2 } }, outlook))!;
    await renderOptions(backend, 'sites');
    await flush();
    const list = screen.getByRole('list', { name: 'Pages Leadway could not read' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-site'))).toEqual(['outlook', 'github']);
    expect(items[1]!.textContent).toContain('Leadway could not read a pull request: GitHub may have changed its page.');
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe(new Date(latest.at).toISOString());
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Copy diagnostic for Outlook on the web' }));
    await flush();
    expect(writeText).toHaveBeenCalledWith(formatDiagnostic(latest));
    expect(within(items[0]!).getByRole('status').textContent).toMatch(/^Diagnostic copied/);
  });

  test('none so far, and "Forget these" empties the list', async () => {
    await renderOptions(backend, 'sites');
    await flush();
    expect(screen.getByText('None so far: every page Leadway met, it could read.')).toBeTruthy();
    await backend.siteProblems.report({ tab: { id: 1 } }, github);
    cleanup();
    await renderOptions(backend, 'sites');
    await flush();
    expect(screen.getAllByRole('listitem').some((item) => item.getAttribute('data-site') === 'github')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Forget these' }));
    await flush();
    expect(screen.getByText('None so far: every page Leadway met, it could read.')).toBeTruthy();
    expect(await backend.store.listSiteProblems()).toEqual([]);
  });
});
