import type { UserRole } from '../tips/types';

/** The user's own role, as the options page offers it and custom tips are tagged with it. */
export const ROLE_LABELS: Record<UserRole, string> = {
  'individual-contributor': 'Individual contributor',
  'tech-lead': 'Tech lead',
  manager: 'Manager',
};
