import { RELATIONSHIPS, type Relationship } from '../settings';

/**
 * Who someone is to the user, in words, decided once. `label` answers "Who is NAME to you?" (the 1:1 panel's
 * choices and the options page's people list), `tag` sits next to a name, `meeting` names a 1:1 with them (the
 * popup, the custom-tip contexts) and `is` completes "Saved: NAME …".
 */
export const RELATIONSHIP_WORDS: Record<Relationship, { label: string; hint: string; tag: string; meeting: string; is: string }> = {
  manager: { label: 'My manager', hint: 'They manage you', tag: 'your manager', meeting: '1:1 with your manager', is: 'is your manager' },
  report: { label: 'Reports to me', hint: 'You manage them', tag: 'reports to you', meeting: '1:1 with someone who reports to you', is: 'reports to you' },
  'skip-level': {
    label: 'Skip-level',
    hint: "Your manager's manager, or your report's report",
    tag: 'skip-level',
    meeting: 'Skip-level 1:1',
    is: 'is a skip-level',
  },
  peer: { label: 'Peer', hint: 'You work side by side', tag: 'peer', meeting: '1:1 with a peer', is: 'is a peer' },
  mentor: { label: 'My mentor', hint: 'They mentor you', tag: 'your mentor', meeting: '1:1 with your mentor', is: 'is your mentor' },
  mentee: { label: 'I mentor them', hint: 'You mentor them', tag: 'you mentor them', meeting: '1:1 with someone you mentor', is: 'is someone you mentor' },
};

/** The relationships in the order people most often need them, with their words. */
export const RELATIONSHIP_CHOICES = RELATIONSHIPS.map((relationship) => ({ relationship, ...RELATIONSHIP_WORDS[relationship] }));
