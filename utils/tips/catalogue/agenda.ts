import type { Relationship } from '../../settings';

/**
 * Preparation prompts for the 1:1 panel's "prepare" button, one short list per relationship. `unknown` covers a
 * 1:1 with someone the user has not told Leadway about yet.
 */
const AGENDA_PROMPTS: Readonly<Record<Relationship | 'unknown', readonly string[]>> = {
  manager: [
    'What should your manager hear from you before they hear it from anyone else?',
    'Which problem will you raise, and what do you propose doing about it?',
    'Do your top three priorities match the three they would name for you?',
    'What one piece of feedback will you ask for, about one specific moment?',
    'Is there a win, yours or a teammate’s, that deserves a mention?',
    'Anything about your growth or your next step worth raising this time?',
  ],
  report: [
    'Leave the first part of the meeting for their topics, not yours.',
    'What did you promise last time, and where does it stand now?',
    'Name one thing they did well recently, and say exactly what it was.',
    'Have one question ready about where they want to grow.',
    'Is there news they should hear from you before it reaches them another way?',
    'Which status questions could you answer from the board instead of asking here?',
  ],
  'skip-level': [
    'What would you like to understand about where the organisation is heading?',
    'One thing from your day-to-day work they are unlikely to see from where they sit.',
    'How does your team’s current project fit their priorities for the year?',
    'If you plan to raise a concern, have you mentioned it to your own manager first?',
    'Who else in the organisation would be worth talking to?',
  ],
  peer: [
    'What is the hardest thing they are dealing with at the moment?',
    'Where do your teams’ plans touch, or risk colliding, in the next month?',
    'Is there any friction between your teams worth naming calmly?',
    'What could you offer them this week?',
    'What do they do well that you would like to learn from?',
  ],
  mentor: [
    'One specific situation from the past few weeks you would like their view on.',
    'What did you try since last time, and how did it turn out?',
    'A skill you want to build, and where in your current work you could practise it.',
    'A question about the path you are weighing: deeper technical work, management, or something else.',
    'Who else might be worth learning from?',
  ],
  mentee: [
    'How did the thing they planned to try last time go?',
    'What are they stuck on or unsure about right now?',
    'One mistake or decision of your own that might be useful to share.',
    'Ask what they already think before you offer advice.',
    'What small step could they take before you meet again?',
  ],
  unknown: [
    'What would make this meeting worth the time for both of you?',
    'What has changed for them since you last spoke?',
    'Is there anything you owe them: an answer, a follow-up, a thank-you?',
    'One thing you could offer to help with.',
    'Who will write down what you agree, and send it afterwards?',
  ],
};

/** Four to six short prompts for preparing a 1:1 with someone of this relationship (generic when unknown). */
export function agendaPrompts(relationship: Relationship | undefined): string[] {
  // Settings come from storage, so an unexpected value is treated like an unknown relationship.
  const key = relationship !== undefined && Object.hasOwn(AGENDA_PROMPTS, relationship) ? relationship : 'unknown';
  return [...AGENDA_PROMPTS[key]];
}
