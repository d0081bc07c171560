import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPrContext } from '../../../utils/github/context';
import { isLegacyPage, pageGeneration, SELECTORS, selectorsFor, type SelectorName } from '../../../utils/github/selectors';
import { GITHUB_FIXTURES } from '../../fixtures/github';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github');
const parse = (file: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES_DIR, file), 'utf8'), 'text/html');
const REACT_ONLY = /prc-|data-testid|data-component|-module__|\.react-/;

describe('which page generation a document is', () => {
  test.each(GITHUB_FIXTURES.map((fixture) => [fixture.file, fixture.generation] as const))('%s is %s', (file, generation) => {
    expect(pageGeneration(parse(file))).toBe(generation);
    expect(isLegacyPage(parse(file))).toBe(generation === 'legacy');
  });

  test('an element answers for its document, and a detached fragment is unknown', () => {
    const doc = parse('pr-merged-legacy.html');
    expect(isLegacyPage(doc.body)).toBe(true);
    expect(pageGeneration(document.createDocumentFragment())).toBe('unknown');
  });

  test('the React app with a Rails timeline but no Rails sidebar is still the hybrid page', () => {
    const doc = parse('pr-hybrid-reviewer.html');
    doc.getElementById('partial-discussion-sidebar')!.remove();
    expect(pageGeneration(doc)).toBe('hybrid');
    for (const timeline of Array.from(doc.querySelectorAll('.js-discussion'))) timeline.remove();
    expect(pageGeneration(doc)).toBe('react');
  });
});

describe('selector lists in the order that suits the page', () => {
  test('the React page (and anything unknown) gets the lists as written', () => {
    expect(selectorsFor(parse('pr-own-draft-react.html'))).toBe(SELECTORS);
    expect(selectorsFor(document.implementation.createHTMLDocument(''))).toBe(SELECTORS);
  });

  test('the legacy page gets every selector of every list, React-only ones last, the rest in their order', () => {
    const legacy = selectorsFor(parse('pr-long-thread-legacy.html'));
    expect(Object.keys(legacy).sort()).toEqual(Object.keys(SELECTORS).sort());
    for (const name of Object.keys(SELECTORS) as SelectorName[]) {
      const written = SELECTORS[name];
      expect([...legacy[name]].sort(), name).toEqual([...written].sort());
      expect(legacy[name], name).toEqual([...written.filter((s) => !REACT_ONLY.test(s)), ...written.filter((s) => REACT_ONLY.test(s))]);
    }
    // Something really moves: the state label's first choice is the legacy header, not Primer's class prefix.
    expect(legacy.stateLabel[0]).toBe('#partial-discussion-header .State');
    expect(SELECTORS.stateLabel[0]).toMatch(REACT_ONLY);
  });

  test('the hybrid page reads its header React first and its timeline and sidebar Rails first', () => {
    const hybrid = selectorsFor(parse('pr-hybrid-reviewer.html'));
    for (const name of Object.keys(SELECTORS) as SelectorName[]) {
      expect([...hybrid[name]].sort(), name).toEqual([...SELECTORS[name]].sort());
    }
    expect(hybrid.stateLabel).toEqual(SELECTORS.stateLabel);
    expect(hybrid.title).toEqual(SELECTORS.title);
    expect(hybrid.commentContainer[0]).toBe('.review-comment');
    expect(SELECTORS.commentContainer[0]).toMatch(REACT_ONLY);
    expect(hybrid.commentAssociation[0]).toBe('[aria-label^="This user"]');
  });

  test('a legacy page carrying a React island still reads its legacy header first', () => {
    const fixture = GITHUB_FIXTURES.find((f) => f.file === 'pr-merged-legacy.html')!;
    const doc = parse(fixture.file);
    // A React state label elsewhere on the page (a cross-referenced PR in the timeline) must not win.
    const island = doc.createElement('span');
    island.className = 'prc-StateLabel-StateLabel-Xyz12';
    island.textContent = 'Draft';
    const wrapper = doc.createElement('div');
    wrapper.className = 'prc-PageHeader-Actions-abc';
    wrapper.append(island);
    doc.body.prepend(wrapper);
    expect(readPrContext(doc, new URL(fixture.url))!.state).toBe(fixture.expected!.state);
  });
});

describe('state comes from what the page shows', () => {
  test('a PR merged or closed as a draft is merged or closed, though its legacy label still says draft', () => {
    for (const [shown, state] of [['Merged', 'merged'], ['Closed', 'closed']] as const) {
      const fixture = GITHUB_FIXTURES.find((f) => f.file === 'pr-merged-legacy.html')!;
      const doc = parse(fixture.file);
      const label = doc.querySelector('#partial-discussion-header .State')!;
      label.setAttribute('reviewable_state', 'draft');
      label.textContent = shown;
      expect(readPrContext(doc, new URL(fixture.url))!.state).toBe(state);
    }
  });

  test('an open draft says so in both generations', () => {
    const legacy = GITHUB_FIXTURES.find((f) => f.file === 'pr-merged-legacy.html')!;
    const doc = parse(legacy.file);
    const label = doc.querySelector('#partial-discussion-header .State')!;
    label.setAttribute('reviewable_state', 'draft');
    label.textContent = 'Draft';
    expect(readPrContext(doc, new URL(legacy.url))!.state).toBe('draft');
    const hybrid = GITHUB_FIXTURES.find((f) => f.file === 'pr-hybrid-reviewer.html')!;
    const react = parse(hybrid.file);
    const primer = react.querySelector('[class*="prc-StateLabel-StateLabel-"]')!;
    primer.setAttribute('data-status', 'draft');
    primer.textContent = 'Draft';
    expect(readPrContext(react, new URL(hybrid.url))!.state).toBe('draft');
  });
});

describe('association badges in today’s markup', () => {
  test.each([
    ['This user is a first-time contributor to the widget repository.', 'First-time contributor', 'first-time-contributor'],
    ["This user's first pull request on GitHub.", 'First-time GitHub contributor', 'first-timer'],
    ['You are a member of the acme organization.', 'Member', 'member'],
    ['You have previously committed to the widget repository.', 'Contributor', 'contributor'],
  ])('%s', (aria, label, association) => {
    const fixture = GITHUB_FIXTURES.find((f) => f.file === 'pr-hybrid-reviewer.html')!;
    const doc = parse(fixture.file);
    const header = doc.querySelector('.timeline-comment-header')!;
    const badge = header.querySelectorAll('.tooltipped')[1]!;
    badge.setAttribute('aria-label', aria);
    badge.querySelector('.Label')!.textContent = label;
    expect(readPrContext(doc, new URL(fixture.url))!.authorAssociation).toBe(association);
  });
});
