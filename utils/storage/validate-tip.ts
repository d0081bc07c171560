import { AREAS } from '../tips/areas';
import { TIP_BODY_MAX, TIP_CONTEXTS, USER_ROLES, type Tip, type TipContext, type UserRole } from '../tips/types';
import {
  checkArray,
  checkKnownKeys,
  checkObject,
  checkOneOf,
  checkString,
  join,
  preview,
  Validation,
} from './validate-core';

export const CUSTOM_TIP_PREFIX = 'custom-';

export const CUSTOM_TIP_LIMITS = {
  idMax: 100,
  titleMax: 80,
  bodyMax: TIP_BODY_MAX,
  whyMax: 140,
  maxTips: 1000,
} as const;

const TIP_KEYS = ['id', 'area', 'title', 'body', 'why', 'contexts', 'roles', 'custom'] as const;
const ID_PATTERN = /^custom-[A-Za-z0-9_-]+$/;

function checkTipId(v: Validation, value: unknown, path: string): string | undefined {
  if (typeof value === 'string' && !value.startsWith(CUSTOM_TIP_PREFIX)) {
    return v.fail(path, `${path} must start with "${CUSTOM_TIP_PREFIX}" (found ${preview(value)})`);
  }
  return checkString(v, value, path, {
    min: CUSTOM_TIP_PREFIX.length + 1,
    max: CUSTOM_TIP_LIMITS.idMax,
    pattern: ID_PATTERN,
    patternDescription: `"${CUSTOM_TIP_PREFIX}" followed by letters, digits, "-" or "_"`,
  });
}

function checkList<T extends string>(
  v: Validation,
  value: unknown,
  path: string,
  options: readonly T[],
  allowEmpty: boolean,
): T[] | undefined {
  const list = checkArray(v, value, path, options.length * 4);
  if (!list) return undefined;
  if (!allowEmpty && list.length === 0) return v.fail(path, `${path} must name at least one of ${options.join(', ')}`);
  const seen = new Set<T>();
  let ok = true;
  list.forEach((item, index) => {
    const known = checkOneOf(v, item, join(path, index), options);
    if (known === undefined) ok = false;
    else seen.add(known);
  });
  return ok ? [...seen] : undefined;
}

/** Checks a tip the user wrote. Texts come back trimmed; `custom` is always true. */
export function checkCustomTip(v: Validation, value: unknown, path: string): Tip | undefined {
  const object = checkObject(v, value, path);
  if (!object) return undefined;
  const before = v.total;
  checkKnownKeys(v, object, path, TIP_KEYS);
  const tip: Tip = {
    id: checkTipId(v, object.id, join(path, 'id'))!,
    area: checkOneOf(v, object.area, join(path, 'area'), AREAS)!,
    title: checkString(v, object.title, join(path, 'title'), { min: 1, max: CUSTOM_TIP_LIMITS.titleMax, trim: true })!,
    body: checkString(v, object.body, join(path, 'body'), { min: 1, max: CUSTOM_TIP_LIMITS.bodyMax, trim: true })!,
    why: checkString(v, object.why ?? '', join(path, 'why'), { min: 0, max: CUSTOM_TIP_LIMITS.whyMax, trim: true })!,
    contexts: checkList<TipContext>(v, object.contexts, join(path, 'contexts'), TIP_CONTEXTS, false)!,
    custom: true,
  };
  if (object.roles !== undefined) {
    const roles = checkList<UserRole>(v, object.roles, join(path, 'roles'), USER_ROLES, true);
    // An empty list would hide the tip from everyone; absent means "every role", which is what people mean.
    if (roles && roles.length > 0) tip.roles = roles;
  }
  if (object.custom !== undefined && object.custom !== true) {
    v.fail(join(path, 'custom'), `${join(path, 'custom')} must be true for a tip you wrote`);
  }
  return v.total === before ? tip : undefined;
}
