import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forbiddenBecause, placementCandidates, placeVisibly } from '../../../utils/github/placement';
import { findSidebar } from '../../../utils/github/regions';
import { GITHUB_FIXTURES } from '../../fixtures/github';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github');
const parse = (file: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES_DIR, file), 'utf8'), 'text/html');
const host = (doc: Document) => doc.createElement('leadway-pr-hint');
/** happy-dom lays nothing out: "shown" here means no hidden or collapsed ancestor, judged by attribute. */
const shownUnlessHidden = (element: HTMLElement) => !element.closest('[data-test-hidden]');

const CARD_PAGES = GITHUB_FIXTURES.filter((fixture) => fixture.placement !== undefined);

describe('placement on every fixture', () => {
  test.each(CARD_PAGES.map((f) => [f.file, f.placement] as const))('%s: the card goes to the %s', (file, slot) => {
    const doc = parse(file);
    const card = host(doc);
    expect(placeVisibly(card, doc, shownUnlessHidden)).toMatchObject({ slot, rejected: [] });
    expect(card.isConnected).toBe(true);
    expect(forbiddenBecause(card)).toBeUndefined();
  });

  test('on the hybrid page the card is at the top of the Rails Reviewers column, not in the hidden diff side panel', () => {
    const doc = parse('pr-hybrid-reviewer.html');
    const card = host(doc);
    placeVisibly(card, doc, shownUnlessHidden);
    expect(card.parentElement?.id).toBe('partial-discussion-sidebar');
    expect(card.parentElement?.firstElementChild).toBe(card);
    expect(card.closest('[class*="HiddenSidePanel"]')).toBeNull();
  });
});

describe('places that are never chosen', () => {
  test('the diff side panel shares Primer sidebar classes but is not the Reviewers column', () => {
    const doc = parse('pr-hybrid-reviewer.html');
    const panel = doc.querySelector('[class*="prc-PageLayout-Sidebar-"]')!;
    expect(panel.closest('[class*="HiddenSidePanel"]')).not.toBeNull();
    // Without the Rails column and its React pane, nothing else is taken for the sidebar.
    doc.getElementById('pr-conversation-sidebar')!.remove();
    expect(findSidebar(doc)).toBeUndefined();
    expect(placementCandidates(doc).map((c) => c.slot)).toEqual(['below-header', 'below-header', 'floating']);
  });

  test('the files view’s file tree pane is not the sidebar', () => {
    const doc = parse('pr-large-files-react.html');
    const pane = doc.createElement('div');
    pane.className = 'prc-PageLayout-Pane-AyzHK';
    pane.innerHTML = '<div id="pr-file-tree"><ul role="tree" aria-label="File Tree"><li role="treeitem">src</li></ul></div>';
    doc.body.append(pane);
    expect(findSidebar(doc)).toBeUndefined();
  });

  test('a comment box’s Write / Preview tabs are not the PR tabs', () => {
    const doc = parse('pr-hybrid-reviewer.html');
    doc.querySelector('nav[aria-label="Pull request navigation tabs"]')!.remove();
    doc.getElementById('pr-conversation-sidebar')!.remove();
    for (const candidate of placementCandidates(doc)) {
      expect(candidate.anchor.closest('form, .timeline-comment')).toBeNull();
    }
  });

  test.each([
    ['inside a comment box', '<div class="timeline-comment"><div id="spot"></div></div>'],
    ['inside a diff', '<div role="region" id="diff-0a1b2c"><div id="spot"></div></div>'],
    ['inside the diff side panel', '<div class="X-module__SidePanel__a1"><div id="spot"></div></div>'],
    ['inside a dialog', '<div role="dialog"><div id="spot"></div></div>'],
    ['inside a hidden or collapsed region', '<details><summary>More</summary><div id="spot"></div></details>'],
    ['inside a hidden or collapsed region', '<div hidden><div id="spot"></div></div>'],
  ])('refused %s', (reason, html) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    expect(forbiddenBecause(doc.getElementById('spot')!)).toBe(reason);
  });

  test('the PR container that wraps the whole page is not mistaken for the diff side panel', () => {
    const doc = parse('pr-hybrid-reviewer.html');
    expect(doc.getElementById('diff-comparison-viewer-container')!.className).toContain('SidePanel');
    expect(forbiddenBecause(doc.getElementById('partial-discussion-sidebar')!)).toBeUndefined();
  });
});

describe('after inserting, the card must really show', () => {
  test('a sidebar that does not show the card sends it under the header, with the reason kept', () => {
    const doc = parse('pr-hybrid-reviewer.html');
    doc.getElementById('pr-conversation-sidebar')!.setAttribute('data-test-hidden', '');
    const card = host(doc);
    const placement = placeVisibly(card, doc, shownUnlessHidden)!;
    expect(placement.slot).toBe('below-header');
    expect(placement.rejected).toEqual([{ slot: 'sidebar', reason: 'the top of the Reviewers column does not show the card' }]);
    expect(card.previousElementSibling?.getAttribute('data-component')).toBe('PageHeader');
  });

  test('when nothing on the page shows it, the card floats in the corner', () => {
    const doc = parse('pr-hybrid-reviewer.html');
    const card = host(doc);
    const placement = placeVisibly(card, doc, () => false)!;
    expect(placement.slot).toBe('floating');
    expect(placement.rejected.map((r) => r.slot)).toEqual(['sidebar', 'below-header', 'below-header']);
    expect(card.parentElement).toBe(doc.body);
    expect(card.style.position).toBe('fixed');
  });

  test('moving on resets the style of the place left behind', () => {
    const doc = parse('pr-own-draft-react.html');
    const card = host(doc);
    placeVisibly(card, doc, () => false);
    placeVisibly(card, doc, () => true);
    expect(card.style.position).toBe('');
    expect(card.style.width).toBe('');
  });
});

describe('a fully React conversation (no Rails column)', () => {
  test('its end-side pane is the sidebar; a start-side pane (the file tree) never is, even before the tree renders', () => {
    const doc = parse('pr-hybrid-reviewer.html');
    const pane = doc.getElementById('pr-conversation-sidebar')!;
    pane.removeAttribute('id');
    pane.querySelector('rails-partial')!.remove();
    expect(findSidebar(doc)).toBe(pane);
    pane.parentElement!.setAttribute('data-position', 'start');
    expect(findSidebar(doc)).toBeUndefined();
  });
});
