import toneCss from './styles.css?inline';
import type { BalanceNudge } from './view';
import { createCoachHost, type CoachHost } from './host';
import { rewriteEdit } from '../../utils/tone/rewrite';
import { markRewritten } from '../../runtime/page/reviews/rewrite-marks';
import { applyConventionalLabel } from '../../utils/tone/conventional-comments';
import type { ToneCheck } from '../../utils/tone/check';
import { TONE_BALANCE_MAX_COMMENTS, type ToneFinding } from '../../utils/tone/types';
import { readViewerComments } from '../../utils/github/comments';
import { isCommentField } from '../../utils/github/comment-field';
import { askBackground } from '../../runtime/messaging';
import { recordReaction } from '../../runtime/page/record';
import { replaceFieldValue, replaceInField } from '../../runtime/page/edit-field';
import { githubTheme, systemPrefersDark } from '../../utils/theme';
import { reportQuietly, safeListener, safely } from '../../runtime/page/safely';
import type { Settings } from '../../utils/settings';
import type { PageFeature } from '../../runtime/page/loop';

/** All the coach needs to know about the page: which PR, who is writing, and who wrote the PR. */
export interface ToneContext {
  key: string;
  viewer?: string;
  author?: string;
}

/** Should a bare verdict get the specific-feedback prompt here? Off on your own PR unless asked for. */
function wantsSpecifics(settings: Settings, context: ToneContext | undefined): boolean {
  const mode = settings.tone.specificFeedback;
  if (mode === 'off') return false;
  if (mode === 'all') return true;
  const own = context?.viewer !== undefined && context.author !== undefined && context.viewer.toLowerCase() === context.author.toLowerCase();
  return !own;
}

const ANALYSIS_DELAY_MS = 200;

interface Coach {
  ui: CoachHost;
  timer?: ReturnType<typeof setTimeout>;
  composing: boolean;
  /** Checks asked for so far: an answer is shown only if no later check was asked for meanwhile. */
  asked: number;
}

export function createToneCoach(): PageFeature<ToneContext> {
  const coaches = new Map<HTMLTextAreaElement, Coach>();
  let settings: Settings | undefined;
  let context: ToneContext | undefined;
  let listening = false;
  let nudge: { key: string; value: Promise<BalanceNudge | undefined> } | undefined;

  function balanceNudge(): Promise<BalanceNudge | undefined> {
    if (!context?.viewer || !settings?.tone.balanceNudge) return Promise.resolve(undefined);
    if (nudge?.key === context.key) return nudge.value;
    const comments = readViewerComments(document, context.viewer).slice(0, TONE_BALANCE_MAX_COMMENTS);
    const key = context.key;
    const value = askBackground('checkToneBalance', comments).then(async (needed) => {
      if (!needed) return undefined;
      const result = await askBackground('getTips', { surface: 'tone-coach', contexts: ['review-comment'], contextKey: key, count: 1 });
      const tip = result.tips[0];
      if (!tip) return undefined;
      return {
        tip,
        commentCount: comments.length,
        onReact: (type) => void recordReaction({ type, tipId: tip.id, area: tip.area, surface: 'tone-coach', contextKey: key }),
      } satisfies BalanceNudge;
    }).catch(() => undefined);
    nudge = { key, value };
    return value;
  }

  /**
   * The background analyses the draft (utils/tone/check.ts), so this script stays small. Typing is already
   * debounced, and an answer that a newer check has overtaken is dropped.
   */
  function render(field: HTMLTextAreaElement, coach: Coach): void {
    if (!settings) return;
    const text = field.value;
    const asked = ++coach.asked;
    askBackground('checkTone', { text, specifics: wantsSpecifics(settings, context) }).then(
      (check) => {
        if (asked === coach.asked && coach.ui.host.isConnected) safely('tone coach', () => show(field, coach, text, check));
      },
      (error: unknown) => reportQuietly('tone check', error),
    );
  }

  function show(field: HTMLTextAreaElement, coach: Coach, text: string, { findings, prompt }: ToneCheck): void {
    // The prompt is not a tone finding: it never counts, and it shows only when the tone is fine.
    coach.ui.host.dataset.findings = String(findings.length);
    if (prompt) coach.ui.host.dataset.prompt = 'specific-feedback';
    else delete coach.ui.host.dataset.prompt;
    const draw = (balance?: BalanceNudge) =>
      coach.ui.update({
        text,
        findings,
        prompt,
        nudge: balance,
        onRewrite(finding: ToneFinding) {
          // Offsets are into the analysed text: if the draft changed since, re-analyse instead of editing blindly.
          const edit = field.value === text ? rewriteEdit(text, finding) : undefined;
          if (edit) {
            replaceInField(field, edit.start, edit.end, edit.replacement);
            markRewritten(field);
          }
          render(field, coach);
        },
        onLabel(label, decorations) {
          replaceFieldValue(field, applyConventionalLabel(field.value, label, decorations));
          render(field, coach);
        },
      });
    draw();
    void balanceNudge().then((balance) => balance && coach.ui.host.isConnected && draw(balance));
  }

  function coachFor(field: HTMLTextAreaElement): Coach {
    let coach = coaches.get(field);
    if (coach && coach.ui.host.isConnected) return coach;
    const ui = createCoachHost(toneCss);
    ui.setTheme(githubTheme(document, systemPrefersDark(window)));
    field.after(ui.host);
    coach = { ui, composing: false, asked: 0 };
    coaches.set(field, coach);
    return coach;
  }

  const schedule = (field: HTMLTextAreaElement, delay = ANALYSIS_DELAY_MS) => {
    const coach = coachFor(field);
    if (coach.composing) return; // an IME is still composing a character: wait for compositionend
    clearTimeout(coach.timer);
    coach.timer = setTimeout(() => render(field, coach), delay);
  };

  const onInput = safeListener('tone coach', (event: Event) => {
    if (isCommentField(event.target)) schedule(event.target);
  });
  const onFocus = safeListener('tone coach', (event: Event) => {
    if (isCommentField(event.target)) schedule(event.target, 0);
  });
  const onCompositionStart = safeListener('tone coach', (event: Event) => {
    if (isCommentField(event.target)) coachFor(event.target).composing = true;
  });
  const onCompositionEnd = safeListener('tone coach', (event: Event) => {
    if (!isCommentField(event.target)) return;
    coachFor(event.target).composing = false;
    schedule(event.target);
  });
  const LISTENERS: [string, EventListener][] = [
    ['input', onInput],
    ['focusin', onFocus],
    ['compositionstart', onCompositionStart],
    ['compositionend', onCompositionEnd],
  ];

  function removeAll(): void {
    for (const coach of coaches.values()) {
      clearTimeout(coach.timer);
      coach.ui.remove();
    }
    coaches.clear();
  }

  function stopListening(): void {
    if (!listening) return;
    for (const [type, listener] of LISTENERS) document.removeEventListener(type, listener, true);
    listening = false;
  }

  return {
    name: 'tone-coach',
    surface: 'tone-coach',
    update(nextContext, nextSettings) {
      settings = nextSettings;
      if (nextContext?.viewer === undefined) {
        stopListening();
        removeAll();
        context = undefined;
        return;
      }
      if (context?.key !== nextContext?.key) removeAll();
      context = nextContext;
      if (!listening) {
        for (const [type, listener] of LISTENERS) document.addEventListener(type, listener, true);
        listening = true;
      }
      // Settings may have changed (a rule switched off): re-check drafts already coached.
      for (const [field, coach] of coaches) {
        if (field.isConnected) render(field, coach);
        else {
          coach.ui.remove();
          coaches.delete(field);
        }
      }
      // A field that already has focus (the page opened with the cursor in a comment box) gets its coach now.
      if (isCommentField(document.activeElement)) schedule(document.activeElement, 0);
    },
    teardown() {
      stopListening();
      removeAll();
      context = undefined;
    },
  };
}
