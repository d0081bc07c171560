import type { PrContext } from './context';

/** A few words on what the user is doing, shown above the tip and in the popup. */
export function prContextLabel(context: PrContext): string {
  if (context.tab === 'compare') return 'Opening a pull request';
  const own = context.viewerRole === 'author';
  if (context.state === 'merged') return own ? 'Your merged pull request' : 'A merged pull request';
  if (context.state === 'closed') return own ? 'Your closed pull request' : 'A closed pull request';
  if (own) {
    if (context.state === 'draft') return 'Your draft pull request';
    return 'Your pull request';
  }
  const newcomer = context.authorAssociation === 'first-time-contributor' || context.authorAssociation === 'first-timer';
  if (newcomer) return "Reviewing a first-time contributor's pull request";
  if (context.viewerRole === 'requested-reviewer') return 'Your review was requested';
  return 'Reviewing a pull request';
}
