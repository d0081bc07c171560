import type { Relationship } from '../../utils/settings';

/**
 * Words the 1:1 surface uses. Every name here comes from the calendar page and is only ever rendered as text.
 */

/** The answers to "Who is NAME to you?", in the order people most often need them. */
export const RELATIONSHIP_CHOICES: readonly { relationship: Relationship; label: string; hint: string }[] = [
  { relationship: 'manager', label: 'My manager', hint: 'They manage you' },
  { relationship: 'report', label: 'Reports to me', hint: 'You manage them' },
  { relationship: 'skip-level', label: 'Skip-level', hint: "Your manager's manager, or your report's report" },
  { relationship: 'peer', label: 'Peer', hint: 'You work side by side' },
  { relationship: 'mentor', label: 'My mentor', hint: 'They mentor you' },
  { relationship: 'mentee', label: 'I mentor them', hint: 'You mentor them' },
];

/** The short tag shown next to the name in the panel's header. */
export const RELATIONSHIP_TAGS: Record<Relationship, string> = {
  manager: 'your manager',
  report: 'reports to you',
  'skip-level': 'skip-level',
  peer: 'peer',
  mentor: 'your mentor',
  mentee: 'you mentor them',
};

/** "1:1 with Morgan Chen", or a neutral heading when the page does not say who the other person is. */
export function oneOnOneHeading(name: string | undefined): string {
  return name ? `1:1 with ${name}` : 'Your 1:1';
}

const CONTEXT_LABELS: Record<Relationship, string> = {
  manager: '1:1 with your manager',
  report: '1:1 with someone who reports to you',
  'skip-level': 'Skip-level 1:1',
  peer: '1:1 with a peer',
  mentor: '1:1 with your mentor',
  mentee: '1:1 with someone you mentor',
};

/** What the popup says the tab shows: the relationship when known (it tells more than a name), else the name. */
export function oneOnOneContextLabel(relationship: Relationship | undefined, name: string | undefined, skipLevelTitle = false): string {
  if (relationship) return CONTEXT_LABELS[relationship];
  if (skipLevelTitle) return CONTEXT_LABELS['skip-level'];
  return name ? `1:1 with ${name}` : 'A 1:1 meeting';
}

/** What the status line says once the user told Leadway who someone is. */
export function rememberedMessage(name: string, relationship: Relationship): string {
  const what: Record<Relationship, string> = {
    manager: 'is your manager',
    report: 'reports to you',
    'skip-level': 'is a skip-level',
    peer: 'is a peer',
    mentor: 'is your mentor',
    mentee: 'is someone you mentor',
  };
  return `Saved: ${name} ${what[relationship]}. Leadway will remember for your next 1:1s.`;
}
