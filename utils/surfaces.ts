import type { Settings, Site } from './settings';
import type { Surface } from './tips/types';

/**
 * How a surface asks for tips. Unsolicited surfaces interrupt the user, so they respect caps and quiet hours.
 * Sticky surfaces show the same tips again for the same thing on the same day (a reload is not a new moment).
 * `closeOnReaction`: once the user reacted to a tip for this thing today, it stays answered.
 */
export interface CapsPolicy {
  unsolicited: boolean;
  sticky: boolean;
  closeOnReaction: boolean;
}

/** What the rest of Leadway needs to know about one surface Leadway draws into a web page. */
export interface PageSurfaceDescriptor {
  /** The surface's name in history, tips requests and the `data-leadway` test hook. */
  id: Surface;
  /** How the options page and the history name it. */
  label: string;
  /** The sites whose pages it appears on. */
  sites: readonly Site[];
  /** The per-site switch that turns it on or off (Settings.sites[site][setting]). */
  setting: keyof Settings['sites'][Site];
  caps: CapsPolicy;
  /** The custom element it lives in on the page. */
  hostElement: `leadway-${string}`;
  /**
   * Set when the surface's code is a script of its own, left out of the manifest: the site's content script asks the
   * background to inject it the first time the page needs the surface (runtime/background/on-demand-scripts.ts).
   */
  onDemandScript?: `content-scripts/${string}.js`;
}

/**
 * Every surface Leadway draws into a page, in one list. The code for each lives in surfaces/<id>/; a content script
 * registers the surfaces of its site with the page loop (runtime/page/loop.ts), which switches each on and off from
 * its `setting` here. Adding a surface: a folder in surfaces/ and an entry here.
 */
export const PAGE_SURFACES = [
  {
    id: 'pr-hint',
    label: 'Pull-request hints',
    sites: ['github'],
    setting: 'hints',
    caps: { unsolicited: true, sticky: true, closeOnReaction: true },
    hostElement: 'leadway-pr-hint',
  },
  {
    id: 'tone-coach',
    label: 'Tone coach',
    sites: ['github'],
    setting: 'toneCoach',
    caps: { unsolicited: true, sticky: true, closeOnReaction: true },
    hostElement: 'leadway-tone-coach',
    onDemandScript: 'content-scripts/github-tone.js',
  },
  {
    id: 'one-on-one',
    label: '1:1 panel',
    sites: ['google-calendar', 'outlook'],
    setting: 'hints',
    caps: { unsolicited: true, sticky: true, closeOnReaction: false },
    hostElement: 'leadway-one-on-one',
    onDemandScript: 'content-scripts/one-on-one-panel.js',
  },
] as const satisfies readonly PageSurfaceDescriptor[];

export type PageSurfaceId = (typeof PAGE_SURFACES)[number]['id'];

/** The surfaces whose script is injected on demand. */
export type OnDemandSurfaceId = Extract<(typeof PAGE_SURFACES)[number], { onDemandScript: string }>['id'];

/** Each on-demand surface's script, by surface id. */
export const ON_DEMAND_SCRIPTS = Object.fromEntries(
  PAGE_SURFACES.flatMap((surface) => ('onDemandScript' in surface ? [[surface.id, surface.onDemandScript] as const] : [])),
) as Record<OnDemandSurfaceId, string>;

/** Surfaces that are not in a web page: the toolbar popup and the 1:1 reminder notification. */
export const OTHER_SURFACES = {
  popup: { label: 'Toolbar popup', caps: { unsolicited: false, sticky: false, closeOnReaction: false } },
  reminder: { label: '1:1 reminders', caps: { unsolicited: true, sticky: false, closeOnReaction: false } },
} as const satisfies Record<Exclude<Surface, PageSurfaceId>, { label: string; caps: CapsPolicy }>;

export function pageSurface(id: PageSurfaceId): PageSurfaceDescriptor {
  return PAGE_SURFACES.find((surface) => surface.id === id)!;
}

/** The page surfaces that appear on a site's pages. */
export function surfacesOn(site: Site): PageSurfaceId[] {
  return PAGE_SURFACES.filter((surface) => (surface.sites as readonly Site[]).includes(site)).map((surface) => surface.id);
}

/** Whether the user wants this surface on this site. */
export function isSurfaceOn(id: PageSurfaceId, settings: Pick<Settings, 'sites'>, site: Site): boolean {
  const surface = pageSurface(id);
  return surface.sites.includes(site) && settings.sites[site][surface.setting];
}

/** Every surface's caps policy, by id. */
export const CAPS_POLICY = Object.fromEntries([
  ...PAGE_SURFACES.map((surface) => [surface.id, surface.caps] as const),
  ...Object.entries(OTHER_SURFACES).map(([id, surface]) => [id, surface.caps] as const),
]) as Record<Surface, CapsPolicy>;

/** Every surface's name for people, by id. */
export const SURFACE_LABELS = Object.fromEntries([
  ...PAGE_SURFACES.map((surface) => [surface.id, surface.label] as const),
  ...Object.entries(OTHER_SURFACES).map(([id, surface]) => [id, surface.label] as const),
]) as Record<Surface, string>;
