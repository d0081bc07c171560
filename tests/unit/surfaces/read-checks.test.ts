import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPrContext } from '../../../utils/github/context';
import { probeSelectorGroups } from '../../../runtime/page/site-probe';
import { GITHUB_GENERATION_MARKERS, githubSiteProblem } from '../../../surfaces/pr-hint/read-check';
import { calendarSiteProblem, findEventContainer, missingFromEvent } from '../../../surfaces/one-on-one/read-check';
import { formatDiagnostic, stampSiteProblem } from '../../../utils/site-health';
import { GOOGLE_CALENDAR_READER } from '../../../utils/calendar/google';
import { OUTLOOK_READER } from '../../../utils/calendar/outlook';
import { GOOGLE_SELECTORS } from '../../../utils/calendar/google-selectors';
import { OUTLOOK_SELECTORS } from '../../../utils/calendar/outlook-selectors';
import { withoutAuthorOrPlacement } from '../../fixtures/github/broken';
import { CALENDAR_FIXTURES } from '../../fixtures/calendar';
import { fixtureDocument } from '../calendar/helpers';

const GITHUB_DIR = join(import.meta.dirname, '../../fixtures/github');
const githubHtml = (file: string) => readFileSync(join(GITHUB_DIR, file), 'utf8');
/** Parsed without the fixtures' stylesheet link (happy-dom does not load stylesheets and says so loudly). */
const parse = (html: string) => new DOMParser().parseFromString(html.replace(/<link[^>]*rel="stylesheet"[^>]*>/g, ''), 'text/html');
const PR_URL = new URL('https://github.com/acme/widget/pull/57');
const AT = Date.UTC(2026, 11, 3, 18, 0);

describe('GitHub: what a page Leadway cannot read looks like to its selectors', () => {
  test('the broken fixture really breaks the reader: no author, no sidebar, no tab row', () => {
    const doc = parse(withoutAuthorOrPlacement(githubHtml('pr-first-timer-reviewer-react.html')));
    const context = readPrContext(doc, PR_URL);
    expect(context?.viewer).toBe('lin-ops');
    expect(context?.author).toBeUndefined();
    const problem = githubSiteProblem(doc, ['no-author', 'no-placement']);
    expect(problem).toMatchObject({ site: 'github', missing: ['no-author', 'no-placement'], page: 'react' });
    expect(problem.groups).toMatchObject({ author: false, sidebar: false, tabNav: false, title: true, viewerLogin: true, reactHeader: true });
  });

  test('the page generation is the readers’ own: react, legacy, hybrid (React header over the Rails timeline), unknown', () => {
    const kindOf = (html: string) => githubSiteProblem(parse(html), ['no-author']).page;
    expect(kindOf(githubHtml('pr-first-timer-reviewer-react.html'))).toBe('react');
    expect(kindOf(githubHtml('pr-first-timer-reviewer-legacy.html'))).toBe('legacy');
    expect(kindOf(githubHtml('pr-hybrid-reviewer.html'))).toBe('hybrid');
    expect(
      kindOf('<react-app app-name="pull-requests"><div class="prc-PageHeader-PageHeader-abc"></div></react-app><div class="js-discussion"><div class="timeline-comment"></div></div>'),
    ).toBe('hybrid');
    expect(kindOf('<main><p>Something else entirely</p></main>')).toBe('unknown');
    expect(githubSiteProblem(parse('<p>x</p>'), ['no-author'], 'hybrid').page).toBe('hybrid');
    expect(probeSelectorGroups(parse(githubHtml('pr-hybrid-reviewer.html')), GITHUB_GENERATION_MARKERS)).toEqual({
      reactHeader: true,
      railsTimeline: true,
      legacyHeader: false,
    });
  });

  test('the diagnostic of the broken fixture holds none of its text: title, people, repository, number', () => {
    const doc = parse(withoutAuthorOrPlacement(githubHtml('pr-first-timer-reviewer-react.html')));
    const text = formatDiagnostic(stampSiteProblem(githubSiteProblem(doc, ['no-author', 'no-placement']), '0.1.0', AT));
    for (const secret of ['Teach', 'CSV', 'byte-order', 'river-k', 'lin-ops', 'theo-qa', 'acme', 'widget', '#57', 'pull/57']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Could not read: no-author, no-placement');
    expect(text).toMatch(/Selector groups missed: .*\bauthor\b.*\bsidebar\b/);
  });

  test('a hostile page cannot put any of its text into the diagnostic', () => {
    // The canary is everywhere a page controls: title, text, ids, classes (also inside names Leadway's selectors
    // match by prefix), data attributes, aria labels, meta content and the script data block.
    const canary = 'CANARY7f3q';
    const html = withoutAuthorOrPlacement(githubHtml('pr-hostile-react.html'))
      .replace(/<title>/, `<title>${canary} "quotes" <b>`)
      .replace(/<body([^>]*)>/, `<body$1><div id="${canary}" class="prc-PageHeader-${canary} ${canary}-module__x" data-${canary}="${canary}" aria-label="${canary}">${canary}\n${canary}: yes</div>`)
      .replace(/content="lin-ops"/, `content="${canary}"`);
    const doc = parse(html);
    expect(doc.documentElement.outerHTML).toContain(canary);
    const problem = githubSiteProblem(doc, ['no-author', 'no-placement']);
    const text = formatDiagnostic(stampSiteProblem(problem, '0.1.0', AT));
    expect(text.toLowerCase()).not.toContain(canary.toLowerCase());
    expect(JSON.stringify(problem).toLowerCase()).not.toContain(canary.toLowerCase());
    // Every line is one of the diagnostic's own, made of Leadway's words and names.
    for (const line of text.split('\n')) expect(line).toMatch(/^(Leadway diagnostic|[A-Z][a-z ]+: [A-Za-z0-9 ,._:-]+)$/);
  });
});

describe('calendars: an open event that cannot be read', () => {
  const readerFor = (site: string) => (site === 'outlook' ? OUTLOOK_READER : GOOGLE_CALENDAR_READER);
  const groupsFor = (site: string) => (site === 'outlook' ? OUTLOOK_SELECTORS : GOOGLE_SELECTORS);

  function look(doc: Document, site: 'google-calendar' | 'outlook', url: URL) {
    const reader = readerFor(site);
    const roots = reader.roots(doc, url);
    const event = roots[0] ? reader.read(doc, url) : undefined;
    return calendarSiteProblem({ site, doc, roots, event, groups: groupsFor(site) });
  }

  test.each(CALENDAR_FIXTURES.map((fixture) => [fixture.file, fixture] as const))('%s reads fine: no problem', (_file, fixture) => {
    expect(look(fixtureDocument(fixture.file), fixture.site, new URL(fixture.url))).toBeUndefined();
  });

  test('a Google popup whose time cannot be read is reported as such, by group names only', () => {
    const fixture = CALENDAR_FIXTURES.find((entry) => entry.file === 'google-popup-manager-1on1.html')!;
    const doc = fixtureDocument(fixture.file);
    doc.getElementById('xDetDlgWhen')!.id = 'when-renamed';
    const problem = look(doc, 'google-calendar', new URL(fixture.url));
    expect(problem).toMatchObject({ site: 'google-calendar', missing: ['no-event-time'], page: 'popup' });
    expect(problem!.groups).toMatchObject({ popupWhen: false, popupTitle: true });
    const text = formatDiagnostic(stampSiteProblem(problem!, '0.1.0', AT));
    for (const secret of ['Dana', 'Morgan', '1:1', 'example.com', 'November']) expect(text).not.toContain(secret);
  });

  test('a popup the reader no longer recognises, found by its container: the event could not be read', () => {
    const doc = parse(
      '<body><div role="dialog" data-chips-dialog="true"><div id="xDetDlg" data-eventid="abc"><span class="new-title">1:1 Dana / Morgan</span></div></div></body>',
    );
    const url = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/24');
    expect(GOOGLE_CALENDAR_READER.roots(doc, url)).toEqual([]);
    const problem = look(doc, 'google-calendar', url);
    expect(problem).toMatchObject({ missing: ['no-event'], page: 'popup' });
    expect(JSON.stringify(problem)).not.toContain('Dana');
  });

  test('a closed popup, a week view and new-event forms are not problems', () => {
    const url = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/24');
    const closed = parse('<body><div role="dialog" data-chips-dialog="true" hidden><div id="xDetDlg"></div></div></body>');
    expect(findEventContainer(closed, 'google-calendar')).toBeUndefined();
    expect(look(closed, 'google-calendar', url)).toBeUndefined();
    expect(look(parse('<body><div role="main"><div data-eventid="x" data-eventchip>9am Standup</div></div></body>'), 'google-calendar', url)).toBeUndefined();
    const edit = CALENDAR_FIXTURES.find((entry) => entry.root === 'edit-page')!;
    const doc = fixtureDocument(edit.file);
    (doc.getElementById('xTiIn') as HTMLInputElement).value = '';
    doc.getElementById('xTiIn')!.setAttribute('value', '');
    expect(look(doc, 'google-calendar', new URL(edit.url))).toBeUndefined();
  });

  test('an Outlook peek card found by its section but unreadable', () => {
    const doc = parse('<body><div data-app-section="CalendarItemPeek"><div class="x">Weekly sync</div></div></body>');
    const problem = look(doc, 'outlook', new URL('https://outlook.office.com/calendar/view/week'));
    expect(problem).toMatchObject({ site: 'outlook', missing: ['no-event'], page: 'peek' });
    expect(problem!.groups).toMatchObject({ peek: true, peekTitle: false });
  });

  test('what is missing from an event', () => {
    const event = { site: 'outlook' as const, key: 'k', seriesKey: 'k', title: 'x', allDay: false, recurring: false, guests: [] };
    expect(missingFromEvent(undefined)).toEqual(['no-event']);
    expect(missingFromEvent({ ...event, start: 1 })).toEqual([]);
    expect(missingFromEvent({ ...event, allDay: true })).toEqual([]);
    expect(missingFromEvent({ ...event, title: ' ' })).toEqual(['no-title', 'no-event-time']);
  });
});
