/**
 * The popup's first paint: the popup stamps `#app[data-first-paint-ms]` when its first tip is on screen. The
 * first open is cold (code and database connection) and is reported apart. The next WARMING_OPENS are still slow
 * (about 140–200 ms here) while the browser warms its caches (V8 caches a script's compiled code from its third
 * load on); someone who opens the popup through the day is past them, so the figure is the median of the opens
 * after those.
 */
import { extensionPage, type ExtensionBrowser } from '../tests/harness';
import { median } from './stats';

export interface PopupResult {
  popupFirstPaintMs: number;
  coldMs: number;
  samplesMs: number[];
}

const WARMING_OPENS = 2;

export async function measurePopup(browser: ExtensionBrowser, opens = 16): Promise<PopupResult> {
  const samples: number[] = [];
  for (let i = 0; i < opens; i++) {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 360, height: 600 });
      await page.goto(extensionPage(browser, 'popup.html'));
      const root = page.locator('#app[data-first-paint-ms]');
      await root.waitFor({ state: 'attached', timeout: 15_000 });
      samples.push(Number(await root.getAttribute('data-first-paint-ms')));
    } finally {
      await page.close();
    }
  }
  const [cold] = samples;
  return { popupFirstPaintMs: median(samples.slice(1 + WARMING_OPENS)), coldMs: cold!, samplesMs: samples };
}
