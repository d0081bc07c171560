import { allWords } from './locale-words';

/** `[aria-label="…"]` for each language's word (locale-words.ts); Outlook translates its accessible labels. */
const labelled = (kind: 'outlookTimeLabels' | 'outlookOrganizerLabels' | 'outlookAttendeeLabels' | 'outlookRecurrenceLabels'): string[] =>
  allWords(kind).map((word) => `[aria-label="${word}"]`);

/**
 * Every selector the Outlook on the web reader uses, in the order tried. `data-app-section`, `data-calitemid`,
 * ids, `role` and `aria-label` attributes come first; Fluent UI's generated class names change with deploys
 * and appear only as last resorts.
 */
export const OUTLOOK_SELECTORS = {
  /** Calendar surface tiles; the accessible label may sit on the tile or on a child. */
  tiles: ['[data-calitemid]'],
  tileLabel: ['[aria-label]'],

  /** The peek card shown when a tile is clicked: title, time, counts of people, "View event". */
  peek: ['[data-app-section="CalendarItemPeek"]', '[class*="CalendarItemPeek"]'],
  peekTitle: ['[role="heading"]', '[id*="peekTitle" i]', '.rHI1u'],
  // Icon names are not translated: the row holding the clock or the people icon, whatever the language.
  peekTime: [...labelled('outlookTimeLabels'), '[data-testid="peek-time"]', ':has(> i[data-icon-name="ClockRegular"])', ':has(> i[data-icon-name="Clock"])'],
  peekOrganizer: [...labelled('outlookOrganizerLabels'), '[data-testid="peek-organizer"]'],
  peekAttendees: [...labelled('outlookAttendeeLabels'), '[data-testid="peek-attendees"]', ':has(> i[data-icon-name="PeopleRegular"])', ':has(> i[data-icon-name="People"])'],
  recurrence: [
    ...labelled('outlookRecurrenceLabels'),
    'i[data-icon-name*="ArrowRepeat"]',
    'i[data-icon-name="RecurringEvent"]',
  ],

  /** The full event: reading pane (a dialog or its own page at /calendar/item/…). */
  readingPane: [
    '[data-app-section="CalendarReadingPane"]',
    '[data-app-section="ReadingPane"]',
    '.ms-Dialog-main [data-app-section="ReadingPane"]',
  ],
  paneTitle: ['[role="heading"][aria-level="1"]', '[role="heading"][aria-level="2"]', '[role="heading"]', 'h1', 'h2'],
  paneTimeIcon: ['i[data-icon-name="ClockRegular"]', 'i[data-icon-name="Clock"]'],
  paneTime: [...labelled('outlookTimeLabels'), '[data-testid="event-time"]'],
  paneOrganizer: labelled('outlookOrganizerLabels'),
  // The region holding the attendee tree, else the tree itself (its labels are translated; its roles are not).
  paneAttendees: [...labelled('outlookAttendeeLabels'), '[role="tree"][aria-label*="ttendee"]', '[aria-label*="participant" i]', ':has(> [role="tree"] [role="treeitem"] [title*="@"])', '[role="tree"]:has([role="treeitem"])'],
  /** One person in an attendee list. */
  person: ['[role="treeitem"][data-email]', '[role="listitem"][data-email]', '[data-email]', '[role="treeitem"]:not([aria-label$=":"])', '[role="listitem"]'],
  personCard: ['[aria-label^="Open Profile Card for"]', '[aria-label^="Open profile card for"]'],
  /** The name a persona shows (Fluent's stable `ms-Persona` classes, not generated ones). */
  personName: ['.ms-Persona-primaryText', '[data-testid="persona-primary-text"]'],

  /** New / edit event form (also the /calendar/deeplink/compose route). */
  compose: ['[data-app-section="Form_Content"]', '[data-app-section="CalendarCompose"]'],
  composeTitle: ['input[aria-label="Add a title"]', 'input[aria-label="Add title"]', 'input[placeholder*="title" i]', 'input[aria-label*="title" i]'],
  composeAttendees: ['[aria-label="Invite attendees"]', '[aria-label="Required attendees"]', '[aria-label*="attendees" i]'],

  /** The signed-in account (Microsoft 365 header and its account flyout). */
  accountName: ['#mectrl_currentAccount_primary'],
  accountEmail: ['#mectrl_currentAccount_secondary'],
  accountButton: ['#mectrl_main_trigger[aria-label]', '#O365_MainLink_Me[aria-label]', '[data-testid="account-manager-button"][aria-label]'],
} as const;
