import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSER, EXTENSION_DIR } from '../harness';
import { GOOGLE_CALENDAR_MATCHES, OUTLOOK_MATCHES } from '../../utils/calendar/hosts';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: unknown[];
  icons?: Record<string, string>;
}

/** The build the end-to-end run just made for this browser: what users are asked to grant at install. */
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

describe('the built manifest asks for little', () => {
  test('required: storage, and scripting for the on-demand scripts; nothing that warns beyond the matched sites', () => {
    // Firefox cannot make `alarms` optional (wxt.config.ts), so its build asks for it upfront; it shows no prompt.
    expect(manifest.permissions).toEqual(BROWSER === 'firefox' ? ['storage', 'scripting', 'alarms'] : ['storage', 'scripting']);
    // The hosts the on-demand scripts (tone coach, 1:1 panel) are injected into: Chromium injects only there.
    expect(manifest.host_permissions).toEqual(['https://github.com/*', ...GOOGLE_CALENDAR_MATCHES, ...OUTLOOK_MATCHES]);
    const matched = new Set(manifest.content_scripts?.flatMap((entry) => entry.matches));
    for (const host of manifest.host_permissions ?? []) expect(matched).toContain(host);
  });

  test('optional: the reminder’s notifications and alarms, and Enterprise hosts the user adds', () => {
    expect(manifest.optional_permissions).toEqual(BROWSER === 'firefox' ? ['notifications'] : ['notifications', 'alarms']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  test('no page is matched wholesale, and nothing is exposed to pages', () => {
    const everything = /<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//;
    const patterns = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((e) => e.matches)];
    expect(patterns.filter((pattern) => everything.test(pattern))).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  test('the calendar scripts match Google Calendar and every Outlook on the web host, outlook.cloud.microsoft included', () => {
    const outlook = (manifest.content_scripts ?? []).find((entry) => entry.js?.includes('content-scripts/outlook.js'));
    expect(outlook?.matches.slice().sort()).toEqual(
      ['https://outlook.cloud.microsoft/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
    );
    const google = (manifest.content_scripts ?? []).find((entry) => entry.js?.includes('content-scripts/google-calendar.js'));
    expect(google?.matches).toEqual(['https://calendar.google.com/*']);
  });

  test('GitHub pages load the hint script up front and the tone coach only when asked', () => {
    const githubScripts = (manifest.content_scripts ?? [])
      .filter((entry) => entry.matches.includes('https://github.com/*'))
      .flatMap((entry) => entry.js ?? []);
    expect(githubScripts).toEqual(['content-scripts/github.js']);
    expect(() => readFileSync(join(EXTENSION_DIR, 'content-scripts/github-tone.js'))).not.toThrow();
  });
});

test('an icon at every size the browsers ask for, each a PNG of that size', () => {
  expect(Object.keys(manifest.icons ?? {}).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
  for (const [size, file] of Object.entries(manifest.icons ?? {})) {
    const png = readFileSync(join(EXTENSION_DIR, file));
    expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
  }
});
