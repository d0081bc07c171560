import { isArea, type Area } from '../../utils/tips/areas';
import { TIP_CONTEXTS, type Tip, type TipContext, type UserRole } from '../../utils/tips/types';
import { CUSTOM_TIP_LIMITS, CUSTOM_TIP_PREFIX } from '../../utils/storage/validate-tip';
import { randomId } from '../../utils/ids';

/** What the custom-tip form holds while the user types. */
export interface TipDraft {
  id?: string;
  title: string;
  body: string;
  why: string;
  area: Area | '';
  contexts: TipContext[];
  roles: UserRole[];
}

export type TipDraftErrors = Partial<Record<'title' | 'body' | 'why' | 'area' | 'contexts', string>>;

export function emptyDraft(): TipDraft {
  return { title: '', body: '', why: '', area: '', contexts: ['anywhere'], roles: [] };
}

export function draftFromTip(tip: Tip): TipDraft {
  return { id: tip.id, title: tip.title, body: tip.body, why: tip.why, area: tip.area, contexts: [...tip.contexts], roles: [...(tip.roles ?? [])] };
}

/** Checks a draft against the same limits the store enforces, with messages written for the form. */
export function validateDraft(draft: TipDraft): { ok: true; tip: Tip } | { ok: false; errors: TipDraftErrors } {
  const errors: TipDraftErrors = {};
  const title = draft.title.trim();
  const body = draft.body.trim();
  const why = draft.why.trim();
  if (title === '') errors.title = 'Give the tip a short title.';
  else if (title.length > CUSTOM_TIP_LIMITS.titleMax) errors.title = `Shorten the title to ${CUSTOM_TIP_LIMITS.titleMax} characters or fewer (now ${title.length}).`;
  if (body === '') errors.body = 'Say what to do.';
  else if (body.length > CUSTOM_TIP_LIMITS.bodyMax) errors.body = `Shorten this to ${CUSTOM_TIP_LIMITS.bodyMax} characters or fewer (now ${body.length}).`;
  // The store accepts an empty "why", but the tip card always has a "Why it matters" line: ask for one.
  if (why === '') errors.why = 'Add one line on why it matters.';
  else if (why.length > CUSTOM_TIP_LIMITS.whyMax) errors.why = `Shorten this to ${CUSTOM_TIP_LIMITS.whyMax} characters or fewer (now ${why.length}).`;
  if (!isArea(draft.area)) errors.area = 'Choose the area this tip belongs to.';
  const contexts = TIP_CONTEXTS.filter((context) => draft.contexts.includes(context));
  if (contexts.length === 0) errors.contexts = 'Choose at least one moment for the tip.';
  if (Object.keys(errors).length > 0 || !isArea(draft.area)) return { ok: false, errors };
  const tip: Tip = {
    id: draft.id ?? randomId(CUSTOM_TIP_PREFIX),
    area: draft.area,
    title,
    body,
    why,
    contexts,
    custom: true,
  };
  if (draft.roles.length > 0) tip.roles = [...draft.roles];
  return { ok: true, tip };
}
