import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCalendar } from './calendar';

// Outlook serves mail and calendar from the same origin and switches between them without a page load, so the
// script runs on the whole origin and only acts on calendar routes (utils/calendar/read.ts calendarSiteFor).
export default defineContentScript({
  matches: [
    'https://calendar.google.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    startCalendar(ctx);
  },
});
