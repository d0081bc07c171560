import { screen, fireEvent, within } from '@testing-library/preact';
import type { Tip } from '../../../utils/tips/types';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { flush, renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});

const SAVED: Tip = {
  id: 'custom-abc123',
  area: 'communication',
  title: 'Link the design doc',
  body: 'Link the design doc section the change implements in the description.',
  why: 'Reviewers judge intent better with the agreed design at hand.',
  contexts: ['pr-author'],
  custom: true,
};

function form() {
  return screen.getByRole('form', { name: /New tip|Edit your tip/ });
}

describe('options: Your tips', () => {
  test('creates a tip with area and contexts; it is stored with a custom- id and listed', async () => {
    await renderOptions(backend, 'custom-tips');
    expect(screen.getByText('You have not written any tips yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New tip' }));
    const f = form();
    expect(document.activeElement).toBe(within(f).getByLabelText('Title'));
    fireEvent.input(within(f).getByLabelText('Title'), { target: { value: 'Pair on the hard part' } });
    fireEvent.input(within(f).getByLabelText('What to do'), { target: { value: 'Offer thirty minutes of pairing instead of a fourth comment.' } });
    fireEvent.input(within(f).getByLabelText('Why it matters'), { target: { value: 'A short call settles what ten comments cannot.' } });
    fireEvent.change(within(f).getByLabelText('Area'), { target: { value: 'mentorship' } });
    const when = within(f).getByRole('group', { name: 'When to show it' });
    fireEvent.click(within(when).getByRole('checkbox', { name: 'Anywhere (popup and tip of the day)' }));
    fireEvent.click(within(when).getByRole('checkbox', { name: 'A long review thread' }));
    fireEvent.click(within(f).getByRole('checkbox', { name: 'Tech lead' }));
    expect(within(f).getByText(`${'Offer thirty minutes of pairing instead of a fourth comment.'.length} / 280 characters`)).toBeTruthy();
    fireEvent.click(within(f).getByRole('button', { name: 'Add tip' }));
    await flush();

    const [tip, ...rest] = await backend.store.listCustomTips();
    expect(rest).toEqual([]);
    expect(tip).toMatchObject({ area: 'mentorship', title: 'Pair on the hard part', contexts: ['pr-long-thread'], roles: ['tech-lead'], custom: true });
    expect(tip!.id).toMatch(/^custom-[a-z0-9]+$/);
    expect(screen.queryByRole('form')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Your tips' })).getByText('Pair on the hard part')).toBeTruthy();
    expect(screen.getByTestId('save-status').textContent).toBe('Saved');
  });

  test('shows clear inline errors for every missing field and saves nothing', async () => {
    await renderOptions(backend, 'custom-tips');
    fireEvent.click(screen.getByRole('button', { name: 'New tip' }));
    const f = form();
    fireEvent.click(within(f).getByRole('checkbox', { name: 'Anywhere (popup and tip of the day)' }));
    fireEvent.input(within(f).getByLabelText('What to do'), { target: { value: 'x'.repeat(300) } });
    fireEvent.click(within(f).getByRole('button', { name: 'Add tip' }));
    expect(within(f).getByText('Give the tip a short title.')).toBeTruthy();
    expect(within(f).getByText('Shorten this to 280 characters or fewer (now 300).')).toBeTruthy();
    expect(within(f).getByText('Add one line on why it matters.')).toBeTruthy();
    expect(within(f).getByText('Choose the area this tip belongs to.')).toBeTruthy();
    expect(within(f).getByText('Choose at least one moment for the tip.')).toBeTruthy();
    const title = within(f).getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('Give the tip a short title.');
    expect(document.activeElement).toBe(title);
    expect(backend.sent.some((m) => m.type === 'saveCustomTip')).toBe(false);
  });

  test('edits a tip in place, keeping its id', async () => {
    await backend.store.saveCustomTip(SAVED);
    await renderOptions(backend, 'custom-tips');
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Link the design doc”' }));
    const f = form();
    expect((within(f).getByLabelText('Title') as HTMLInputElement).value).toBe(SAVED.title);
    fireEvent.input(within(f).getByLabelText('Title'), { target: { value: 'Link the agreed design' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Save tip' }));
    await flush();
    expect(await backend.store.listCustomTips()).toEqual([{ ...SAVED, title: 'Link the agreed design' }]);
  });

  test('deletes only after confirmation', async () => {
    await backend.store.saveCustomTip(SAVED);
    await renderOptions(backend, 'custom-tips');
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Link the design doc”' }));
    const dialog = screen.getByRole('alertdialog');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Delete tip' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await backend.store.listCustomTips()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Link the design doc”' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete tip' }));
    await flush();
    expect(await backend.store.listCustomTips()).toEqual([]);
    expect(screen.getByText('You have not written any tips yet.')).toBeTruthy();
  });

  test('a tip the store refuses keeps the form open with the reason', async () => {
    await renderOptions(backend, 'custom-tips');
    fireEvent.click(screen.getByRole('button', { name: 'New tip' }));
    const f = form();
    fireEvent.input(within(f).getByLabelText('Title'), { target: { value: 'T' } });
    fireEvent.input(within(f).getByLabelText('What to do'), { target: { value: 'B' } });
    fireEvent.input(within(f).getByLabelText('Why it matters'), { target: { value: 'W' } });
    fireEvent.change(within(f).getByLabelText('Area'), { target: { value: 'vision' } });
    backend.failures.saveCustomTip = 'Leadway could not save: the browser has no storage space left for it.';
    fireEvent.click(within(f).getByRole('button', { name: 'Add tip' }));
    await flush();
    expect(within(form()).getByRole('alert').textContent).toMatch(/Could not save the tip: .*no storage space/);
  });
});
