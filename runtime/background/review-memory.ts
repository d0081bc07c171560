import type { BackgroundProtocol } from '../messaging';
import type { Settings } from '../../utils/settings';
import type { LeadwayStore } from '../../utils/storage/store';
import { invalid } from '../../utils/storage/errors';
import { personWithLogin } from '../../utils/reviews/logins';
import { sinceTime, summarise, type ReviewSummary } from '../../utils/reviews/summary';
import { isUpcoming } from '../../utils/reviews/upcoming';
import type { PrCommentPosted, PrFact, PrVisit } from '../../utils/reviews/types';
import type { ContentCaller } from './message-gate';

/**
 * The background's side of review memory. Nothing is written unless the user switched it on; the host comes from
 * the sender the browser names, and every time from the background's clock, so a page cannot file facts under
 * another server or date.
 */
export interface ReviewMemoryDeps {
  store: LeadwayStore;
  now: () => number;
}

type Data<K extends keyof BackgroundProtocol> = Parameters<BackgroundProtocol[K]>[0];

/** `https://github.example.com` → `github.example.com` */
export function hostOf(caller: Pick<ContentCaller, 'origin'>): string {
  return new URL(caller.origin).host.toLowerCase();
}

export function createReviewMemory({ store, now }: ReviewMemoryDeps) {
  const enabled = async (): Promise<Settings | undefined> => {
    const settings = await store.getSettings();
    return settings.reviewMemory ? settings : undefined;
  };

  return {
    /** Sender-bound: a GitHub page the user is on. */
    async recordPrVisit(visit: PrVisit, caller: ContentCaller): Promise<PrFact | null> {
      if (!(await enabled())) return null;
      return store.recordPrVisit(hostOf(caller), visit, now());
    },
    /** Sender-bound: the user posted a comment or review on that page. */
    async recordPrComment(posted: PrCommentPosted, caller: ContentCaller): Promise<PrFact | null> {
      if (!(await enabled())) return null;
      return store.recordPrComment(hostOf(caller), posted, now());
    },
    handlers: {
      listPrFacts: (): Promise<PrFact[]> => store.listPrFacts(now()),
      deletePrFacts: (key: Data<'deletePrFacts'>): Promise<number> => store.deletePrFacts(key ?? undefined),
      /**
       * A calendar panel opened a 1:1 with this person: note the opening, and say what happened between them on
       * GitHub since the one before. Null when review memory is off or there is nothing to say.
       */
      async oneOnOneReviews(request: Data<'oneOnOneReviews'>): Promise<ReviewSummary | null> {
        const settings = await enabled();
        if (!settings) return null;
        const person = settings.people.find((candidate) => candidate.id === request?.personId);
        if (!person || typeof request.eventKey !== 'string' || request.eventKey === '') throw invalid('This 1:1 names nobody Leadway knows.');
        const start = typeof request.start === 'number' && Number.isFinite(request.start) ? request.start : undefined;
        const at = now();
        const memory = await store.noteOneOnOneOpened(person.id, request.eventKey, at, start);
        if (!person.githubLogins?.length) return null;
        const facts = await store.listPrFacts(at);
        return summarise(facts, person.githubLogins, sinceTime(memory.previousOpenedAt, at)) ?? null;
      },
      /** The popup on a pull request: the author's next 1:1 with the user in the coming week, if Leadway saw one. */
      async upcomingOneOnOne(request: Data<'upcomingOneOnOne'>): Promise<{ name: string; start: number } | null> {
        const settings = await enabled();
        if (!settings || typeof request?.login !== 'string' || typeof request.host !== 'string') return null;
        const person = personWithLogin(settings.people, request.host, request.login);
        if (!person) return null;
        const memory = (await store.listOneOnOneMemory()).find((entry) => entry.personId === person.id);
        const at = now();
        return memory?.nextStart !== undefined && isUpcoming(memory.nextStart, at) ? { name: person.name, start: memory.nextStart } : null;
      },
    },
  };
}
