import type { Page } from 'playwright-core';

export interface DemoPage {
  name: string;
  title: string;
  url: string;
  /** Path under tests/fixtures/. */
  fixture: string;
  /** The Leadway surface this page should show. */
  surface: 'pr-hint' | 'tone-coach' | 'one-on-one';
  /** Steps a person would take before the screenshot (headless mode). */
  prepare?: (page: Page) => Promise<void>;
}

/** The pages `npm start` serves: the same fixtures the end-to-end tests use, under their real URLs. */
export const DEMO_PAGES: DemoPage[] = [
  {
    name: 'github-pr-hint',
    title: "A first-time contributor's pull request, as a requested reviewer",
    url: 'https://github.com/acme/widget/pull/57',
    fixture: 'github/pr-first-timer-reviewer-react.html',
    surface: 'pr-hint',
  },
  {
    name: 'github-tone-coach',
    title: 'The same pull request, writing a harsh review comment',
    url: 'https://github.com/acme/widget/pull/57',
    fixture: 'github/pr-first-timer-reviewer-react.html',
    surface: 'tone-coach',
    prepare: async (page) => {
      const field = page.locator('textarea').first();
      await field.click();
      await field.pressSequentially('This is obviously wrong. Did you even test this?', { delay: 5 });
      await page.locator('[data-leadway="tone-coach"][data-findings]:not([data-findings="0"])').waitFor({ timeout: 5_000 });
      const coach = page.locator('[data-leadway="tone-coach"]');
      await coach.evaluate((host) => {
        host.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="toggle-findings"]')?.click();
      });
      // The coach sits under the comment box, at the foot of the page: bring it into the picture.
      await coach.evaluate((host) => host.scrollIntoView({ block: 'end' }));
    },
  },
  {
    name: 'google-calendar-one-on-one',
    title: 'Google Calendar: a 1:1 with your manager',
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/24',
    fixture: 'calendar/google-popup-manager-1on1.html',
    surface: 'one-on-one',
  },
];
