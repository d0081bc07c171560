import { describe, expect, test } from 'vitest';
import {
  checkSiteProblem,
  checkSiteProblemReport,
  describeMissing,
  formatDiagnostic,
  siteProblemSentence,
  SITE_PROBLEM_LIMITS,
  type SiteProblem,
  type SiteProblemReport,
} from '../../utils/site-health';

const AT = Date.UTC(2026, 11, 3, 18, 2, 30);

const report: SiteProblemReport = {
  site: 'github',
  missing: ['no-author', 'no-placement'],
  page: 'hybrid',
  groups: { author: false, sidebar: true, tabNav: true, title: false },
};
const problem: SiteProblem = { ...report, version: '0.1.0', at: AT };

describe('site problem reports', () => {
  test('a well-formed report passes unchanged (repeated codes once)', () => {
    expect(checkSiteProblemReport(report)).toEqual({ ok: true, value: report });
    const twice = checkSiteProblemReport({ ...report, missing: ['no-author', 'no-author'] });
    expect(twice.ok && twice.value.missing).toEqual(['no-author']);
  });

  test('an open set of codes and page kinds, each a short lowercase token', () => {
    const newCode = checkSiteProblemReport({ ...report, missing: ['no-reviewers'], page: 'event_edit' });
    expect(newCode.ok).toBe(true);
  });

  test.each([
    ['not an object', 'github'],
    ['an unknown site', { ...report, site: 'gitlab' }],
    ['no codes', { ...report, missing: [] }],
    ['too many codes', { ...report, missing: Array.from({ length: SITE_PROBLEM_LIMITS.codes + 1 }, (_, i) => `code-${i}`) }],
    ['page text as a code', { ...report, missing: ['Fix the parser by mona'] }],
    ['markup as a page kind', { ...report, page: '<img src=x onerror=alert(1)>' }],
    ['a URL as a page kind', { ...report, page: 'https://github.com/acme/widget/pull/57' }],
    ['a long token', { ...report, page: 'x'.repeat(SITE_PROBLEM_LIMITS.tokenLength + 1) }],
    ['groups as a list', { ...report, groups: ['author'] }],
    ['a group value that is not true/false', { ...report, groups: { author: 'river-k' } }],
    ['a group name with spaces', { ...report, groups: { 'Teach the CSV importer': true } }],
    ['too many groups', { ...report, groups: Object.fromEntries(Array.from({ length: SITE_PROBLEM_LIMITS.groups + 1 }, (_, i) => [`g${i}`, true])) }],
  ])('refuses %s', (_what, value) => {
    const checked = checkSiteProblemReport(value);
    expect(checked.ok).toBe(false);
  });

  test('a stored problem also needs a version number and a time', () => {
    expect(checkSiteProblem(problem)).toEqual({ ok: true, value: problem });
    expect(checkSiteProblem({ ...problem, version: 'by mona' }).ok).toBe(false);
    expect(checkSiteProblem({ ...problem, at: Number.NaN }).ok).toBe(false);
    expect(checkSiteProblem(report).ok).toBe(false);
  });
});

describe('what the user reads', () => {
  test('the popup sentence, for a pull request and for a calendar event', () => {
    expect(siteProblemSentence(problem, true)).toBe('Leadway could not read this pull request: GitHub may have changed its page.');
    expect(siteProblemSentence({ site: 'google-calendar' }, true)).toBe(
      'Leadway could not read this calendar event: Google Calendar may have changed its page.',
    );
    expect(siteProblemSentence({ site: 'outlook' }, false)).toBe(
      'Leadway could not read a calendar event: Outlook on the web may have changed its page.',
    );
  });

  test('what was missing, in plain words', () => {
    expect(describeMissing(['no-author'])).toBe('the author');
    expect(describeMissing(['no-title', 'no-event-time'])).toBe('the title and the time');
    expect(describeMissing(['no-author', 'no-placement', 'no-reviewers'])).toBe('the author, a place for the card and no-reviewers');
  });

  test('the diagnostic: site, page, codes, group names, version and time, nothing else', () => {
    expect(formatDiagnostic(problem)).toBe(
      [
        'Leadway diagnostic',
        'Site: github',
        'Page: hybrid',
        'Could not read: no-author, no-placement',
        'Selector groups matched: sidebar, tabNav',
        'Selector groups missed: author, title',
        'Leadway version: 0.1.0',
        'Seen: 2026-12-03 18:02 UTC',
      ].join('\n'),
    );
  });

  test('a damaged problem yields a diagnostic that says so and repeats none of it', () => {
    const forged = { ...problem, page: 'Teach the CSV importer by river-k' } as SiteProblem;
    const text = formatDiagnostic(forged);
    expect(text).toMatch(/^Leadway diagnostic\nThe saved problem is damaged/);
    expect(text).not.toContain('river-k');
    expect(text).not.toContain('CSV');
  });
});
