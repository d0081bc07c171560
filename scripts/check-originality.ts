/**
 * `npm run check:originality`: no tip, "why" or agenda prompt copies a run of eight words from the seed essay the
 * catalogue's ideas come from. The essay is not part of the repository (it sits in the project's shared folder), so
 * this is its own check rather than part of `npm test`; CI runs it whenever the folder is there.
 */
import { readFileSync } from 'node:fs';
import { CATALOGUE } from '../utils/tips/catalogue';
import { agendaPrompts } from '../utils/tips/catalogue/agenda';
import { RELATIONSHIPS } from '../utils/settings';
import { copiedRuns, sourceRuns, words } from './checks/originality';
import { requireShared } from './checks/shared-folder';

const SEED = 'seed/the-path-to-technical-leadership.md';
const seedText = readFileSync(requireShared(SEED, 'The originality check'), 'utf8');

const failures: string[] = [];
if (words(seedText).length < 1000) failures.push(`${SEED} is too short to be the seed essay: is it the right file?`);

const seed = sourceRuns(seedText);
const texts: Array<[where: string, text: string]> = [
  ...CATALOGUE.flatMap((tip): Array<[string, string]> => [
    [`${tip.id} title`, tip.title],
    [`${tip.id} body`, tip.body],
    [`${tip.id} why`, tip.why],
  ]),
  ...[...RELATIONSHIPS, undefined].flatMap((relationship) =>
    agendaPrompts(relationship).map((prompt): [string, string] => [`agenda prompt (${relationship ?? 'any'})`, prompt]),
  ),
];
for (const [where, text] of texts) {
  for (const run of copiedRuns(text, seed)) failures.push(`${where}: "${run}"`);
}

if (failures.length > 0) {
  console.error(`Originality check failed: ${failures.length} run(s) of eight words also appear in ${SEED}:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`Originality check passed: ${texts.length} texts, none shares a run of eight words with ${SEED}.`);
