import { screen, fireEvent, within } from '@testing-library/preact';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { flush, renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});

function commit(input: HTMLElement, value: string) {
  fireEvent.input(input, { target: { value } });
  fireEvent.change(input, { target: { value } });
}

describe('options: Frequency', () => {
  test('daily caps per surface: one labelled number field each, saved when valid', async () => {
    await renderOptions(backend, 'frequency');
    const caps = screen.getByRole('group', { name: 'Most tips per day' });
    expect(within(caps).getAllByRole('spinbutton')).toHaveLength(5);
    const prHints = within(caps).getByRole('spinbutton', { name: 'Pull-request hints' }) as HTMLInputElement;
    expect(prHints.value).toBe('5');
    commit(prHints, '3');
    await flush();
    expect((await backend.store.getSettings()).dailyCaps['pr-hint']).toBe(3);
    expect(screen.getByTestId('save-status').textContent).toBe('Saved');
  });

  test('an invalid number is explained inline and not saved', async () => {
    await renderOptions(backend, 'frequency');
    const toneCap = screen.getByRole('spinbutton', { name: 'Tone coach' });
    commit(toneCap, '2.5');
    await flush();
    expect(toneCap.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a whole number from 0 to 10000.')).toBeTruthy();
    expect((await backend.store.getSettings()).dailyCaps['tone-coach']).toBe(20);
    expect(backend.sent.some((m) => m.type === 'saveSettings')).toBe(false);
  });

  test('hints per pull request and the snooze length save', async () => {
    await renderOptions(backend, 'frequency');
    commit(screen.getByRole('spinbutton', { name: 'Hints on the same pull request' }), '2');
    commit(screen.getByRole('spinbutton', { name: '“Not now” hides a tip for' }), '14');
    await flush();
    const settings = await backend.store.getSettings();
    expect(settings.perPrPerDay).toBe(2);
    expect(settings.snoozeDays).toBe(14);
  });

  test('quiet hours: the times unlock when turned on and save as HH:MM', async () => {
    await renderOptions(backend, 'frequency');
    const quiet = screen.getByRole('group', { name: 'Quiet hours' });
    const from = within(quiet).getByLabelText('From') as HTMLInputElement;
    expect(from.disabled).toBe(true);
    fireEvent.click(within(quiet).getByRole('checkbox', { name: 'No hints during quiet hours' }));
    await flush();
    expect(from.disabled).toBe(false);
    commit(from, '18:30');
    await flush();
    expect((await backend.store.getSettings()).quietHours).toEqual({ enabled: true, start: '18:30', end: '08:00' });
    commit(within(quiet).getByLabelText('to'), '7');
    expect(within(quiet).getByText('Enter times as hours and minutes, like 19:00.')).toBeTruthy();
  });
});
