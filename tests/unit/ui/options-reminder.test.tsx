import { screen, fireEvent } from '@testing-library/preact';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { answerPermissions, flush, renderOptions, watchPermissions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});

describe('options: 1:1 reminder', () => {
  test('turning it on asks for notifications and alarms in the click, and saves when granted', async () => {
    const request = answerPermissions('request', true);
    answerPermissions('contains', true);
    await renderOptions(backend, 'reminder');
    const minutes = screen.getByRole('spinbutton', { name: 'How long before' }) as HTMLInputElement;
    expect(minutes.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me before a 1:1' }));
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications', 'alarms'] });
    await flush();
    expect((await backend.store.getSettings()).reminder).toEqual({ enabled: true, minutesBefore: 10 });
    expect((screen.getByRole('checkbox', { name: 'Remind me before a 1:1' }) as HTMLInputElement).checked).toBe(true);
    expect(minutes.disabled).toBe(false);
    fireEvent.input(minutes, { target: { value: '15' } });
    fireEvent.change(minutes, { target: { value: '15' } });
    await flush();
    expect((await backend.store.getSettings()).reminder.minutesBefore).toBe(15);
  });

  test('stays off with a clear message when the permission is refused', async () => {
    answerPermissions('request', false);
    await renderOptions(backend, 'reminder');
    const toggle = screen.getByRole('checkbox', { name: 'Remind me before a 1:1' }) as HTMLInputElement;
    fireEvent.click(toggle);
    await flush();
    expect(toggle.checked).toBe(false);
    const message = screen.getByText(/Reminders stay off: Leadway needs your permission/);
    expect(message.getAttribute('role')).toBe('alert');
    expect(toggle.getAttribute('aria-describedby')).toContain(message.id);
    expect((await backend.store.getSettings()).reminder.enabled).toBe(false);
    expect(backend.sent.some((m) => m.type === 'saveSettings')).toBe(false);
  });

  test('turning it off saves without asking anything', async () => {
    await backend.store.saveSettings({ reminder: { enabled: true } });
    answerPermissions('contains', true);
    const request = watchPermissions('request');
    await renderOptions(backend, 'reminder');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me before a 1:1' }));
    await flush();
    expect(request).not.toHaveBeenCalled();
    expect((await backend.store.getSettings()).reminder.enabled).toBe(false);
  });

  test('says so when reminders are on but the permission was taken back in the browser', async () => {
    await backend.store.saveSettings({ reminder: { enabled: true } });
    answerPermissions('contains', false);
    await renderOptions(backend, 'reminder');
    await flush();
    expect(screen.getByText(/no longer lets Leadway show notifications/)).toBeTruthy();
  });
});
