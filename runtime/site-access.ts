import { browser } from './extension-browser';
import type { Site as LeadwaySite } from '../utils/settings';
import { SITE_SHORT_LABELS } from '../utils/labels/sites';
import { OUTLOOK_HOSTS } from '../utils/calendar/hosts';

/** A site Leadway's content scripts are for, and the origins it needs there. */
export interface Site {
  name: string;
  origins: string[];
}

/** Which of Leadway's sites a content script's host is. */
function siteOfHost(host: string): LeadwaySite | undefined {
  if (host === 'github.com') return 'github';
  if (host === 'calendar.google.com') return 'google-calendar';
  return (OUTLOOK_HOSTS as readonly string[]).includes(host) ? 'outlook' : undefined;
}

interface ManifestLike {
  content_scripts?: Array<{ matches?: string[] }>;
}

/** The sites from the manifest's content scripts, one entry per name (Outlook has three hosts). */
export function leadwaySites(manifest: ManifestLike): Site[] {
  const byName = new Map<string, string[]>();
  for (const script of manifest.content_scripts ?? []) {
    for (const pattern of script.matches ?? []) {
      const match = /^https:\/\/([^/*]+)\//.exec(pattern);
      if (!match) continue;
      const host = match[1]!;
      const site = siteOfHost(host);
      const name = site ? SITE_SHORT_LABELS[site] : host;
      const origins = byName.get(name) ?? [];
      if (!origins.includes(pattern)) origins.push(pattern);
      byName.set(name, origins);
    }
  }
  return [...byName].map(([name, origins]) => ({ name, origins }));
}

/** "GitHub", "GitHub and Outlook", "GitHub, Google Calendar and Outlook". */
export function siteList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

type Permissions = Pick<typeof browser.permissions, 'getAll' | 'request'>;

/** Whether a granted match pattern covers a site's pattern (same pattern, all URLs, or a wildcard host over it). */
export function covers(granted: string, wanted: string): boolean {
  if (granted === wanted || granted === '<all_urls>') return true;
  const g = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(granted);
  const w = /^(https?):\/\/([^/]+)\/(.*)$/.exec(wanted);
  if (!g || !w) return false;
  const [, gScheme, gHost, gPath] = g as unknown as [string, string, string, string];
  const [, wScheme, wHost, wPath] = w as unknown as [string, string, string, string];
  const schemeOk = gScheme === wScheme || (gScheme === '*' && /^https?$/.test(wScheme));
  const hostOk = gHost === '*' || gHost === wHost || (gHost.startsWith('*.') && (wHost === gHost.slice(2) || wHost.endsWith(gHost.slice(1))));
  const pathOk = gPath === '*' || gPath === wPath;
  return schemeOk && hostOk && pathOk;
}

/**
 * Sites where Leadway may not run: the person declined its access there (Firefox asks for it; Chromium lets people
 * withhold it). Read from getAll(): Chromium's contains() leaves out hosts granted through content scripts.
 */
export async function sitesWithoutAccess(manifest: ManifestLike = browser.runtime.getManifest(), permissions: Permissions = browser.permissions): Promise<Site[]> {
  const granted = (await permissions.getAll()).origins ?? [];
  return leadwaySites(manifest).filter((site) => !site.origins.every((origin) => granted.some((pattern) => covers(pattern, origin))));
}

/** Ask the browser for access to these sites. Call it straight from a click: browsers ask only on a user action. */
export function askForAccess(sites: Site[], permissions: Permissions = browser.permissions): Promise<boolean> {
  return permissions.request({ origins: sites.flatMap((site) => site.origins) });
}
