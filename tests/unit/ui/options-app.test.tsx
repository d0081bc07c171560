import { screen, fireEvent, within, act } from '@testing-library/preact';
import { OPTION_SECTIONS } from '../../../components/options/sections';
import { createTestBackend, settle, type TestBackend } from './fake-messaging';
import { flush, renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
  document.documentElement.removeAttribute('data-theme');
});

describe('options page shell', () => {
  test('a left nav links every section; the current one is marked', async () => {
    await renderOptions(backend, 'areas');
    const nav = screen.getByRole('navigation', { name: 'Options sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(OPTION_SECTIONS.map((section) => section.title));
    expect(within(nav).getByRole('link', { name: 'Areas' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 2, name: 'Areas' })).toBeTruthy();
  });

  test('following a nav link shows that section and moves focus to its heading', async () => {
    await renderOptions(backend, 'areas');
    history.replaceState(null, '', '#people');
    await act(() => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await flush();
    const heading = screen.getByRole('heading', { level: 2, name: 'People' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('link', { name: 'People' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('heading', { level: 2, name: 'Areas' })).toBeNull();
  });

  test('arrow keys move between nav links', async () => {
    await renderOptions(backend, 'areas');
    const nav = screen.getByRole('navigation', { name: 'Options sections' });
    const areas = within(nav).getByRole('link', { name: 'Areas' });
    areas.focus();
    fireEvent.keyDown(areas, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Sites & tone');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Data');
  });

  test('follows settings changed elsewhere (the background’s settingsChanged broadcast)', async () => {
    await renderOptions(backend, 'areas');
    const box = screen.getByRole('checkbox', { name: 'Vision' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    // Another tab (or the popup) saves: the background broadcasts the new settings.
    await backend.handlers.saveSettings({ areas: { vision: false } });
    await act(() => settle());
    expect(box.checked).toBe(false);
  });

  test('the appearance choice saves and applies the theme at once', async () => {
    await renderOptions(backend, 'areas');
    expect(document.documentElement.dataset.theme).toBe('light');
    fireEvent.change(screen.getByRole('combobox', { name: 'Appearance' }), { target: { value: 'dark' } });
    expect(document.documentElement.dataset.theme).toBe('dark');
    await flush();
    expect((await backend.store.getSettings()).theme).toBe('dark');
  });

  test('a dismissable alert carries save errors', async () => {
    await renderOptions(backend, 'areas');
    backend.failures.saveSettings = 'These settings cannot be saved: areas.vision must be true or false.';
    fireEvent.click(screen.getByRole('checkbox', { name: 'Vision' }));
    await flush();
    const alert = screen.getByTestId('save-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toMatch(/Could not save: These settings cannot be saved/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(alert.textContent).toBe('');
  });

  test('explains when settings cannot be read at all', async () => {
    backend.failures.getSettings = 'Leadway’s data was saved by a newer version of Leadway; update the extension to use it.';
    await renderOptions(backend, 'frequency');
    expect(screen.getByRole('heading', { name: 'Leadway could not load your settings' })).toBeTruthy();
    expect(screen.getByText(/saved by a newer version/)).toBeTruthy();
  });

  test('links from pages may use aliases such as #tone', async () => {
    await renderOptions(backend, '#tone');
    expect(screen.getByRole('heading', { level: 2, name: 'Sites & tone' })).toBeTruthy();
  });

  test('every section renders with a level-2 heading and real labels', async () => {
    for (const section of OPTION_SECTIONS) {
      const { unmount } = await renderOptions(backend, section.id);
      expect(screen.getByRole('heading', { level: 2, name: section.title })).toBeTruthy();
      // Every form control has an accessible name.
      for (const control of document.querySelectorAll<HTMLElement>('input, select, textarea')) {
        const id = control.id;
        const labelled = (id && document.querySelector(`label[for="${id}"]`)) || control.closest('label') || control.getAttribute('aria-label');
        expect(labelled, `${section.id}: ${control.outerHTML.slice(0, 80)}`).toBeTruthy();
      }
      unmount();
    }
  });
});
