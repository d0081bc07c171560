import { screen, fireEvent, within } from '@testing-library/preact';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { flush, renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});

function addForm() {
  return screen.getByRole('group', { name: 'Add someone' });
}

describe('options: People', () => {
  test('the user’s own role is a radio group that saves', async () => {
    await renderOptions(backend, 'people');
    const role = screen.getByRole('group', { name: 'Your role' });
    expect((within(role).getByRole('radio', { name: /Individual contributor/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(role).getByRole('radio', { name: /Tech lead/ }));
    await flush();
    expect((await backend.store.getSettings()).role).toBe('tech-lead');
  });

  test('adds a person with name, email and relationship', async () => {
    await renderOptions(backend, 'people');
    expect(screen.getByText('No one yet. Start with your manager.')).toBeTruthy();
    const form = addForm();
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: '  Priya Raman ' } });
    fireEvent.input(within(form).getByLabelText(/Email/), { target: { value: 'priya@example.com' } });
    fireEvent.change(within(form).getByLabelText('Relationship'), { target: { value: 'skip-level' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));
    await flush();
    const [person, ...rest] = (await backend.store.getSettings()).people;
    expect(rest).toEqual([]);
    expect(person).toMatchObject({ name: 'Priya Raman', email: 'priya@example.com', relationship: 'skip-level' });
    expect(person!.id).toMatch(/^person-/);
    const list = screen.getByRole('list', { name: 'People you meet' });
    expect(within(list).getByText('Priya Raman')).toBeTruthy();
    expect(within(list).getByText('Skip-level · priya@example.com')).toBeTruthy();
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  test('explains a missing name and a bad email inline, and saves nothing', async () => {
    await renderOptions(backend, 'people');
    const form = addForm();
    fireEvent.input(within(form).getByLabelText(/Email/), { target: { value: 'priya at example' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));
    const name = within(form).getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(within(form).getByText('Enter a name.')).toBeTruthy();
    expect(within(form).getByText(/does not look like an email address/)).toBeTruthy();
    expect(backend.sent.some((m) => m.type === 'saveSettings')).toBe(false);
  });

  test('edits and deletes people', async () => {
    await backend.store.saveSettings({
      people: [
        { id: 'person-1', name: 'Sam Okafor', relationship: 'peer' },
        { id: 'person-2', name: 'Aiko Tanaka', email: 'aiko@example.com', relationship: 'mentee' },
      ],
    });
    await renderOptions(backend, 'people');
    fireEvent.click(screen.getByRole('button', { name: 'Edit Sam Okafor' }));
    const editing = screen.getByRole('button', { name: 'Save changes' }).closest('form')!;
    fireEvent.input(within(editing).getByLabelText(/Email/), { target: { value: 'sam@example.com' } });
    fireEvent.change(within(editing).getByLabelText('Relationship'), { target: { value: 'manager' } });
    fireEvent.click(within(editing).getByRole('button', { name: 'Save changes' }));
    await flush();
    expect((await backend.store.getSettings()).people[0]).toEqual({ id: 'person-1', name: 'Sam Okafor', email: 'sam@example.com', relationship: 'manager' });
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete Aiko Tanaka' }));
    await flush();
    expect((await backend.store.getSettings()).people.map((p) => p.name)).toEqual(['Sam Okafor']);
    expect(screen.queryByText('Aiko Tanaka')).toBeNull();
  });

  test('refuses an email someone else in the list already has', async () => {
    await backend.store.saveSettings({ people: [{ id: 'person-1', name: 'Sam', email: 'sam@example.com', relationship: 'peer' }] });
    await renderOptions(backend, 'people');
    const form = addForm();
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Samuel' } });
    fireEvent.input(within(form).getByLabelText(/Email/), { target: { value: 'SAM@example.com' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));
    expect(within(form).getByText('Someone in your list already has this email.')).toBeTruthy();
  });
});
