import { describe, expect, test, vi } from 'vitest';
import { askForAccess, covers, leadwaySites, siteList, sitesWithoutAccess } from '../../../runtime/site-access';

const MANIFEST = {
  content_scripts: [
    { matches: ['https://github.com/*'] },
    { matches: ['https://calendar.google.com/*'] },
    { matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'] },
  ],
};

describe('site access', () => {
  test('the sites come from the content scripts, Outlook’s three hosts as one', () => {
    expect(leadwaySites(MANIFEST)).toEqual([
      { name: 'GitHub', origins: ['https://github.com/*'] },
      { name: 'Google Calendar', origins: ['https://calendar.google.com/*'] },
      { name: 'Outlook', origins: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'] },
    ]);
    expect(leadwaySites({})).toEqual([]);
  });

  test('names read as a list', () => {
    expect(siteList(['GitHub'])).toBe('GitHub');
    expect(siteList(['GitHub', 'Outlook'])).toBe('GitHub and Outlook');
    expect(siteList(['GitHub', 'Google Calendar', 'Outlook'])).toBe('GitHub, Google Calendar and Outlook');
  });

  test('only the sites the browser has not granted are missing, and asking asks for exactly those', async () => {
    const permissions = {
      // Outlook only partly granted: it still counts as missing, and asking asks for all of its hosts.
      getAll: vi.fn(async () => ({ origins: ['https://github.com/*', 'https://outlook.live.com/*'], permissions: ['storage'] })),
      request: vi.fn(async () => true),
    };
    const missing = await sitesWithoutAccess(MANIFEST, permissions as never);
    expect(missing.map((site) => site.name)).toEqual(['Google Calendar', 'Outlook']);
    expect(await askForAccess(missing, permissions as never)).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({
      origins: ['https://calendar.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'],
    });
  });

  test('a broader grant covers a site', () => {
    expect(covers('<all_urls>', 'https://github.com/*')).toBe(true);
    expect(covers('https://*/*', 'https://github.com/*')).toBe(true);
    expect(covers('*://*/*', 'https://calendar.google.com/*')).toBe(true);
    expect(covers('https://*.google.com/*', 'https://calendar.google.com/*')).toBe(true);
    expect(covers('https://*.google.com/*', 'https://github.com/*')).toBe(false);
    expect(covers('https://github.com/*', 'https://outlook.live.com/*')).toBe(false);
    expect(covers('http://github.com/*', 'https://github.com/*')).toBe(false);
  });
});
