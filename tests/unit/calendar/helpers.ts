/** Shared helpers for the calendar tests. */
import { readCalendarFixture } from '../../fixtures/calendar';

/** A fixture parsed the way a content script sees the served page before its scripts change anything. */
export function fixtureDocument(file: string): Document {
  return new DOMParser().parseFromString(readCalendarFixture(file), 'text/html');
}

/** Epoch ms -> local "YYYY-MM-DDTHH:mm", the form fixture expectations use. */
export function localIso(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined;
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A small seeded random number generator, so "random" robustness tests are repeatable. */
export { seededRandom } from '../../../utils/random';
