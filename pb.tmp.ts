import { launchWithExtension } from './tests/harness';
import { measurePopup } from './bench/popup';
for (let k = 0; k < 3; k++) {
  const browser = await launchWithExtension();
  const r = await measurePopup(browser);
  console.log(r.popupFirstPaintMs, r.coldMs, r.samplesMs.join(' '));
  await browser.close();
}
process.exit(0);
