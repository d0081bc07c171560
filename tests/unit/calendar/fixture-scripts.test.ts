/**
 * The week-view fixtures carry a small script that, like Calendar and Outlook, refills one reused popup or
 * peek card for whichever chip or tile is clicked. End-to-end tests rely on it; these tests run it in a
 * scripted happy-dom window and check that the readers follow every click.
 */
import { Window } from 'happy-dom';
import { CALENDAR_FIXTURES, readCalendarFixture } from '../../fixtures/calendar';
import { findOpenEventRoots, readCalendarEvent } from './read-any-calendar';
import { decodeGoogleEventId } from '../../../utils/calendar/google-id';
import { fixtureDocument } from './helpers';

interface Page {
  window: Window;
  doc: Document;
  url: URL;
  alerts: string[];
}

async function openPage(file: string, url: string): Promise<Page> {
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  const alerts: string[] = [];
  (window as unknown as { alert: (message: string) => void }).alert = (message) => alerts.push(String(message));
  window.document.write(readCalendarFixture(file));
  await window.happyDOM.waitUntilComplete();
  return { window, doc: window.document as unknown as Document, url: new URL(url), alerts };
}

function click(element: Element): void {
  element.dispatchEvent(new (element.ownerDocument.defaultView as unknown as typeof globalThis).MouseEvent('click', { bubbles: true, cancelable: true }));
}

const weekViews = CALENDAR_FIXTURES.filter((fixture) => fixture.root === 'popup' || fixture.root === 'peek');

describe.each(weekViews)('$file with its script running', (fixture) => {
  let page: Page;
  beforeEach(async () => {
    page = await openPage(fixture.file, fixture.url);
  });
  afterEach(async () => {
    await page.window.happyDOM.close();
  });

  it('opens the same event on load as the served HTML shows', () => {
    const scripted = readCalendarEvent(page.doc, page.url);
    const served = readCalendarEvent(fixtureDocument(fixture.file), page.url);
    expect(scripted).toEqual(served);
    expect(scripted?.title).toBe(fixture.expected.title);
  });

  it('refills the one popup for every chip or tile clicked', () => {
    const data = JSON.parse(page.doc.getElementById('leadway-fixture-events')!.textContent!) as {
      events: Record<string, { title: string }>;
    };
    const chips = Array.from(page.doc.querySelectorAll(fixture.site === 'google-calendar' ? '[data-eventchip]' : '[data-calitemid]'));
    expect(chips.length).toBeGreaterThanOrEqual(5);
    const popups = new Set<Element>();
    for (const chip of chips) {
      const id = chip.getAttribute(fixture.site === 'google-calendar' ? 'data-eventid' : 'data-calitemid')!;
      click(chip.querySelector('div, span') ?? chip);
      const event = readCalendarEvent(page.doc, page.url);
      expect(event?.title).toBe(data.events[id]!.title);
      expect(event?.key).toBe(fixture.site === 'google-calendar' ? decodeGoogleEventId(id)!.eventId : id);
      const roots = findOpenEventRoots(page.doc, page.url);
      expect(roots).toHaveLength(1);
      popups.add(roots[0]!.element);
    }
    // One element, reused: UI must be keyed by event, not by element.
    expect(popups.size).toBe(1);
  });

  it('closes, and then nothing is open', () => {
    const close = page.doc.querySelector('#xDetDlgCloseBu, #leadway-fixture-peek-close')!;
    click(close);
    expect(findOpenEventRoots(page.doc, page.url)).toEqual([]);
    expect(readCalendarEvent(page.doc, page.url)).toBeUndefined();
    click(page.doc.querySelector(fixture.site === 'google-calendar' ? '[data-eventchip]' : '[data-calitemid]')!);
    expect(findOpenEventRoots(page.doc, page.url)).toHaveLength(1);
  });

  it('treats a popup hidden by a stylesheet rule as closed', () => {
    const style = page.doc.createElement('style');
    style.textContent = '.RDlrG, .ms-Layer { display: none; }';
    page.doc.head.appendChild(style);
    expect(findOpenEventRoots(page.doc, page.url)).toEqual([]);
    expect(readCalendarEvent(page.doc, page.url)).toBeUndefined();
  });

  it('runs no markup from event data', () => {
    for (const chip of Array.from(page.doc.querySelectorAll('[data-eventchip], [data-calitemid]'))) click(chip);
    expect(page.alerts).toEqual([]);
    const popup = findOpenEventRoots(page.doc, page.url)[0]?.element;
    expect(popup?.querySelector('img, iframe, b, script, a[href^="javascript"]')).toBeNull();
  });
});

describe('google-popup-hostile.html', () => {
  it('shows markup in names and titles as text', async () => {
    const fixture = CALENDAR_FIXTURES.find((entry) => entry.file === 'google-popup-hostile.html')!;
    const page = await openPage(fixture.file, fixture.url);
    try {
      const event = readCalendarEvent(page.doc, page.url)!;
      expect(event.title).toContain('<img src=x onerror="alert(1)">');
      expect(event.title).toContain('</script><script>alert("t")</script>');
      expect(event.organizer?.name).toBe('<b onmouseover="alert(2)">Sam</b> Okafor');
      expect(page.doc.querySelectorAll('img, iframe, b').length).toBe(0);
      expect(page.alerts).toEqual([]);
    } finally {
      await page.window.happyDOM.close();
    }
  });
});
