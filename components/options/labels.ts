import type { Reaction } from '../../utils/history';
import type { Site } from '../../utils/settings';
import type { UserRole } from '../../utils/tips/types';

/** Words the options page shows for the domain's codes. */

export const SITE_LABELS: Record<Site, string> = {
  github: 'GitHub',
  'google-calendar': 'Google Calendar',
  outlook: 'Outlook on the web',
};

export { SURFACE_LABELS } from '../../utils/surfaces';

export const REACTION_LABELS: Record<Reaction, string> = {
  shown: 'Shown',
  helpful: 'Helpful',
  'not-now': 'Not now',
  never: 'Never',
  acted: 'Acted on',
};

export const ROLE_LABELS: Record<UserRole, string> = {
  'individual-contributor': 'Individual contributor',
  'tech-lead': 'Tech lead',
  manager: 'Manager',
};

export { TONE_CATEGORY_LABELS } from '../../utils/labels/tone-categories';
export { TIP_CONTEXT_LABELS as CONTEXT_LABELS } from '../../utils/labels/tip-contexts';
