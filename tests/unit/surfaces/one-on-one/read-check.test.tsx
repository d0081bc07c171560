/** The calendar surface reports an open event it cannot read, and takes it back when the event reads fine. */
import { CALENDAR_FIXTURES, DEMO_PEOPLE, readCalendarFixture } from '../../../fixtures/calendar';
import { openCalendarTab, setPageUrl } from './calendar-tab';
import { GOOGLE_CALENDAR_READER } from '../../../../utils/calendar/google';
import { GOOGLE_SELECTORS } from '../../../../utils/calendar/google-selectors';
import { createSettingsCache } from '../../../../runtime/page/settings-cache';
import type { SiteProblemReport } from '../../../../utils/site-health';
import { createTestBackend, settle } from '../../ui/fake-messaging';

vi.mock('../../../../runtime/messaging', async (original) => (await import('../../ui/fake-messaging')).messagingModule(await original()));

const MANAGER = CALENDAR_FIXTURES.find((f) => f.file === 'google-popup-manager-1on1.html')!;

test('an open popup without a readable time is reported; fixed, it is taken back', async () => {
  const backend = createTestBackend(new Date(2026, 10, 24, 8, 0).getTime());
  await backend.store.saveSettings({ people: DEMO_PEOPLE });
  document.body.innerHTML = new DOMParser().parseFromString(readCalendarFixture(MANAGER.file), 'text/html').body.innerHTML;
  const reports: (SiteProblemReport | undefined)[] = [];
  setPageUrl(MANAGER.url);
  const surface = openCalendarTab({
    reader: GOOGLE_CALENDAR_READER,
    now: () => backend.now,
    settings: createSettingsCache(),
    groups: GOOGLE_SELECTORS,
    reportProblem: (problem) => reports.push(problem),
  });
  await surface.evaluate();
  await settle();
  // Every look so far (the loop's first and the test's) found nothing to report.
  expect(reports).not.toHaveLength(0);
  expect(reports.filter(Boolean)).toEqual([]);

  const when = document.getElementById('xDetDlgWhen')!;
  when.id = 'renamed-by-a-redesign';
  await surface.evaluate();
  await settle();
  expect(reports.at(-1)).toMatchObject({ site: 'google-calendar', missing: ['no-event-time'], page: 'popup' });
  expect(reports.at(-1)!.groups).toMatchObject({ popupWhen: false, popupTitle: true });

  when.id = 'xDetDlgWhen';
  await surface.evaluate();
  await settle();
  expect(reports.at(-1)).toBeUndefined();
  surface.close();
});

test('with the site switched off, nothing is reported: Leadway was not asked to read it', async () => {
  const backend = createTestBackend(new Date(2026, 10, 24, 8, 0).getTime());
  await backend.store.saveSettings({ people: DEMO_PEOPLE, sites: { 'google-calendar': { hints: false, toneCoach: false } } });
  document.body.innerHTML = new DOMParser().parseFromString(readCalendarFixture(MANAGER.file), 'text/html').body.innerHTML;
  document.getElementById('xDetDlgWhen')!.id = 'renamed-by-a-redesign';
  const reports: (SiteProblemReport | undefined)[] = [];
  setPageUrl(MANAGER.url);
  const surface = openCalendarTab({
    reader: GOOGLE_CALENDAR_READER,
    now: () => backend.now,
    settings: createSettingsCache(),
    groups: GOOGLE_SELECTORS,
    reportProblem: (problem) => reports.push(problem),
  });
  await surface.evaluate();
  await settle();
  // Every look so far (the loop's first and the test's) found nothing to report.
  expect(reports).not.toHaveLength(0);
  expect(reports.filter(Boolean)).toEqual([]);
  surface.close();
});
