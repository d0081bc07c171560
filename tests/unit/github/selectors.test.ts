import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPrContext } from '../../../utils/github/context';
import { isLegacyPage, SELECTORS, selectorsFor, type SelectorName } from '../../../utils/github/selectors';
import { GITHUB_FIXTURES } from '../../fixtures/github';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github');
const parse = (file: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES_DIR, file), 'utf8'), 'text/html');
const REACT_ONLY = /prc-|data-testid|data-component|-module__/;

describe('which page generation a document is', () => {
  test.each(GITHUB_FIXTURES.map((fixture) => [fixture.file] as const))('%s', (file) => {
    expect(isLegacyPage(parse(file))).toBe(file.includes('-legacy'));
  });

  test('an element answers for its document, and a detached fragment is not legacy', () => {
    const doc = parse('pr-merged-legacy.html');
    expect(isLegacyPage(doc.body)).toBe(true);
    expect(isLegacyPage(document.createDocumentFragment())).toBe(false);
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
    // Something really moves: the sidebar's first choice is the legacy id, not Primer's class prefix.
    expect(legacy.sidebar[0]).toBe('#partial-discussion-sidebar');
    expect(SELECTORS.sidebar[0]).toMatch(REACT_ONLY);
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
