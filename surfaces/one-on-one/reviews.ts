import { askBackground, type BackgroundProtocol } from '../../runtime/messaging';
import type { ReviewSummary } from '../../utils/reviews/summary';
import type { Settings } from '../../utils/settings';
import type { OneOnOneView } from './meeting';

/**
 * "Since your last 1:1" for the panel: asked only when the user switched review memory on and knows who the other
 * person is. Opening the panel is what the background counts as opening a 1:1 with them. Never fails the panel.
 */
export async function reviewsFor(view: OneOnOneView, settings: Settings): Promise<ReviewSummary | undefined> {
  if (!settings.reviewMemory) return undefined;
  const person = view.person;
  if (!person) return undefined;
  try {
    const summary = await askBackground('oneOnOneReviews', {
      personId: person.id,
      eventKey: view.event.key,
      ...(view.event.start !== undefined ? { start: view.event.start } : {}),
    });
    return summary ?? undefined;
  } catch (error) {
    console.debug('[Leadway] could not get the reviews since the last 1:1:', error);
    return undefined;
  }
}

type RememberPerson = Parameters<BackgroundProtocol['rememberPerson']>[0];

/** The panel's login form saves through rememberPerson; offered when memory is on and the person has no login. */
export function saveLogins(
  view: OneOnOneView,
  settings: Settings,
  remember: (person: RememberPerson) => Promise<void>,
): ((logins: string[]) => Promise<void>) | undefined {
  if (!settings.reviewMemory) return undefined;
  const person = view.person;
  if (!person || (person.githubLogins?.length ?? 0) > 0) return undefined;
  const { id: _id, ...fields } = person;
  return (logins) => remember({ ...fields, githubLogins: logins });
}

/** What, besides the event, decides the review part of the panel: the option, and the person's logins. */
export function reviewsSignature(view: OneOnOneView, settings: Settings): string {
  if (!settings.reviewMemory) return 'off';
  return (view.person?.githubLogins ?? []).join(',');
}
