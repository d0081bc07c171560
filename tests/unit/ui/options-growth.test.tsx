import { screen, fireEvent, within } from '@testing-library/preact';
import { CATALOGUE } from '../../../utils/tips/catalogue';
import type { HistoryEvent } from '../../../utils/history';
import { WEEK_MS } from '../../../utils/growth';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
const mentorship = CATALOGUE.filter((tip) => tip.area === 'mentorship');
const vision = CATALOGUE.find((tip) => tip.area === 'vision')!;

function at(weeksAgo: number): number {
  return backend.now - weeksAgo * WEEK_MS;
}

function event(tip: { id: string; area: HistoryEvent['area'] }, type: HistoryEvent['type'], time: number): Omit<HistoryEvent, 'id'> {
  return { type, tipId: tip.id, area: tip.area, surface: 'pr-hint', contextKey: 'acme/widget#7', at: time };
}

beforeEach(async () => {
  backend = createTestBackend();
  const first = mentorship[0]!;
  const second = mentorship[1]!;
  await backend.store.addEvents([
    // Three weeks in a row with something acted on, ending this week; one lone week earlier.
    event(first, 'shown', at(0)),
    event(first, 'helpful', at(0)),
    event(first, 'helpful', at(1)),
    event(second, 'acted', at(2)),
    event(second, 'helpful', at(2)),
    event(vision, 'shown', at(2)),
    event(vision, 'shown', at(5)),
    event(vision, 'helpful', at(5)),
    event({ id: 'custom-own001', area: 'vision' }, 'helpful', at(6)),
  ]);
  await backend.store.saveCustomTip({ id: 'custom-own001', area: 'vision', title: 'Draw the one-page map', body: 'b', why: 'w', contexts: ['anywhere'], custom: true });
});

describe('options: Growth', () => {
  test('draws the chart as an image with a text alternative and a table of every number', async () => {
    await renderOptions(backend, 'growth');
    const chart = screen.getByRole('img', { name: /Tips met and acted on per week, by area/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('g[data-area]')).toHaveLength(10);
    expect(chart.querySelectorAll('rect.op-bar-met')).toHaveLength(120);
    const desc = chart.querySelector('desc')!.textContent!;
    expect(desc).toMatch(/you met 3 tips and acted on 6/);
    expect(desc).toMatch(/Most active area: Mentorship/);

    fireEvent.click(screen.getByText('Show the numbers as a table'));
    const table = screen.getByRole('table', { name: /Tips met \/ acted on, per week/ });
    const mentorshipRow = within(table).getByRole('rowheader', { name: 'Mentorship' }).closest('tr')!;
    const cells = [...mentorshipRow.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells).toHaveLength(13);
    expect(cells.slice(-4)).toEqual(['0 / 2', '0 / 1', '1 / 1', '1 / 4']);
  });

  test('shows streaks of weeks with something acted on', async () => {
    await renderOptions(backend, 'growth');
    expect(screen.getByTestId('streak-current').textContent).toBe('3weeks in a row acting on a tip');
    expect(screen.getByTestId('streak-longest').textContent).toMatch(/^3/);
  });

  test('lists the tips marked most helpful, titles from the catalogue and the user’s own tips', async () => {
    await renderOptions(backend, 'growth');
    const items = within(screen.getByTestId('most-helpful')).getAllByRole('listitem');
    expect(items[0]!.textContent).toBe(`${mentorship[0]!.title}Mentorship · helpful 2 times`);
    const titles = items.map((item) => item.querySelector('.op-top-title')!.textContent);
    expect(titles).toContain('Draw the one-page map');
    expect(titles).toContain(vision.title);
    expect(titles).toContain(mentorship[1]!.title);
  });

  test('with no history it explains what will appear', async () => {
    backend = createTestBackend();
    await renderOptions(backend, 'growth');
    expect(screen.getByText('Mark a tip “Helpful” and it will be listed here.')).toBeTruthy();
    expect(screen.getByTestId('streak-current').textContent).toMatch(/^0/);
    expect(screen.getByRole('img').querySelector('desc')!.textContent).toMatch(/No tips met in the last 12 weeks yet/);
  });
});
