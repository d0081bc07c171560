/** The ten areas of technical leadership Leadway coaches, in the order people meet them. */
export const AREAS = [
  'stepping-up',
  'ownership',
  'relationships',
  'technical-expertise',
  'mentorship',
  'project-management',
  'communication',
  'managing-up',
  'conflict-and-crises',
  'vision',
] as const;

export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  'stepping-up': 'Stepping up',
  ownership: 'Ownership',
  relationships: 'Relationships',
  'technical-expertise': 'Technical expertise',
  mentorship: 'Mentorship',
  'project-management': 'Project management',
  communication: 'Communication',
  'managing-up': 'Managing up',
  'conflict-and-crises': 'Conflict and crises',
  vision: 'Vision',
};

export function isArea(value: unknown): value is Area {
  return typeof value === 'string' && (AREAS as readonly string[]).includes(value);
}
