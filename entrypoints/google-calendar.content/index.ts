import { defineContentScript } from 'wxt/utils/define-content-script';
import { GOOGLE_CALENDAR_READER } from '../../utils/calendar/google';
import { startCalendar } from '../../utils/content/calendar/calendar';
import { GOOGLE_SELECTORS } from '../../utils/calendar/google-selectors';

// Google Calendar opens events without page loads and reuses one popup for all of them: startCalendar watches.
export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCalendar(ctx, GOOGLE_CALENDAR_READER, GOOGLE_SELECTORS);
  },
});
