import { createToneCoachLoader } from '../../../../surfaces/tone-coach/loader';
import { updateFeature } from '../../../../runtime/page/loop';
import { defaultSettings, type Settings } from '../../../../utils/settings';
import type { PrContext } from '../../../../utils/github/context';

const PR: PrContext = { owner: 'acme', repo: 'widget', number: 42, tab: 'conversation', key: 'acme/widget#42', viewer: 'mona' };

function settingsWith(toneCoach: boolean): Settings {
  const settings = defaultSettings();
  return { ...settings, sites: { ...settings.sites, github: { ...settings.sites.github, toneCoach } } };
}

function field(html = '<textarea name="comment[body]"></textarea>'): HTMLTextAreaElement {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as HTMLTextAreaElement;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let loader: ReturnType<typeof createToneCoachLoader> | undefined;
afterEach(() => {
  loader?.teardown();
  loader = undefined;
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.body.replaceChildren();
});

function setUp(load = vi.fn(async () => true)) {
  loader = createToneCoachLoader(load);
  return { loader, load };
}

/** Each update goes through the page loop's on/off check (updateFeature), as in the content script. */
describe('the tone coach is loaded on first need', () => {
  test('not on page load: only when a comment box first gets focus, and only once', async () => {
    const { loader, load } = setUp();
    const box = field();
    updateFeature(loader, PR, settingsWith(true), 'github');
    expect(load).not.toHaveBeenCalled();
    box.focus();
    expect(load).toHaveBeenCalledTimes(1);
    box.blur();
    field().focus();
    updateFeature(loader, PR, settingsWith(true), 'github');
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('at once when the page opened with the cursor already in a comment box', () => {
    const { loader, load } = setUp();
    field().focus();
    updateFeature(loader, PR, settingsWith(true), 'github');
    expect(load).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['the coach is switched off', PR, settingsWith(false)],
    ['nobody is signed in', { ...PR, viewer: undefined }, settingsWith(true)],
    ['the page is not a pull request', undefined, settingsWith(true)],
  ] as const)('never when %s', (_why, context, settings) => {
    const { loader, load } = setUp();
    updateFeature(loader, context, settings, 'github');
    field().focus();
    expect(load).not.toHaveBeenCalled();
  });

  test('fields that are not drafts do not count: read-only, disabled, inputs, and Leadway’s own', () => {
    const { loader, load } = setUp();
    updateFeature(loader, PR, settingsWith(true), 'github');
    field('<textarea readonly></textarea>').focus();
    field('<input type="text">').focus();
    field('<div data-leadway="pr-hint"><textarea></textarea></div>');
    document.querySelector<HTMLTextAreaElement>('[data-leadway] textarea')!.focus();
    expect(load).not.toHaveBeenCalled();
  });

  test('switching the coach off before any focus stops listening', () => {
    const { loader, load } = setUp();
    updateFeature(loader, PR, settingsWith(true), 'github');
    updateFeature(loader, PR, settingsWith(false), 'github');
    field().focus();
    expect(load).not.toHaveBeenCalled();
  });

  test('leaving the page stops listening until the next page says otherwise', () => {
    const { loader, load } = setUp();
    updateFeature(loader, PR, settingsWith(true), 'github');
    loader.teardown();
    const box = field();
    box.focus();
    expect(load).not.toHaveBeenCalled();
    box.blur();
    updateFeature(loader, { ...PR, number: 43, key: 'acme/widget#43' }, settingsWith(true), 'github');
    box.focus();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a load that fails (worker restarting) is tried again on the next focus, without throwing into the page', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('Could not establish connection')).mockResolvedValue(true);
    const { loader } = setUp(load);
    updateFeature(loader, PR, settingsWith(true), 'github');
    const box = field();
    box.focus();
    await flush();
    box.blur();
    box.focus();
    expect(load).toHaveBeenCalledTimes(2);
    await flush();
    box.blur();
    box.focus();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
