import type { Site } from '../settings';

/** Each site's name where it stands alone: the options page's switches, the diagnostic, the history. */
export const SITE_LABELS: Record<Site, string> = {
  github: 'GitHub',
  'google-calendar': 'Google Calendar',
  outlook: 'Outlook on the web',
};

/** Each site's name inside a sentence or a list ("access to GitHub, Google Calendar and Outlook"). */
export const SITE_SHORT_LABELS: Record<Site, string> = {
  github: 'GitHub',
  'google-calendar': 'Google Calendar',
  outlook: 'Outlook',
};
