import { CLIENT_ID_PATTERN, REACTIONS, type HistoryEvent } from '../history';
import { AREAS } from '../tips/areas';
import { SURFACES } from '../tips/types';
import { checkInteger, checkKnownKeys, checkObject, checkOneOf, checkString, join, Validation } from './validate-core';

/** Latest time a Date can hold; anything later is not a real moment. */
const MAX_TIME = 8_640_000_000_000_000;

export const EVENT_LIMITS = { tipIdMax: 200, contextKeyMax: 1000 } as const;

const EVENT_KEYS = ['id', 'type', 'tipId', 'area', 'surface', 'contextKey', 'at', 'clientId'] as const;

/**
 * Checks one history event. `id` is kept when `withId` is true (imports keep their ids) and ignored otherwise
 * (the store assigns ids to new events).
 */
export function checkEvent(v: Validation, value: unknown, path: string, withId: boolean): HistoryEvent | undefined {
  const object = checkObject(v, value, path);
  if (!object) return undefined;
  const before = v.total;
  checkKnownKeys(v, object, path, EVENT_KEYS);
  const event: HistoryEvent = {
    type: checkOneOf(v, object.type, join(path, 'type'), REACTIONS)!,
    tipId: checkString(v, object.tipId, join(path, 'tipId'), { min: 1, max: EVENT_LIMITS.tipIdMax })!,
    area: checkOneOf(v, object.area, join(path, 'area'), AREAS)!,
    surface: checkOneOf(v, object.surface, join(path, 'surface'), SURFACES)!,
    contextKey: checkString(v, object.contextKey, join(path, 'contextKey'), { min: 0, max: EVENT_LIMITS.contextKeyMax })!,
    at: checkInteger(v, object.at, join(path, 'at'), 0, MAX_TIME)!,
  };
  if (object.clientId !== undefined) {
    const clientId = checkString(v, object.clientId, join(path, 'clientId'), {
      min: 8,
      max: 64,
      pattern: CLIENT_ID_PATTERN,
      patternDescription: 'letters, digits and dashes',
    });
    if (clientId !== undefined) event.clientId = clientId;
  }
  if (withId && object.id !== undefined) {
    const id = checkInteger(v, object.id, join(path, 'id'), 1, Number.MAX_SAFE_INTEGER);
    if (id !== undefined) event.id = id;
  }
  return v.total === before ? event : undefined;
}
