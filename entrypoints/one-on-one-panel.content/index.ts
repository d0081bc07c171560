import { defineContentScript } from 'wxt/utils/define-content-script';
import { GOOGLE_CALENDAR_MATCHES, OUTLOOK_MATCHES } from '../../utils/calendar/hosts';
import { provideFeature } from '../../runtime/page/on-demand';
import { createOneOnOnePanel } from '../../surfaces/one-on-one/panel-feature';

/**
 * The 1:1 panel's view. It is not in the manifest: the calendar script reads every page, but only a page with a 1:1
 * open needs the panel, so the calendar script asks the background to inject this the first time one does
 * (createOneOnOnePanelLoader). It runs no loop of its own: it hands the calendar script's loop the panel feature.
 */
export default defineContentScript({
  // The calendars' own hosts: Chromium injects only where host_permissions reach (WXT adds these there), and they are
  // the hosts the calendar scripts already match, so the install asks for nothing new.
  matches: [...GOOGLE_CALENDAR_MATCHES, ...OUTLOOK_MATCHES],
  registration: 'runtime',
  runAt: 'document_idle',
  // The page must not learn Leadway's id from WXT's start-up message, nor end it with a look-alike event.
  noScriptStartedPostMessage: true,
  main() {
    provideFeature('one-on-one', () => createOneOnOnePanel());
  },
});
