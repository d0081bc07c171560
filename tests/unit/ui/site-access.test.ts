import { describe, expect, test, vi } from 'vitest';
import { askForAccess, leadwaySites, siteList, sitesWithoutAccess } from '../../../utils/site-access';

const MANIFEST = {
  content_scripts: [
    { matches: ['https://github.com/*'] },
    { matches: ['https://calendar.google.com/*'] },
    { matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'] },
  ],
};

describe('site access', () => {
  test('the sites come from the content scripts, Outlook’s three hosts as one', () => {
    expect(leadwaySites(MANIFEST)).toEqual([
      { name: 'GitHub', origins: ['https://github.com/*'] },
      { name: 'Google Calendar', origins: ['https://calendar.google.com/*'] },
      { name: 'Outlook', origins: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'] },
    ]);
    expect(leadwaySites({})).toEqual([]);
  });

  test('names read as a list', () => {
    expect(siteList(['GitHub'])).toBe('GitHub');
    expect(siteList(['GitHub', 'Outlook'])).toBe('GitHub and Outlook');
    expect(siteList(['GitHub', 'Google Calendar', 'Outlook'])).toBe('GitHub, Google Calendar and Outlook');
  });

  test('only the sites the browser has not granted are missing, and asking asks for exactly those', async () => {
    const granted = new Set(['https://github.com/*']);
    const permissions = {
      contains: vi.fn(async ({ origins }: { origins?: string[] }) => (origins ?? []).every((origin) => granted.has(origin))),
      request: vi.fn(async () => true),
    };
    const missing = await sitesWithoutAccess(MANIFEST, permissions as never);
    expect(missing.map((site) => site.name)).toEqual(['Google Calendar', 'Outlook']);
    expect(await askForAccess(missing, permissions as never)).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith({
      origins: ['https://calendar.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
    });
  });
});
