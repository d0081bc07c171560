import type { Relationship } from '../../utils/settings';
import { RELATIONSHIP_CHOICES, RELATIONSHIP_WORDS } from '../../utils/labels/relationships';

/**
 * Words the 1:1 surface uses; the relationships' own words are utils/labels/relationships.ts. Every name here comes
 * from the calendar page and is only ever rendered as text.
 */
export { RELATIONSHIP_CHOICES };

/** The short tag shown next to the name in the panel's header. */
export const RELATIONSHIP_TAGS = Object.fromEntries(
  Object.entries(RELATIONSHIP_WORDS).map(([relationship, words]) => [relationship, words.tag]),
) as Record<Relationship, string>;

/** "1:1 with Morgan Chen", or a neutral heading when the page does not say who the other person is. */
export function oneOnOneHeading(name: string | undefined): string {
  return name ? `1:1 with ${name}` : 'Your 1:1';
}

/** What the popup says the tab shows: the relationship when known (it tells more than a name), else the name. */
export function oneOnOneContextLabel(relationship: Relationship | undefined, name: string | undefined, skipLevelTitle = false): string {
  if (relationship) return RELATIONSHIP_WORDS[relationship].meeting;
  if (skipLevelTitle) return RELATIONSHIP_WORDS['skip-level'].meeting;
  return name ? `1:1 with ${name}` : 'A 1:1 meeting';
}

/** What the status line says once the user told Leadway who someone is. */
export function rememberedMessage(name: string, relationship: Relationship): string {
  return `Saved: ${name} ${RELATIONSHIP_WORDS[relationship].is}. Leadway will remember for your next 1:1s.`;
}
