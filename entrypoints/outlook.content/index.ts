import { defineContentScript } from 'wxt/utils/define-content-script';
import { OUTLOOK_MATCHES, OUTLOOK_READER } from '../../utils/calendar/outlook';
import { startCalendar } from '../../utils/content/calendar/calendar';
import { OUTLOOK_SELECTORS } from '../../utils/calendar/outlook-selectors';

// Outlook serves mail and calendar from the same origin and switches between them without a page load, so the
// script runs on the whole origin and acts only on calendar routes (OUTLOOK_READER.matches).
export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startCalendar(ctx, OUTLOOK_READER, OUTLOOK_SELECTORS);
  },
});
