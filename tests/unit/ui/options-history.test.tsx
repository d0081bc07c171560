import { screen, fireEvent, within } from '@testing-library/preact';
import { CATALOGUE } from '../../../utils/tips/catalogue';
import type { HistoryEvent } from '../../../utils/history';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { flush, renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
const HOUR = 3_600_000;
const mentorship = CATALOGUE.find((tip) => tip.area === 'mentorship')!;
const vision = CATALOGUE.find((tip) => tip.area === 'vision')!;

function event(tip: { id: string; area: HistoryEvent['area'] }, type: HistoryEvent['type'], hoursAgo: number, surface: HistoryEvent['surface'] = 'pr-hint'): Omit<HistoryEvent, 'id'> {
  return { type, tipId: tip.id, area: tip.area, surface, contextKey: 'acme/widget#42', at: backend.now - hoursAgo * HOUR };
}

beforeEach(async () => {
  backend = createTestBackend();
  await backend.store.addEvents([
    event(mentorship, 'shown', 50),
    event(mentorship, 'helpful', 49),
    event(vision, 'shown', 3, 'popup'),
    event(vision, 'never', 2, 'popup'),
    event({ id: 'custom-mine01', area: 'vision' }, 'shown', 1, 'one-on-one'),
  ]);
  await backend.store.saveCustomTip({ id: 'custom-mine01', area: 'vision', title: 'My own north star', body: 'b', why: 'w', contexts: ['anywhere'], custom: true });
});

function rows() {
  return [...document.querySelectorAll<HTMLElement>('.op-event')].map((row) => [row.dataset.reaction, row.querySelector('.op-event-title')?.textContent]);
}

describe('options: History', () => {
  test('shows the timeline newest first, grouped by day, with tip titles from the catalogue and the user’s tips', async () => {
    await renderOptions(backend, 'history');
    expect(rows()).toEqual([
      ['shown', 'My own north star'],
      ['never', vision.title],
      ['shown', vision.title],
      ['helpful', mentorship.title],
      ['shown', mentorship.title],
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('5 events')).toBeTruthy();
  });

  test('filters by area, surface and reaction', async () => {
    await renderOptions(backend, 'history');
    fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'vision' } });
    await flush();
    expect(rows().map(([, title]) => title)).toEqual(['My own north star', vision.title, vision.title]);
    fireEvent.change(screen.getByLabelText('Where'), { target: { value: 'popup' } });
    await flush();
    expect(rows()).toEqual([
      ['never', vision.title],
      ['shown', vision.title],
    ]);
    fireEvent.change(screen.getByLabelText('Reaction'), { target: { value: 'never' } });
    await flush();
    expect(rows()).toEqual([['never', vision.title]]);
    expect(screen.getByText('1 event match')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reaction'), { target: { value: 'acted' } });
    await flush();
    expect(screen.getByText('Nothing matches these filters.')).toBeTruthy();
  });

  test('clears only the filtered events, after confirmation', async () => {
    await renderOptions(backend, 'history');
    fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'mentorship' } });
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Clear these events…' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await backend.store.listHistory({})).toHaveLength(5);

    fireEvent.click(screen.getByRole('button', { name: 'Clear these events…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Clear matching events' }));
    await flush();
    const left = await backend.store.listHistory({});
    expect(left.map((e) => e.area).sort()).toEqual(['vision', 'vision', 'vision']);
    expect(screen.getByText('Cleared 2 events.')).toBeTruthy();
  });

  test('clears everything when no filter is set', async () => {
    await renderOptions(backend, 'history');
    fireEvent.click(screen.getByRole('button', { name: 'Clear all history…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Clear all history' }));
    await flush();
    expect(await backend.store.listHistory({})).toEqual([]);
    expect(screen.getByText('No history yet: tips you meet will appear here.')).toBeTruthy();
  });
});
