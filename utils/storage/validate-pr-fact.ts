import { CONVENTIONAL_LABELS, type ConventionalLabel } from '../tone/conventional-comments';
import { factKey, isPrKey } from '../reviews/facts';
import { isGithubLogin } from '../reviews/logins';
import { PR_SIZES, PR_VIEWER_ROLES, type PrCommentPosted, type PrFact, type PrVisit } from '../reviews/types';
import { checkArray, checkBoolean, checkInteger, checkKnownKeys, checkObject, checkOneOf, checkString, join, Validation } from './validate-core';

const MAX_TIME = 8_640_000_000_000_000;
/** More reviewers than this on one pull request is not a page Leadway read. */
export const PR_REVIEWERS_MAX = 100;
const COUNT_MAX = 1_000_000;
const HOST = /^[a-z\d-]+(?:\.[a-z\d-]+)+(?::\d{1,5})?$/;

function checkPr(v: Validation, value: unknown, path: string): string | undefined {
  if (isPrKey(value)) return value;
  return v.fail(path, `${path} must be a pull request like owner/repo#12`);
}

function checkLogin(v: Validation, value: unknown, path: string): string | undefined {
  if (isGithubLogin(value)) return value.toLowerCase();
  return v.fail(path, `${path} must be a GitHub login`);
}

function checkLogins(v: Validation, value: unknown, path: string): string[] | undefined {
  const list = checkArray(v, value, path, PR_REVIEWERS_MAX);
  if (!list) return undefined;
  const logins = list.map((item, index) => checkLogin(v, item, join(path, index)));
  return logins.every((login) => login !== undefined) ? [...new Set(logins as string[])] : undefined;
}

function checkLabels(v: Validation, value: unknown, path: string): Partial<Record<ConventionalLabel, number>> | undefined {
  const object = checkObject(v, value, path);
  if (!object) return undefined;
  const out: Partial<Record<ConventionalLabel, number>> = {};
  for (const [label, count] of Object.entries(object)) {
    if (!(CONVENTIONAL_LABELS as readonly string[]).includes(label)) {
      v.fail(join(path, label), `${join(path, label)} is not a Conventional Comments label`);
      continue;
    }
    const checked = checkInteger(v, count, join(path, label), 0, COUNT_MAX);
    if (checked !== undefined) out[label as ConventionalLabel] = checked;
  }
  return out;
}

const VISIT_KEYS = ['pr', 'author', 'viewerRole', 'reviewers', 'draft', 'size', 'longThread'] as const;

/** A visit as a GitHub page reports it (any page script could be behind it, so nothing is taken on trust). */
export function checkPrVisit(v: Validation, value: unknown, path: string): PrVisit | undefined {
  const object = checkObject(v, value, path);
  if (!object) return undefined;
  const before = v.total;
  checkKnownKeys(v, object, path, VISIT_KEYS);
  const visit: PrVisit = {
    pr: checkPr(v, object.pr, join(path, 'pr'))!,
    author: checkLogin(v, object.author, join(path, 'author'))!,
    viewerRole: checkOneOf(v, object.viewerRole, join(path, 'viewerRole'), PR_VIEWER_ROLES)!,
    reviewers: checkLogins(v, object.reviewers, join(path, 'reviewers'))!,
    draft: checkBoolean(v, object.draft, join(path, 'draft'))!,
    longThread: checkBoolean(v, object.longThread, join(path, 'longThread'))!,
  };
  if (object.size !== undefined) {
    const size = checkOneOf(v, object.size, join(path, 'size'), PR_SIZES);
    if (size) visit.size = size;
  }
  return v.total === before ? visit : undefined;
}

export function checkPrComment(v: Validation, value: unknown, path: string): PrCommentPosted | undefined {
  const object = checkObject(v, value, path);
  if (!object) return undefined;
  const before = v.total;
  checkKnownKeys(v, object, path, ['visit', 'label', 'rewriteAccepted']);
  const visit = checkPrVisit(v, object.visit, join(path, 'visit'));
  const rewriteAccepted = checkBoolean(v, object.rewriteAccepted, join(path, 'rewriteAccepted'));
  const label = object.label === undefined ? undefined : checkOneOf(v, object.label, join(path, 'label'), CONVENTIONAL_LABELS);
  if (v.total !== before || !visit || rewriteAccepted === undefined) return undefined;
  return { visit, rewriteAccepted, ...(label ? { label } : {}) };
}

const FACT_KEYS = [...VISIT_KEYS, 'key', 'host', 'firstSeenAt', 'lastSeenAt', 'comments', 'labels', 'rewritesAccepted', 'lastCommentAt'] as const;

/** A stored or imported fact: every field checked, and its key must be the one its host and pull request make. */
export function checkPrFact(v: Validation, value: unknown, path: string): PrFact | undefined {
  const object = checkObject(v, value, path);
  if (!object) return undefined;
  const before = v.total;
  checkKnownKeys(v, object, path, FACT_KEYS);
  // The visit's fields are checked by the visit's own rules; unknown keys were already reported above.
  const visitFields = Object.fromEntries(VISIT_KEYS.filter((name) => name in object).map((name) => [name, object[name]]));
  const visit = checkPrVisit(v, visitFields, path);
  const host = checkString(v, object.host, join(path, 'host'), { min: 3, max: 260, pattern: HOST, patternDescription: 'a host like github.com' });
  const fact = {
    ...visit!,
    host: host!,
    key: checkString(v, object.key, join(path, 'key'), { min: 1, max: 600 })!,
    firstSeenAt: checkInteger(v, object.firstSeenAt, join(path, 'firstSeenAt'), 0, MAX_TIME)!,
    lastSeenAt: checkInteger(v, object.lastSeenAt, join(path, 'lastSeenAt'), 0, MAX_TIME)!,
    comments: checkInteger(v, object.comments, join(path, 'comments'), 0, COUNT_MAX)!,
    labels: checkLabels(v, object.labels, join(path, 'labels'))!,
    rewritesAccepted: checkInteger(v, object.rewritesAccepted, join(path, 'rewritesAccepted'), 0, COUNT_MAX)!,
  } as PrFact;
  if (object.lastCommentAt !== undefined) {
    const at = checkInteger(v, object.lastCommentAt, join(path, 'lastCommentAt'), 0, MAX_TIME);
    if (at !== undefined) fact.lastCommentAt = at;
  }
  if (v.total !== before) return undefined;
  if (fact.key !== factKey(fact.host, fact.pr)) return v.fail(join(path, 'key'), `${join(path, 'key')} does not match its host and pull request`);
  return fact;
}
