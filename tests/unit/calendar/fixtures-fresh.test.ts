/** The committed fixture files are exactly what generate.ts renders (edit data.ts, then run write.ts). */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderCalendarFixtures } from '../../fixtures/calendar/generate';
import { CALENDAR_FIXTURES, calendarFixturePath, readCalendarFixture } from '../../fixtures/calendar';

describe('calendar fixtures on disk', () => {
  const rendered = renderCalendarFixtures();

  it.each(Object.keys(rendered))('%s is up to date', (file) => {
    expect(readCalendarFixture(file)).toBe(rendered[file]);
  });

  it('lists every HTML file in CALENDAR_FIXTURES, and nothing else', () => {
    const onDisk = readdirSync(dirname(calendarFixturePath('x'))).filter((file) => file.endsWith('.html')).sort();
    expect(CALENDAR_FIXTURES.map((fixture) => fixture.file).sort()).toEqual(onDisk);
    expect(Object.keys(rendered).sort()).toEqual(onDisk);
  });

  it('loads nothing from the network', () => {
    for (const file of Object.keys(rendered)) {
      const html = rendered[file]!;
      expect(html).not.toMatch(/<(script|img|iframe|link|video|audio|source)\b[^>]*\s(src|href)\s*=/i);
      expect(html).not.toMatch(/url\(\s*['"]?https?:/i);
      expect(html).not.toMatch(/@import/i);
    }
  });

  it('uses only invented example domains for people', () => {
    for (const file of Object.keys(rendered)) {
      const addresses = rendered[file]!.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) expect(address).toMatch(/@example\.(com|net)$/);
    }
  });
});
