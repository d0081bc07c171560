import { screen, fireEvent, within } from '@testing-library/preact';
import { privateKey } from '../../../utils/calendar/private-key';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { flush, renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});

describe('options: meetings marked “not a 1:1”', () => {
  test('each is listed by calendar and code, never by title, and can be removed', async () => {
    const outlook = privateKey('outlook', 'design review|morgan chen');
    const google = '3k9v1q0t5m2h6r8c4p7n0s1d2f';
    await backend.store.saveSettings({ notOneOnOne: [outlook, google] });
    await renderOptions(backend, 'people');
    const list = screen.getByRole('list', { name: 'Meetings marked not a 1:1' });
    expect(within(list).getByText(`Outlook meeting series · ${outlook.slice(9, 15)}`)).toBeTruthy();
    expect(within(list).getByText('Google Calendar event series · 3k9v1q')).toBeTruthy();
    expect(list.textContent).not.toMatch(/design|morgan/i);

    fireEvent.click(within(list).getByRole('button', { name: `Remove Outlook meeting series · ${outlook.slice(9, 15)}` }));
    await flush();
    expect((await backend.store.getSettings()).notOneOnOne).toEqual([google]);
  });

  test('with none, it says how one gets there', async () => {
    await renderOptions(backend, 'people');
    const group = screen.getByRole('group', { name: 'Meetings you marked “not a 1:1”' });
    expect(group.textContent).toContain('Use “Not a 1:1” in the 1:1 panel');
  });
});
