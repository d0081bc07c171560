/**
 * `npm start`: build Leadway, serve the demo pages (the same fixtures the tests use) under their real URLs, and
 * open Chromium with the extension loaded. With a display it stays open for you to try; without one it runs
 * headless, takes screenshots of what Leadway showed, and prints where they are.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALL_HELP, findChromium } from './find-chromium.mjs';
import { ROOT, extensionPage, launchWithExtension, serveFixtures } from '../tests/harness';
import { DEMO_PAGES } from './demo-pages';

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  try {
    findChromium();
  } catch (error) {
    console.error((error as Error).message ?? INSTALL_HELP);
    process.exit(1);
  }

  console.log('Building Leadway for Chromium…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const headed = hasDisplay() && process.env.LEADWAY_HEADLESS !== '1';
  const browser = await launchWithExtension({ headless: !headed });
  await serveFixtures(browser.context, Object.fromEntries(DEMO_PAGES.map((page) => [page.url, page.fixture])));

  if (headed) {
    for (const page of DEMO_PAGES) {
      const tab = await browser.context.newPage();
      await tab.goto(page.url);
    }
    console.log('\nLeadway is running in Chromium with these demo pages (served locally under their real URLs):');
    for (const page of DEMO_PAGES) console.log(`  ${page.title}: ${page.url}`);
    console.log(`  Options: ${extensionPage(browser, 'options.html')}`);
    console.log('\nClose the browser window to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    return;
  }

  const folder = join(ROOT, '.screenshots');
  mkdirSync(folder, { recursive: true });
  console.log('\nNo display found: running headless and taking screenshots of what Leadway shows.');
  const written: string[] = [];
  for (const demo of DEMO_PAGES) {
    const tab = await browser.context.newPage();
    await tab.goto(demo.url);
    await demo.prepare?.(tab);
    const shown = await tab
      .locator(`[data-leadway="${demo.surface}"]`)
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    await tab.waitForTimeout(600); // let the entrance animation finish
    const file = join(folder, `${demo.name}.png`);
    await tab.screenshot({ path: file });
    written.push(`${file}${shown ? '' : '  (Leadway showed nothing here: see the console)'}`);
    await tab.close();
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(extensionPage(browser, 'popup.html'));
  await popup.waitForTimeout(300);
  const popupFile = join(folder, 'popup.png');
  await popup.screenshot({ path: popupFile });
  written.push(popupFile);
  await browser.close();
  console.log('\nScreenshots:');
  for (const line of written) console.log(`  ${line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
