import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OneOnOnePanel, type OneOnOnePanelProps } from '../../../../surfaces/one-on-one/view';
import { agendaText } from '../../../../surfaces/one-on-one/agenda';
import { summarise } from '../../../../utils/reviews/summary';
import { DAY, NOW, fact } from '../../reviews/fixtures';

const summary = summarise(
  [fact({ pr: 'acme/widget#57', comments: 1, labels: { praise: 1 } }), fact({ pr: 'acme/api#3', author: 'sam', viewerRole: 'author', reviewers: ['river-k'], longThread: true })],
  ['river-k'],
  NOW - 14 * DAY,
)!;

function renderPanel(overrides: Partial<OneOnOnePanelProps> = {}) {
  const props: OneOnOnePanelProps = {
    counterpartName: 'River Kim',
    relationship: 'report',
    tips: [],
    agenda: agendaText({ title: '1:1 River', counterpartName: 'River Kim', relationship: 'report', reviewPrompts: summary.prompts }),
    onReact: vi.fn(),
    onNotOneOnOne: vi.fn(async () => {}),
    copyText: vi.fn(async () => {}),
    ...overrides,
  };
  render(<OneOnOnePanel {...props} />);
  return props;
}

describe('Since your last 1:1', () => {
  test('names each pull request as owner/repo#N, linked to it, with the prompts', () => {
    renderPanel({ reviews: summary });
    const section = screen.getByRole('region', { name: 'Since your last 1:1' });
    const link = within(section).getAllByRole('link', { name: 'acme/widget#57' })[0]!;
    expect(link.getAttribute('href')).toBe('https://github.com/acme/widget/pull/57');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(section.textContent).toContain('They reviewed your acme/api#3');
    expect(section.textContent).toContain('Long thread: acme/api#3');
    expect(section.textContent).toContain('You said what went well in your review.');
    expect(within(section).getAllByRole('listitem').filter((item) => item.hasAttribute('data-prompt'))).toHaveLength(2);
  });

  test('"Prepare" copies the prompts first in the agenda', async () => {
    const props = renderPanel({ reviews: summary });
    fireEvent.click(screen.getByRole('button', { name: 'Prepare' }));
    await waitFor(() => expect(props.copyText).toHaveBeenCalled());
    const agenda = (props.copyText as ReturnType<typeof vi.fn>).mock.calls[0]![0] as string;
    expect(agenda).toContain(`- ${summary.prompts[0]}`);
    expect(agenda.indexOf(summary.prompts[0]!)).toBeLessThan(agenda.indexOf('Notes:'));
  });

  test('shows nothing of the kind without a summary', () => {
    renderPanel();
    expect(screen.queryByRole('region', { name: 'Since your last 1:1' })).toBeNull();
  });

  test('asks for the GitHub login and refuses what is not one', async () => {
    const onSaveLogin = vi.fn(async (_logins: string[]) => {});
    renderPanel({ onSaveLogin });
    const input = screen.getByLabelText('River Kim’s GitHub login');
    fireEvent.input(input, { target: { value: 'not/a login' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('is not a GitHub login');
    fireEvent.input(input, { target: { value: '@River-K' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaveLogin).toHaveBeenCalledWith(['river-k']));
    expect(screen.getByRole('status').textContent).toContain('Saved');
  });
});
