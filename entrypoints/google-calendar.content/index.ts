import { defineContentScript } from 'wxt/utils/define-content-script';
import { leadwayLifetime } from '../../runtime/page/browser-lifetime';
import { GOOGLE_CALENDAR_READER } from '../../utils/calendar/google';
import { runPage } from '../../runtime/page/loop';
import { calendarPage } from '../../surfaces/sites/calendar';
import { createCalendarReadCheck, createOneOnOnePanelLoader, createReminderNotes } from '../../surfaces/one-on-one/controller';
import { GOOGLE_CALENDAR_MATCHES } from '../../utils/calendar/hosts';
import { GOOGLE_SELECTORS } from '../../utils/calendar/google-selectors';

// Google Calendar opens events without page loads and reuses one popup for all of them: the page loop watches.
export default defineContentScript({
  matches: GOOGLE_CALENDAR_MATCHES,
  runAt: 'document_idle',
  // The page must not learn Leadway's id from WXT's start-up message, nor end it with a look-alike event.
  noScriptStartedPostMessage: true,
  main() {
    runPage(leadwayLifetime(), calendarPage(GOOGLE_CALENDAR_READER, GOOGLE_SELECTORS), [
      createOneOnOnePanelLoader(),
      createCalendarReadCheck(),
      createReminderNotes(),
    ]);
  },
});
