import { screen, fireEvent, within } from '@testing-library/preact';
import { TONE_CATEGORIES } from '../../../utils/settings';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { answerPermissions, flush, renderOptions, watchPermissions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
beforeEach(() => {
  backend = createTestBackend();
});

describe('options: Sites & tone', () => {
  test('surfaces per site are switches grouped by site, and save at once', async () => {
    await renderOptions(backend, 'sites');
    const github = screen.getByRole('group', { name: 'GitHub' });
    fireEvent.click(within(github).getByRole('checkbox', { name: 'Tone coach in review comments' }));
    const calendars = screen.getByRole('group', { name: 'Calendars' });
    fireEvent.click(within(calendars).getByRole('checkbox', { name: '1:1 tips in Outlook on the web' }));
    await flush();
    const { sites } = await backend.store.getSettings();
    expect(sites.github).toEqual({ hints: true, toneCoach: false });
    expect(sites.outlook.hints).toBe(false);
    expect(sites['google-calendar'].hints).toBe(true);
    expect(screen.getByText(/The tone coach is off on GitHub/)).toBeTruthy();
  });

  test('the six tone categories each have a switch; turning one off leaves the others', async () => {
    await renderOptions(backend, 'sites');
    const group = screen.getByRole('group', { name: 'Notice these' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(TONE_CATEGORIES.length);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Sarcasm' }));
    await flush();
    const { categories } = (await backend.store.getSettings()).tone;
    expect(categories.sarcasm).toBe(false);
    expect(TONE_CATEGORIES.filter((c) => c !== 'sarcasm').every((c) => categories[c])).toBe(true);
  });

  test('phrases to flag and to allow: add, refuse duplicates, remove', async () => {
    await renderOptions(backend, 'sites');
    const flag = screen.getByRole('group', { name: 'Also flag' });
    const input = within(flag).getByRole('textbox', { name: 'New phrase to flag' });
    fireEvent.input(input, { target: { value: '  just   do it ' } });
    fireEvent.click(within(flag).getByRole('button', { name: 'Add' }));
    await flush();
    expect((await backend.store.getSettings()).tone.flagPhrases).toEqual(['just do it']);
    expect((input as HTMLInputElement).value).toBe('');

    fireEvent.input(input, { target: { value: 'JUST DO IT' } });
    fireEvent.click(within(flag).getByRole('button', { name: 'Add' }));
    expect(within(flag).getByText('“JUST DO IT” is already in the list.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');

    const allow = screen.getByRole('group', { name: 'Never flag' });
    const allowInput = within(allow).getByRole('textbox', { name: 'New phrase to allow' });
    fireEvent.input(allowInput, { target: { value: 'kill the process' } });
    fireEvent.submit(allowInput.closest('form')!);
    await flush();
    expect((await backend.store.getSettings()).tone.allowPhrases).toEqual(['kill the process']);

    fireEvent.click(within(flag).getByRole('button', { name: 'Remove “just do it”' }));
    await flush();
    expect((await backend.store.getSettings()).tone.flagPhrases).toEqual([]);
  });

  test('the balance nudge switch saves', async () => {
    await renderOptions(backend, 'sites');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Suggest some praise when every comment is a criticism' }));
    await flush();
    expect((await backend.store.getSettings()).tone.balanceNudge).toBe(false);
  });

  test('the prompt for specifics can be turned on for your own pull requests, or off', async () => {
    await renderOptions(backend, 'sites');
    const select = screen.getByRole('combobox', { name: /Ask for specifics when a comment is only a verdict/ });
    expect((select as HTMLSelectElement).value).toBe('others');
    fireEvent.change(select, { target: { value: 'all' } });
    await flush();
    expect((await backend.store.getSettings()).tone.specificFeedback).toBe('all');
    fireEvent.change(select, { target: { value: 'off' } });
    await flush();
    expect((await backend.store.getSettings()).tone.specificFeedback).toBe('off');
  });

  describe('GitHub Enterprise', () => {
    test('asks for the origin the user typed, in the click, and saves it when granted', async () => {
      const request = answerPermissions('request', true);
      await renderOptions(backend, 'sites');
      const group = screen.getByRole('group', { name: 'GitHub Enterprise' });
      fireEvent.input(within(group).getByRole('textbox', { name: 'Server address' }), { target: { value: 'github.acme-corp.com/acme' } });
      fireEvent.click(within(group).getByRole('button', { name: 'Add server' }));
      expect(request).toHaveBeenCalledWith({ origins: ['https://github.acme-corp.com/*'] });
      await flush();
      expect((await backend.store.getSettings()).enterpriseHosts).toEqual(['https://github.acme-corp.com']);
      expect(within(group).getByRole('list', { name: 'GitHub Enterprise servers' }).textContent).toContain('https://github.acme-corp.com');
    });

    test('a refused permission saves nothing and says why', async () => {
      answerPermissions('request', false);
      await renderOptions(backend, 'sites');
      const group = screen.getByRole('group', { name: 'GitHub Enterprise' });
      fireEvent.input(within(group).getByRole('textbox', { name: 'Server address' }), { target: { value: 'https://git.example.org' } });
      fireEvent.click(within(group).getByRole('button', { name: 'Add server' }));
      await flush();
      expect(within(group).getByText(/Permission for https:\/\/git.example.org was not given/)).toBeTruthy();
      expect((await backend.store.getSettings()).enterpriseHosts).toEqual([]);
    });

    test('a bad address is explained inline without asking the browser', async () => {
      const request = answerPermissions('request', true);
      await renderOptions(backend, 'sites');
      const group = screen.getByRole('group', { name: 'GitHub Enterprise' });
      const input = within(group).getByRole('textbox', { name: 'Server address' });
      fireEvent.input(input, { target: { value: 'http://github.example.com' } });
      fireEvent.click(within(group).getByRole('button', { name: 'Add server' }));
      expect(request).not.toHaveBeenCalled();
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toMatch(/only on https/);
    });

    test('removing a server drops it from settings and gives the permission back', async () => {
      await backend.store.saveSettings({ enterpriseHosts: ['https://github.example.com'] });
      const remove = answerPermissions('remove', true);
      await renderOptions(backend, 'sites');
      fireEvent.click(screen.getByRole('button', { name: 'Remove https://github.example.com' }));
      await flush();
      expect((await backend.store.getSettings()).enterpriseHosts).toEqual([]);
      expect(remove).toHaveBeenCalledWith({ origins: ['https://github.example.com/*'] });
    });
  });
});
