import type { IDBPTransaction } from 'idb';
import { applyComment, applyVisit, factKey, lastActivity, MAX_PR_FACTS, PR_FACT_RETENTION_MS } from '../reviews/facts';
import { afterOpening, type OneOnOneMemory } from '../reviews/one-on-one-memory';
import type { PrCommentPosted, PrFact, PrVisit } from '../reviews/types';
import { observed } from './requests';
import type { LeadwayDB, LeadwayStoreName } from './schema';
import { Validation } from './validate-core';
import { checkPrFact } from './validate-pr-fact';

/** The review-memory half of the store, as functions over the caller's transaction (LeadwayStore runs them). */
type Tx<M extends IDBTransactionMode> = IDBPTransaction<LeadwayDB, LeadwayStoreName[], M>;

/**
 * Drops facts untouched for 90 days, and the least recent beyond MAX_PR_FACTS; returns how many went. One record
 * per pull request, so a full read stays small.
 */
export async function pruneFacts(tx: Tx<'readwrite'>, now: number, retentionMs = PR_FACT_RETENTION_MS): Promise<number> {
  const store = tx.objectStore('prFacts');
  const facts = (await observed(store.getAll())) as unknown[];
  const kept: PrFact[] = [];
  const expired: unknown[] = [];
  for (const value of facts) {
    const checked = checkPrFact(new Validation('drop'), value, 'fact');
    // A damaged record cannot be shown or summarised: it goes with the old ones.
    if (!checked || lastActivity(checked) < now - retentionMs) expired.push(value);
    else kept.push(checked);
  }
  kept.sort((a, b) => lastActivity(b) - lastActivity(a));
  // Room for the one about to be written.
  expired.push(...kept.slice(MAX_PR_FACTS - 1));
  await Promise.all(expired.map((fact) => observed(store.delete((fact as { key: IDBValidKey }).key as string))));
  return expired.length;
}

export async function putVisit(tx: Tx<'readwrite'>, host: string, visit: PrVisit, now: number): Promise<PrFact> {
  const store = tx.objectStore('prFacts');
  const existing = await readFact(tx, factKey(host, visit.pr));
  const fact = applyVisit(existing, host, visit, now);
  await observed(store.put(fact));
  return fact;
}

export async function putComment(tx: Tx<'readwrite'>, host: string, posted: PrCommentPosted, now: number): Promise<PrFact> {
  const existing = await readFact(tx, factKey(host, posted.visit.pr));
  const fact = applyComment(existing, host, posted, now);
  await observed(tx.objectStore('prFacts').put(fact));
  return fact;
}

async function readFact(tx: Tx<IDBTransactionMode>, key: string): Promise<PrFact | undefined> {
  const stored: unknown = await observed(tx.objectStore('prFacts').get(key));
  return stored === undefined ? undefined : checkPrFact(new Validation('drop'), stored, 'fact');
}

/** Every kept fact still within retention, most recent activity first; damaged records are left out. */
export async function readFacts(tx: Tx<IDBTransactionMode>, now: number, retentionMs = PR_FACT_RETENTION_MS): Promise<PrFact[]> {
  const stored = (await observed(tx.objectStore('prFacts').getAll())) as unknown[];
  const facts: PrFact[] = [];
  for (const value of stored) {
    const fact = checkPrFact(new Validation('drop'), value, 'fact');
    if (fact && lastActivity(fact) >= now - retentionMs) facts.push(fact);
  }
  return facts.sort((a, b) => lastActivity(b) - lastActivity(a));
}

export async function openedOneOnOne(
  tx: Tx<'readwrite'>,
  personId: string,
  eventKey: string,
  now: number,
  start: number | undefined,
): Promise<OneOnOneMemory> {
  const store = tx.objectStore('oneOnOneMemory');
  const existing = (await observed(store.get(personId))) as OneOnOneMemory | undefined;
  const next = afterOpening(existing, personId, eventKey, now, start);
  await observed(store.put(next));
  return next;
}
