import { defineContentScript } from 'wxt/utils/define-content-script';
import { leadwayLifetime } from '../../runtime/page/browser-lifetime';
import { OUTLOOK_READER } from '../../utils/calendar/outlook';
import { OUTLOOK_MATCHES } from '../../utils/calendar/hosts';
import { runPage } from '../../runtime/page/loop';
import { calendarPage } from '../../surfaces/sites/calendar';
import { createCalendarReadCheck, createOneOnOnePanelLoader, createReminderNotes } from '../../surfaces/one-on-one/controller';
import { OUTLOOK_SELECTORS } from '../../utils/calendar/outlook-selectors';

// Outlook serves mail and calendar from the same origin and switches between them without a page load, so the
// script runs on the whole origin and acts only on calendar routes (OUTLOOK_READER.matches).
export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  runAt: 'document_idle',
  // The page must not learn Leadway's id from WXT's start-up message, nor end it with a look-alike event.
  noScriptStartedPostMessage: true,
  main() {
    runPage(leadwayLifetime(), calendarPage(OUTLOOK_READER, OUTLOOK_SELECTORS), [
      createOneOnOnePanelLoader(),
      createCalendarReadCheck(),
      createReminderNotes(),
    ]);
  },
});
