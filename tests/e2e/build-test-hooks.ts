/**
 * Global setup of the end-to-end run: build the test-hooks variant (open shadow roots, test attributes; see
 * utils/test-hooks.ts) for the browser under test, into .output/<browser>-mv3-test-hooks. Most e2e files drive it;
 * the bundle test and the closed-root tests check the build users get (`npx wxt build` beforehand, as always).
 */
import { spawnSync } from 'node:child_process';
import { BROWSER, ROOT } from '../harness';

export default function setup(): void {
  if (process.env.LEADWAY_SKIP_TEST_HOOKS_BUILD === '1') return;
  const build = spawnSync('npx', BROWSER === 'firefox' ? ['wxt', 'build', '-b', 'firefox', '--mv3'] : ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LEADWAY_TEST_HOOKS: '1' }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`Building the test-hooks extension failed:\n${build.stdout}\n${build.stderr}`);
}
