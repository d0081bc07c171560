import type { CalendarReader } from '../../utils/calendar/types';
import type { PageSite } from '../../runtime/page/loop';
import type { SelectorGroups } from '../../runtime/page/site-probe';
import { pageChanges } from '../../runtime/page/watchers/page-changes';
import { readCalendarPage, type CalendarPage } from '../one-on-one/controller';

/** A Google Calendar or Outlook page, read with that site's reader. */
export function calendarPage(reader: CalendarReader, groups: SelectorGroups): PageSite<CalendarPage> {
  return {
    site: reader.site,
    watcher: pageChanges,
    read: (doc, url, settings) => readCalendarPage(reader, groups, doc, url, settings),
    describe: {
      // Read afresh: the popup may ask between two looks at the page.
      fresh: true,
      describe: ({ view }) =>
        view ? { surface: 'one-on-one', contexts: view.contexts, contextKey: view.event.key, label: view.label } : null,
    },
  };
}
