/**
 * Every selector the Google Calendar reader uses, in the order tried. Ids, `data-*` and `role` attributes come
 * first: they have held for years. Google's short generated class names (`.UfeRlc`) change within months, so
 * they appear only as last resorts, and nothing depends on them alone.
 */
export const GOOGLE_SELECTORS = {
  /** The event details popup. Calendar reuses one popup element for every event. */
  popup: [
    '[role="dialog"][data-chips-dialog="true"]:has(#xDetDlg)',
    '[role="dialog"]:has(#xDetDlg)',
    '[role="dialog"]:has(#rAECCd)',
    '#xDetDlg',
    '[role="dialog"][data-eventid]',
    '[role="dialog"][data-chips-dialog="true"]:has([role="heading"])',
  ],
  /** Inside the popup. */
  popupInner: ['#xDetDlg'],
  popupTitle: ['#rAECCd', '#xDetDlg [role="heading"][aria-level="1"]', '[role="heading"][aria-level="1"]', '[role="heading"]'],
  popupWhen: ['#xDetDlgWhen'],
  popupGuestsSection: ['#xDetDlgAtt'],
  popupCalendar: ['#xDetDlgCal'],
  /** The element that says which event the popup shows. */
  popupEventId: ['#xDetDlg[data-eventid]', '[data-eventid]'],

  /** Guests, in the popup and on the event/edit pages. */
  guests: ['[role="treeitem"][data-email]', '[data-email][aria-label]', '[role="listitem"][data-email]'],
  guestName: ['[data-name]', '.SDqFWd span', '.SDqFWd'],
  guestCount: ['#xDetDlgAtt [data-guest-count]', '#xDetDlgAtt .UfeRlc'],

  /** Week/day/month chips (`data-eventchip` marks real event chips). */
  chips: ['[data-eventid][data-eventchip]', '[role="button"][data-eventid]', '[data-eventid]'],

  /** The full event page and the edit page (`/r/eventedit/…`) set this on <body>; the week and day views say "EVENT". */
  eventPageBody: ['body[data-viewfamily="EVENT_EDIT"]'],
  /** The full event page and the edit page (`/r/eventedit/…`). */
  page: ['[role="main"]:has(#xTiIn)', '[role="main"]:has([data-eventid])', '[role="main"]'],
  titleInput: ['#xTiIn', 'input[aria-label="Title"]', 'input[aria-label="Add title"]'],
  pageTitle: ['[role="heading"][aria-level="1"]', 'h1', '[role="heading"]'],
  startDate: ['#xStDaIn'],
  startTime: ['#xStTiIn'],
  endDate: ['#xEnDaIn'],
  endTime: ['#xEnTiIn'],
  allDayCheckbox: ['#xAlDaCh', 'input[type="checkbox"][aria-label="All day"]', '[role="checkbox"][aria-label="All day"]'],
  recurrence: ['#xRpt', '[aria-label="Recurrence"]', '[aria-label="Repeat"]'],

  /** The signed-in account's button carries "Google Account: NAME (EMAIL)". */
  account: ['[aria-label^="Google Account:"]', 'a[href^="https://accounts.google.com/SignOutOptions"][aria-label]'],
} as const;
