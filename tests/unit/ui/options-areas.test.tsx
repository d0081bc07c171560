import { screen, fireEvent, within } from '@testing-library/preact';
import { AREAS, AREA_LABELS } from '../../../utils/tips/areas';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { flush, renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});

describe('options: Areas', () => {
  test('lists the ten areas as labelled switches in one fieldset, all on at first', async () => {
    await renderOptions(backend, 'areas');
    const group = screen.getByRole('group', { name: 'Tips from these areas' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(10);
    for (const area of AREAS) {
      expect((within(group).getByRole('checkbox', { name: AREA_LABELS[area] }) as HTMLInputElement).checked).toBe(true);
    }
    expect(screen.getByText('10 of 10 areas on')).toBeTruthy();
  });

  test('turning an area off saves at once and says so quietly', async () => {
    await renderOptions(backend, 'areas');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mentorship' }));
    expect(screen.getByTestId('save-status').textContent).toBe('Saving…');
    await flush();
    expect((await backend.store.getSettings()).areas.mentorship).toBe(false);
    expect((await backend.store.getSettings()).areas.vision).toBe(true);
    expect(screen.getByTestId('save-status').textContent).toBe('Saved');
    expect(screen.getByText('9 of 10 areas on')).toBeTruthy();
    expect(backend.sent.filter((m) => m.type === 'saveSettings').map((m) => m.data)).toEqual([{ areas: { mentorship: false } }]);
  });

  test('"Turn all on" turns every area back on', async () => {
    await backend.store.saveSettings({ areas: { vision: false, ownership: false } });
    await renderOptions(backend, 'areas');
    expect(screen.getByText('8 of 10 areas on')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn all on' }));
    await flush();
    expect(Object.values((await backend.store.getSettings()).areas).every(Boolean)).toBe(true);
    expect((screen.getByRole('button', { name: 'Turn all on' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('a failed save puts the switch back and shows the error in an alert', async () => {
    await renderOptions(backend, 'areas');
    backend.failures.saveSettings = 'Leadway could not save: the browser has no storage space left for it.';
    const box = screen.getByRole('checkbox', { name: 'Vision' }) as HTMLInputElement;
    fireEvent.click(box);
    await flush();
    expect(box.checked).toBe(true);
    expect(screen.getByRole('alert').textContent).toMatch(/Could not save: Leadway could not save: the browser has no storage space/);
    expect((await backend.store.getSettings()).areas.vision).toBe(true);
  });
});
