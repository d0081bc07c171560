import type { Person, Relationship } from '../../utils/settings';
import type { OneOnOneView } from './meeting';

/** The Person to save when the user says who the other person is; undefined when the page gives no name or email. */
export function personToRemember(view: OneOnOneView, relationship: Relationship, id: string): Person | undefined {
  const name = view.counterpartName;
  if (!name) return undefined;
  const email = view.counterpart?.email?.trim();
  return { id, name, ...(email ? { email } : {}), relationship };
}
