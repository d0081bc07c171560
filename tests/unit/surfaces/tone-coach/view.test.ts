import { readFileSync } from 'node:fs';
import { fireEvent, screen, within } from '@testing-library/preact';
import { createCoachHost } from '../../../../surfaces/tone-coach/host';
import { createCoachView, type BalanceNudge, type CoachProps } from '../../../../surfaces/tone-coach/view';
import { analyzeTone } from '../../../../utils/tone/analyze';
import type { Tip } from '../../../../utils/tips/types';

const NUDGE_TIP: Tip = {
  id: 'communication-name-what-works',
  area: 'communication',
  title: 'Say what works, too',
  body: 'Point at one choice in this change you would keep exactly as it is, and say why.',
  why: 'Knowing what to keep is as useful to an author as knowing what to change.',
  contexts: ['review-comment'],
};

afterEach(() => {
  document.body.replaceChildren();
});

function props(text: string, nudge?: BalanceNudge): CoachProps {
  return { text, findings: analyzeTone(text), onRewrite: vi.fn(), onLabel: vi.fn(), nudge };
}

/** The view, mounted in the document so focus and the testing-library queries work. */
function renderCoach(text: string, nudge?: BalanceNudge) {
  const view = createCoachView(document);
  const first = props(text, nudge);
  view.update(first);
  document.body.append(view.element);
  return { view, container: view.element, ...first };
}

const action = (container: Element, name: string) => container.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);

describe('the coach view', () => {
  test('the prompt for specifics shows as text, never counts as a tone note, and goes when cleared', () => {
    const { view, container } = renderCoach('This is wrong.');
    view.update({ ...props('This is wrong.'), prompt: 'Say what you noticed.' });
    const prompt = container.querySelector('[data-prompt="specific-feedback"]')!;
    expect(prompt.textContent).toBe('Say what you noticed.');
    expect(prompt.getAttribute('role')).toBe('status');
    expect(action(container, 'toggle-findings')!.textContent).toBe('✓ Tone looks kind');
    view.update(props('This is wrong: the loop skips the last element.'));
    expect(container.querySelector('[data-prompt]')).toBeNull();
  });

  test('a kind draft shows a quiet pill and, opened, says so', () => {
    const { container } = renderCoach('Thanks! Could we add a test for the empty case?');
    const pill = action(container, 'toggle-findings')!;
    expect(pill.textContent).toBe('✓ Tone looks kind');
    expect(pill.className).toBe('lw-pill lw-pill-ok');
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(pill.getAttribute('aria-label')).toBe('Leadway: Tone looks kind. Show details');
    fireEvent.click(pill);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    expect(pill.getAttribute('aria-label')).toBe('Leadway: Tone looks kind. Hide details');
    expect(screen.getByText(/Nothing here reads as harsh/)).toBeTruthy();
    fireEvent.click(pill);
    expect(container.querySelector('[aria-live]')).toBeNull();
  });

  test('findings list the flagged words, why, and a rewrite button that hands back the finding', () => {
    const text = 'This is obviously wrong. Did you even test this?';
    const { container, onRewrite } = renderCoach(text);
    expect(action(container, 'toggle-findings')!.textContent).toBe('● 2 tone notes');
    fireEvent.click(action(container, 'toggle-findings')!);
    const items = container.querySelectorAll<HTMLElement>('.lw-finding');
    expect(items).toHaveLength(2);
    expect(items[0]!.dataset.category).toBe('condescension');
    expect(within(items[0]!).getByText('obviously').tagName).toBe('Q');
    expect(within(items[0]!).getByText('Talking down').className).toBe('lw-tag');
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Remove it' }));
    expect(onRewrite).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'condescension-obviously', rewrite: '' }));
    expect(within(items[1]!).getByRole('button', { name: 'Use “How was this tested”' })).toBeTruthy();
  });

  test('an update keeps what is open, the live region, and the focused button', () => {
    const { view, container } = renderCoach('This is obviously wrong. You always forget the changelog.');
    fireEvent.click(action(container, 'toggle-findings')!);
    const live = container.querySelector('[aria-live]');
    const second = container.querySelectorAll<HTMLButtonElement>('[data-action="rewrite"]')[1]!;
    second.focus();
    view.update(props('This is obviously wrong. You always forget the changelog. Damn.'));
    expect(container.querySelector('[aria-live]')).toBe(live);
    expect(container.querySelectorAll('.lw-finding')).toHaveLength(3);
    expect(document.activeElement).toBe(container.querySelectorAll('[data-action="rewrite"]')[1]);
    const pill = action(container, 'toggle-findings')!;
    pill.focus();
    view.update(props('All good here, thanks!'));
    expect(document.activeElement).toBe(pill);
    expect(pill.textContent).toBe('✓ Tone looks kind');
  });

  test('labels: decorations toggle on and off and go with the chosen label', () => {
    const { container, onLabel } = renderCoach('rename this variable');
    expect(container.querySelector('[data-label]')).toBeNull();
    fireEvent.click(action(container, 'toggle-labels')!);
    expect(action(container, 'toggle-labels')!.getAttribute('aria-expanded')).toBe('true');
    const nonBlocking = screen.getByLabelText('non-blocking') as HTMLInputElement;
    const ifMinor = screen.getByLabelText('if-minor') as HTMLInputElement;
    fireEvent.click(nonBlocking);
    fireEvent.click(ifMinor);
    fireEvent.click(ifMinor);
    expect(nonBlocking.checked).toBe(true);
    expect(ifMinor.checked).toBe(false);
    fireEvent.click(container.querySelector('[data-label="nitpick"]')!);
    expect(onLabel).toHaveBeenCalledWith('nitpick', ['non-blocking']);
    expect([...container.querySelectorAll('[data-label]')].map((chip) => chip.textContent)).toEqual([
      'praise',
      'nitpick',
      'suggestion',
      'issue',
      'question',
      'thought',
      'todo',
      'chore',
      'note',
    ]);
    // The labels panel sits between the bar and the findings panel, as before.
    fireEvent.click(action(container, 'toggle-findings')!);
    expect([...container.children].map((child) => child.className)).toEqual(['lw-coach-bar', 'lw-coach-panel', 'lw-coach-panel']);
    expect(container.children[1]!.getAttribute('aria-label')).toBe('Conventional Comments label');
  });

  test('the balance nudge shows the tip and the three reactions', () => {
    const onReact = vi.fn();
    const { container } = renderCoach('Rename this.', { tip: NUDGE_TIP, commentCount: 4, onReact });
    fireEvent.click(action(container, 'show-nudge')!);
    expect(action(container, 'show-nudge')).toBeNull();
    const nudge = container.querySelector<HTMLElement>('.lw-nudge')!;
    expect(nudge.dataset.tipId).toBe(NUDGE_TIP.id);
    expect(nudge.dataset.area).toBe(NUDGE_TIP.area);
    expect(nudge.textContent).toContain('You have left 4 comments');
    expect(within(nudge).getByRole('heading', { level: 3 }).textContent).toBe(NUDGE_TIP.title);
    expect(nudge.textContent).toContain(NUDGE_TIP.body);
    for (const reaction of ['helpful', 'not-now', 'never'] as const) {
      fireEvent.click(action(nudge, reaction)!);
      expect(onReact).toHaveBeenLastCalledWith(reaction);
    }
    expect(onReact).toHaveBeenCalledTimes(3);
  });

  test('page and tip text is rendered as text, never as markup', () => {
    const hostile = { ...NUDGE_TIP, title: '<img src=x onerror=alert(1)>', body: '<script>alert(2)</script>' };
    const { container } = renderCoach('<b>this is stupid</b>', { tip: hostile, commentCount: 3, onReact: () => {} });
    fireEvent.click(action(container, 'toggle-findings')!);
    expect(container.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(container.textContent).toContain(hostile.title);
    expect(container.textContent).toContain('stupid');
  });
});

describe('the coach host', () => {
  test('is a Leadway surface: data-leadway hook, open shadow root, CSS as text, theme attribute', () => {
    const ui = createCoachHost('.lw-coach{color:red}');
    document.body.append(ui.host);
    expect(ui.host.tagName).toBe('LEADWAY-TONE-COACH');
    expect(ui.host.dataset.leadway).toBe('tone-coach');
    const root = ui.host.shadowRoot!;
    expect(root.querySelector('style')!.textContent).toBe(':host{all:initial;display:block}\n.lw-coach{color:red}');
    // Nothing shows before the first analysis.
    expect(root.querySelector('.lw-root')!.children).toHaveLength(0);
    ui.update(props('This is obviously wrong.'));
    ui.update(props('This is obviously wrong!'));
    expect(root.querySelectorAll('.lw-coach')).toHaveLength(1);
    ui.setTheme('dark');
    expect(ui.host.getAttribute('data-theme')).toBe('dark');
    ui.remove();
    expect(ui.host.isConnected).toBe(false);
  });

  test('keys typed in the coach do not reach the page’s shortcuts', () => {
    const ui = createCoachHost('');
    document.body.append(ui.host);
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    ui.host.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    document.removeEventListener('keydown', pageShortcut);
    expect(pageShortcut).not.toHaveBeenCalled();
  });
});

/** `--lw-*` declarations of the rule whose selector list includes `selector`. */
function customProperties(css: string, selector: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, selectors = '', body = ''] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selectors.split(',').some((item) => item.trim() === selector)) continue;
    for (const [, name = '', value = ''] of body.matchAll(/(--lw-[\w-]+)\s*:\s*([^;]+);?/g)) found.set(name, value.trim());
  }
  return found;
}

describe('surfaces/tone-coach/styles.css', () => {
  const coachCss = readFileSync('surfaces/tone-coach/styles.css', 'utf8');
  const paletteCss = readFileSync('components/palette.css', 'utf8');

  test('takes its colours from the one shared palette, as the tip card does', () => {
    expect(coachCss).toContain("@import '../../components/palette.css';");
    expect(readFileSync('components/tip-card.css', 'utf8')).toContain("@import './palette.css';");
    expect(customProperties(coachCss, ':host').size).toBe(0);
  });

  test('every colour it uses is defined for light and dark', () => {
    const light = customProperties(paletteCss, ':host');
    const dark = customProperties(paletteCss, ":host([data-theme='dark'])");
    const used = new Set([...coachCss.matchAll(/var\((--lw-[\w-]+)\)/g)].map((match) => match[1] as string));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(light.has(name), name).toBe(true);
    // Only sizes and the font may be shared by both themes.
    for (const name of used) if (!/radius|font/.test(name)) expect(dark.has(name), name).toBe(true);
  });
});
