import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { createTestBackend } from './fake-messaging';
import { renderOptions } from './options-helpers';
import { DAY } from '../reviews/fixtures';
import { validateLogins } from '../../../components/options/PeopleSection';
import { factSummary } from '../../../components/options/ReviewMemoryHistory';
import { fact } from '../reviews/fixtures';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

describe('review memory in the options page', () => {
  test('History holds the opt-in switch, off by default, explained in one sentence', async () => {
    const backend = createTestBackend();
    await renderOptions(backend, 'history');
    const toggle = (await screen.findByRole('checkbox', { name: 'Remember my pull-request reviews for 1:1s' })) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toMatch(/never what anyone wrote/);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await backend.store.getSettings()).reviewMemory).toBe(true));
  });

  test('lists remembered pull requests, forgets one, then all', async () => {
    const backend = createTestBackend();
    await backend.store.saveSettings({ reviewMemory: true });
    await backend.store.recordPrComment('github.com', { visit: { pr: 'acme/widget#57', author: 'river-k', viewerRole: 'reviewer', reviewers: [], draft: false, longThread: false }, label: 'praise', rewriteAccepted: false }, backend.now - DAY);
    await backend.store.recordPrVisit('github.com', { pr: 'acme/api#3', author: 'sam', viewerRole: 'author', reviewers: ['river-k'], draft: false, longThread: true }, backend.now);
    await renderOptions(backend, 'history');
    const list = await screen.findByRole('list', { name: /Pull requests Leadway remembers/ });
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual(['acme/api#3', 'acme/widget#57']);
    expect(list.textContent).toContain('You reviewed @river-k · 1 comment (1 praise)');
    fireEvent.click(within(list).getByRole('button', { name: 'Forget acme/widget#57' }));
    await waitFor(async () => expect((await backend.store.listPrFacts(backend.now)).map((item) => item.pr)).toEqual(['acme/api#3']));
    fireEvent.click(screen.getByRole('button', { name: 'Forget all pull requests…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Forget all' }));
    await waitFor(async () => expect(await backend.store.listPrFacts(backend.now)).toEqual([]));
  });

  test('the People form checks and keeps GitHub logins', () => {
    expect(validateLogins('river-k, ghe.example.com/river')).toEqual({ entries: ['river-k', 'ghe.example.com/river'] });
    expect(validateLogins('river k!').error).toMatch(/not a GitHub login/);
    expect(factSummary(fact({ viewerRole: 'author', comments: 0, rewritesAccepted: 0 }))).toBe('Your pull request · no comments');
  });
});
