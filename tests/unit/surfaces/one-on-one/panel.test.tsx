import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OneOnOnePanel, type OneOnOnePanelProps } from '../../../../surfaces/one-on-one/view';
import { agendaText } from '../../../../surfaces/one-on-one/agenda';
import { CATALOGUE } from '../../../../utils/tips/catalogue';
import type { Tip } from '../../../../utils/tips/types';

const managerTips: Tip[] = CATALOGUE.filter((tip) => tip.contexts.includes('one-on-one-manager')).slice(0, 3);
const AGENDA = agendaText({ title: '1:1 Dana / Morgan', start: new Date(2026, 10, 24, 10, 0).getTime(), counterpartName: 'Morgan Chen', relationship: 'manager' });

function renderPanel(overrides: Partial<OneOnOnePanelProps> = {}) {
  const props: OneOnOnePanelProps = {
    counterpartName: 'Morgan Chen',
    relationship: 'manager',
    tips: managerTips,
    agenda: AGENDA,
    onReact: vi.fn(),
    onNotOneOnOne: vi.fn(async () => {}),
    copyText: vi.fn(async () => {}),
    ...overrides,
  };
  const result = render(<OneOnOnePanel {...props} />);
  return { ...result, props };
}

const status = () => screen.getByRole('status');
const toggle = () => screen.getByRole('button', { name: /1:1 with/ });

describe('OneOnOnePanel', () => {
  test('says who the 1:1 is with and shows the tips, each with its own reactions', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('1:1 with Morgan Chen');
    expect(document.querySelector('.lw-oo-tag')?.textContent).toBe('your manager');
    expect(managerTips).toHaveLength(3);
    const list = screen.getByRole('list', { name: 'Tips for your 1:1 with Morgan Chen' });
    const cards = within(list).getAllByRole('article');
    expect(cards.map((card) => card.getAttribute('data-tip-id'))).toEqual(managerTips.map((tip) => tip.id));
    for (const card of cards) {
      expect(within(card).getByRole('button', { name: 'Helpful' })).toBeTruthy();
      expect(within(card).getByRole('button', { name: 'Not now' })).toBeTruthy();
      expect(within(card).getByRole('button', { name: 'Never show this' })).toBeTruthy();
    }
    // Tip titles sit under the panel's heading.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(managerTips.map((tip) => tip.title));
    // Nobody to ask about: the relationship is known.
    expect(screen.queryByRole('group', { name: /Who is/ })).toBeNull();
  });

  test('"not now" and "never" take the tip away and say so; "helpful" keeps it, answered', () => {
    const { props } = renderPanel();
    const [first, second, third] = managerTips as [Tip, Tip, Tip];
    const card = (tip: Tip) => document.querySelector<HTMLElement>(`[data-tip-id="${tip.id}"]`);

    fireEvent.click(within(card(first)!).getByRole('button', { name: 'Not now' }));
    expect(props.onReact).toHaveBeenLastCalledWith(first, 'not-now');
    expect(card(first)).toBeNull();
    expect(status().textContent).toContain('Hidden for now');
    // Focus stays in the panel when the answered card disappears.
    expect(document.activeElement).toBe(toggle());

    fireEvent.click(within(card(second)!).getByRole('button', { name: 'Never show this' }));
    expect(props.onReact).toHaveBeenLastCalledWith(second, 'never');
    expect(card(second)).toBeNull();
    expect(status().textContent).toContain('will not see this tip again');

    fireEvent.click(within(card(third)!).getByRole('button', { name: 'Helpful' }));
    expect(props.onReact).toHaveBeenLastCalledWith(third, 'helpful');
    expect(card(third)).not.toBeNull();
    expect(within(card(third)!).queryByRole('button', { name: 'Helpful' })).toBeNull();
    expect(within(card(third)!).getByText('Marked helpful')).toBeTruthy();
    expect(props.onReact).toHaveBeenCalledTimes(3);
  });

  test('with every tip dismissed, the panel says so instead of showing an empty list', () => {
    renderPanel({ tips: managerTips.slice(0, 1) });
    fireEvent.click(screen.getByRole('button', { name: 'Never show this' }));
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('You have answered every tip for this 1:1 today.')).toBeTruthy();
  });

  test('without tips it explains why, and Prepare still works', () => {
    renderPanel({ tips: [], noTipsNote: 'You have seen today’s share of 1:1 tips.' });
    expect(screen.getByText('You have seen today’s share of 1:1 tips.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Prepare' })).toBeTruthy();
  });

  test('Prepare copies the agenda and confirms in the status region', async () => {
    const { props } = renderPanel();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Prepare' }));
    });
    expect(props.copyText).toHaveBeenCalledWith(AGENDA);
    expect(status().textContent).toContain('Agenda copied');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  test('Prepare uses the async clipboard API by default', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel({ copyText: undefined });
    fireEvent.click(screen.getByRole('button', { name: 'Prepare' }));
    await waitFor(() => expect(status().textContent).toContain('Agenda copied'));
    expect(writeText).toHaveBeenCalledWith(AGENDA);
  });

  test('when the clipboard is refused, the agenda appears selected in a text box', async () => {
    renderPanel({ copyText: vi.fn(async () => Promise.reject(new Error('NotAllowedError'))) });
    fireEvent.click(screen.getByRole('button', { name: 'Prepare' }));
    const box = (await screen.findByRole('textbox', { name: 'Agenda for this 1:1' })) as HTMLTextAreaElement;
    expect(box.value).toBe(AGENDA);
    expect(box.readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(AGENDA.length);
    expect(status().textContent).toContain('did not allow copying');
  });

  test('an unknown person gets a one-click "Who is NAME to you?" row', async () => {
    let finish!: () => void;
    const onPickRelationship = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderPanel({ counterpartName: 'Sam Okafor', relationship: undefined, onPickRelationship });
    const group = screen.getByRole('group', { name: /Who is Sam Okafor to you\?/ });
    const choices = within(group).getAllByRole('button');
    expect(choices.map((button) => button.textContent)).toEqual(['My manager', 'Reports to me', 'Skip-level', 'Peer', 'My mentor', 'I mentor them']);

    fireEvent.click(within(group).getByRole('button', { name: 'Peer' }));
    expect(onPickRelationship).toHaveBeenCalledWith('peer');
    // No double saves while the first is on its way.
    expect((within(group).getByRole('button', { name: 'My manager' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(group).getByRole('button', { name: 'My manager' }));
    expect(onPickRelationship).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    expect(status().textContent).toBe('Saved: Sam Okafor is a peer. Leadway will remember for your next 1:1s.');
    expect(document.activeElement).toBe(toggle());
  });

  test('a failed save says so and lets the user try again', async () => {
    const onPickRelationship = vi.fn(async () => Promise.reject(new Error('quota')));
    renderPanel({ counterpartName: 'Sam Okafor', relationship: undefined, onPickRelationship });
    fireEvent.click(screen.getByRole('button', { name: 'Reports to me' }));
    await waitFor(() => expect(status().textContent).toContain('could not save'));
    expect((screen.getByRole('button', { name: 'Reports to me' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('no picker when the page does not say who the other person is', () => {
    renderPanel({ counterpartName: undefined, relationship: undefined, onPickRelationship: undefined });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Your 1:1');
    expect(screen.queryByRole('group', { name: /Who is/ })).toBeNull();
  });

  test('"Not a 1:1" asks the surface to remember the series', async () => {
    const { props } = renderPanel();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Not a 1:1' }));
    });
    expect(props.onNotOneOnOne).toHaveBeenCalledTimes(1);
  });

  test('the header button collapses and expands the body, and reports the choice', () => {
    const onCollapsedChange = vi.fn();
    renderPanel({ onCollapsedChange });
    const button = toggle();
    const body = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(true);
    fireEvent.click(button);
    expect(body.hidden).toBe(false);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(false);
  });

  test('starts collapsed when the user collapsed the last one', () => {
    renderPanel({ initiallyCollapsed: true });
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });

  test('hostile names stay text', () => {
    const name = '<b onmouseover="alert(2)">Sam</b> Okafor<img src=x onerror=alert(1)><script>alert(3)</script>';
    const { container } = renderPanel({ counterpartName: name, relationship: undefined, onPickRelationship: vi.fn(async () => {}) });
    expect(container.querySelectorAll('img, script, b, svg').length).toBe(0);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(`1:1 with ${name}`);
    expect(screen.getByRole('group', { name: /Who is/ }).textContent).toContain(name);
  });
});
