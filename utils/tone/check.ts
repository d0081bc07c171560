/**
 * The tone coach's questions, answered in the background. The analyzer (rules, word lists, rewrites) is most of the
 * coach's weight, so the page script sends the draft through Leadway's own messaging and gets the findings back:
 * the draft goes from the GitHub tab to Leadway's background in the same browser, and nowhere else.
 */
import { analyzeTone } from './analyze';
import { needsBalanceNudge } from './balance';
import { isBareVerdict, SPECIFIC_FEEDBACK_PROMPT } from './specific-feedback';
import { TONE_BALANCE_MAX_COMMENTS, TONE_DRAFT_MAX_CHARS, type ToneFinding, type ToneOptions } from './types';

export interface ToneCheckRequest {
  /** The draft as typed. */
  text: string;
  /** Whether a bare verdict should get the prompt for specifics here (the page knows whose pull request it is). */
  specifics: boolean;
}

export interface ToneCheck {
  /** Offsets are into `text` of the request. */
  findings: ToneFinding[];
  /** The prompt for specifics, only when the tone is fine and the draft is a bare verdict. Never a tone finding. */
  prompt?: string;
}

export function checkTone(request: ToneCheckRequest, options: ToneOptions): ToneCheck {
  const text = typeof request?.text === 'string' ? request.text.slice(0, TONE_DRAFT_MAX_CHARS) : '';
  const findings = analyzeTone(text, options);
  const prompt = findings.length === 0 && request?.specifics === true && isBareVerdict(text) ? SPECIFIC_FEEDBACK_PROMPT : undefined;
  return prompt ? { findings, prompt } : { findings };
}

/** Has the viewer left several review comments, none of them positive? Odd input counts as no comments. */
export function checkToneBalance(comments: unknown): boolean {
  if (!Array.isArray(comments)) return false;
  return needsBalanceNudge(comments.slice(0, TONE_BALANCE_MAX_COMMENTS).filter((comment): comment is string => typeof comment === 'string'));
}
