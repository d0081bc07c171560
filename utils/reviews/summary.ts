import { lastActivity } from './facts';
import { hasLogin } from './logins';
import type { PrFact } from './types';

/** "Since your last 1:1" when Leadway never saw one with this person. */
export const DEFAULT_SINCE_DAYS = 14;
const DAY_MS = 86_400_000;
/** This many reviews of theirs with no praise at all is worth a prompt of its own. */
export const NO_PRAISE_REVIEWS = 3;
export const MAX_PROMPTS = 2;
/** Each list names at most this many pull requests (newest first); the count says the rest. */
export const MAX_LISTED = 5;

export interface PrMention {
  /** `owner/repo#N` */
  pr: string;
  /** A link to the pull request on its host. */
  url: string;
  longThread: boolean;
  /** For their pull requests: whether the user's comments there included praise. */
  praised?: boolean;
}

export interface ReviewSummary {
  since: number;
  /** Their pull requests the user reviewed or commented on, newest first. */
  theirPrsYouReviewed: PrMention[];
  /** The user's pull requests they reviewed, newest first. */
  yourPrsTheyReviewed: PrMention[];
  /** Pull requests from both lists whose thread ran long. */
  longThreads: PrMention[];
  /** Of their pull requests the user commented on, how many got praise. */
  praise: { commented: number; praised: number };
  /** One or two agenda prompts, most useful first. */
  prompts: string[];
}

export function prUrl(fact: Pick<PrFact, 'host' | 'pr'>): string {
  const [repo, number] = fact.pr.split('#');
  return `https://${fact.host}/${repo}/pull/${number}`;
}

/** Since the previous time the user opened a 1:1 with this person, else two weeks back. */
export function sinceTime(previousOpenedAt: number | undefined, now: number): number {
  return previousOpenedAt !== undefined && previousOpenedAt <= now ? previousOpenedAt : now - DEFAULT_SINCE_DAYS * DAY_MS;
}

function mention(fact: PrFact, praised?: boolean): PrMention {
  return { pr: fact.pr, url: prUrl(fact), longThread: fact.longThread, ...(praised === undefined ? {} : { praised }) };
}

function isTheirs(fact: PrFact, logins: readonly string[]): boolean {
  return hasLogin(logins, fact.host, fact.author);
}

function theyReviewed(fact: PrFact, logins: readonly string[]): boolean {
  return fact.reviewers.some((reviewer) => hasLogin(logins, fact.host, reviewer));
}

/**
 * What happened between the user and this person on GitHub since `since`, from the facts Leadway kept; undefined
 * when there is nothing to say (no logins, or no pull request between them in that time).
 */
export function summarise(facts: readonly PrFact[], logins: readonly string[] | undefined, since: number): ReviewSummary | undefined {
  if (!logins || logins.length === 0) return undefined;
  const recent = facts.filter((fact) => lastActivity(fact) >= since).sort((a, b) => lastActivity(b) - lastActivity(a));
  const theirs = recent.filter((fact) => fact.viewerRole === 'reviewer' && isTheirs(fact, logins));
  const yours = recent.filter((fact) => fact.viewerRole === 'author' && theyReviewed(fact, logins));
  if (theirs.length === 0 && yours.length === 0) return undefined;

  const commented = theirs.filter((fact) => fact.comments > 0);
  const praisedFacts = commented.filter((fact) => (fact.labels.praise ?? 0) > 0);
  const theirMentions = theirs.map((fact) => mention(fact, fact.comments > 0 ? (fact.labels.praise ?? 0) > 0 : undefined));
  const yourMentions = yours.map((fact) => mention(fact));
  const longThreads = [...theirMentions, ...yourMentions].filter((item) => item.longThread);
  const summary: Omit<ReviewSummary, 'prompts'> = {
    since,
    theirPrsYouReviewed: theirMentions,
    yourPrsTheyReviewed: yourMentions,
    longThreads,
    praise: { commented: commented.length, praised: praisedFacts.length },
  };
  return { ...summary, prompts: agendaPromptsFrom(summary) };
}

/** The one or two prompts worth the 1:1's time, in the order a person would raise them. */
export function agendaPromptsFrom(summary: Omit<ReviewSummary, 'prompts'>): string[] {
  const prompts: string[] = [];
  const longThread = summary.longThreads[0];
  if (longThread) {
    prompts.push(`The thread on ${longThread.pr} ran long. Talk it through in person: what is still open, and how did the back-and-forth feel?`);
  }
  const { commented, praised } = summary.praise;
  const unpraised = summary.theirPrsYouReviewed.find((item) => item.praised === false);
  if (commented >= NO_PRAISE_REVIEWS && praised === 0 && unpraised) {
    prompts.push(`Your last ${commented} reviews of their work had no praise. Name something that went well, starting with ${unpraised.pr}.`);
  } else if (praised > 0) {
    const praisedPr = summary.theirPrsYouReviewed.find((item) => item.praised)!;
    prompts.push(`You praised ${praisedPr.pr} in review. Say what made it good, and ask what they would like to do more of.`);
  } else if (unpraised) {
    prompts.push(`Name one thing that went well in ${unpraised.pr}: review comments rarely say it.`);
  }
  const reviewedYours = summary.yourPrsTheyReviewed[0];
  if (reviewedYours) {
    prompts.push(`Thank them for reviewing ${reviewedYours.pr}, and ask what would make your next pull request easier to review.`);
  }
  const reviewedTheirs = summary.theirPrsYouReviewed[0];
  if (reviewedTheirs && prompts.length === 0) {
    prompts.push(`Ask how your review of ${reviewedTheirs.pr} landed, and whether anything in it was unclear.`);
  }
  return prompts.slice(0, MAX_PROMPTS);
}
