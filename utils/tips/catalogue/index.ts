import type { Area } from '../areas';
import type { Tip } from '../types';
import { communicationTips } from './communication';
import { conflictAndCrisesTips } from './conflict-and-crises';
import { managingUpTips } from './managing-up';
import { mentorshipTips } from './mentorship';
import { ownershipTips } from './ownership';
import { projectManagementTips } from './project-management';
import { relationshipsTips } from './relationships';
import { steppingUpTips } from './stepping-up';
import { technicalExpertiseTips } from './technical-expertise';
import { visionTips } from './vision';

/** The built-in tips of each area. A Record, so adding an area to AREAS fails to compile until it has tips. */
export const TIPS_BY_AREA: Readonly<Record<Area, readonly Tip[]>> = {
  'stepping-up': steppingUpTips,
  ownership: ownershipTips,
  relationships: relationshipsTips,
  'technical-expertise': technicalExpertiseTips,
  mentorship: mentorshipTips,
  'project-management': projectManagementTips,
  communication: communicationTips,
  'managing-up': managingUpTips,
  'conflict-and-crises': conflictAndCrisesTips,
  vision: visionTips,
};

/**
 * Every built-in tip, area by area in AREAS order. Frozen because the same objects are shared by every caller
 * in the background: a caller that edited one would change it for all of them.
 */
export const CATALOGUE: readonly Tip[] = Object.freeze(
  Object.values(TIPS_BY_AREA)
    .flat()
    .map((tip) => Object.freeze({ ...tip, contexts: Object.freeze([...tip.contexts]) as Tip['contexts'] })),
);

const TIPS_BY_ID: ReadonlyMap<string, Tip> = new Map(CATALOGUE.map((tip) => [tip.id, tip]));

/** The built-in tip with this id, or `undefined` (an id from old history, or a custom tip's id). */
export function tipById(id: string): Tip | undefined {
  return TIPS_BY_ID.get(id);
}
