import { onDemandFeature, provideFeature, resetOnDemandFeatures } from '../../../../runtime/page/on-demand';
import type { PageFeature } from '../../../../runtime/page/loop';
import { defaultSettings } from '../../../../utils/settings';

interface Page {
  needsPanel: boolean;
  title: string;
}

const settings = defaultSettings();

/** The real feature as the injected script would provide it, recording what it is given. */
function recordingFeature() {
  const seen: (string | undefined)[] = [];
  let tornDown = 0;
  const feature: PageFeature<Page> = {
    name: 'panel',
    update: (page) => void seen.push(page?.title),
    teardown: () => void tornDown++,
  };
  return { feature, seen, tornDown: () => tornDown };
}

/** A background that "injects" by running the script's provideFeature, as executeScript would. */
function injector(provide = true) {
  const real = recordingFeature();
  const load = vi.fn(async () => {
    if (provide) provideFeature('one-on-one', () => real.feature);
    return true;
  });
  return { real, load };
}

const page = (title: string, needsPanel = true): Page => ({ title, needsPanel });
const standIn = (load: () => Promise<boolean>) =>
  onDemandFeature<Page>({ name: 'one-on-one', surface: 'one-on-one', key: 'one-on-one', needs: (p) => p.needsPanel, load });

beforeEach(() => resetOnDemandFeatures());

test('nothing is injected until a page needs the feature', async () => {
  const { load } = injector();
  const feature = standIn(load);
  await feature.update(undefined, settings);
  await feature.update(page('group meeting', false), settings);
  expect(load).not.toHaveBeenCalled();
});

test('the first page that needs it injects the script once, and the feature then sees the newest page', async () => {
  const { real, load } = injector();
  const feature = standIn(load);
  const first = feature.update(page('first 1:1'), settings);
  // Looks at the page while the script is on its way: no second injection, and the newest page wins.
  const second = feature.update(page('second 1:1'), settings);
  await Promise.all([first, second]);
  expect(load).toHaveBeenCalledTimes(1);
  expect(real.seen).toEqual(['second 1:1']);

  await feature.update(undefined, settings);
  await feature.update(page('third 1:1'), settings);
  expect(load).toHaveBeenCalledTimes(1);
  expect(real.seen).toEqual(['second 1:1', undefined, 'third 1:1']);
});

test('a failed injection is asked for again on the next look, not given up on', async () => {
  const real = recordingFeature();
  const load = vi
    .fn<() => Promise<boolean>>()
    .mockRejectedValueOnce(new Error('The extension was updated'))
    .mockResolvedValueOnce(false)
    .mockImplementation(async () => {
      provideFeature('one-on-one', () => real.feature);
      return true;
    });
  const feature = standIn(load);
  await feature.update(page('1:1'), settings);
  await feature.update(page('1:1'), settings);
  expect(real.seen).toEqual([]);
  await feature.update(page('1:1'), settings);
  expect(load).toHaveBeenCalledTimes(3);
  expect(real.seen).toEqual(['1:1']);
});

test('a script that ran but provided nothing is a failure, tried again later', async () => {
  const { real, load } = injector(false);
  const feature = standIn(load);
  await feature.update(page('1:1'), settings);
  expect(real.seen).toEqual([]);
  await feature.update(page('1:1'), settings);
  expect(load).toHaveBeenCalledTimes(2);
});

test('teardown reaches the real feature once it is loaded, and is harmless before', async () => {
  const { real, load } = injector();
  const feature = standIn(load);
  feature.teardown();
  expect(real.tornDown()).toBe(0);
  await feature.update(page('1:1'), settings);
  feature.teardown();
  expect(real.tornDown()).toBe(1);
});

test('a second injection into the same frame keeps the feature already provided', async () => {
  const first = recordingFeature();
  const second = recordingFeature();
  provideFeature('one-on-one', () => first.feature);
  provideFeature('one-on-one', () => second.feature);
  await standIn(async () => true).update(page('1:1'), settings);
  expect(first.seen).toEqual(['1:1']);
  expect(second.seen).toEqual([]);
});
