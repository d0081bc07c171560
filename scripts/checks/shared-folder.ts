/**
 * Where the checks that need material from outside the repository find it. This project's CI has a `shared` folder
 * beside the clone (../shared); a user's clone has none, so `npm test` never reads it and these checks say what they
 * need instead of failing mysteriously.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `LEADWAY_SHARED` when set, else the folder beside the clone. */
export function sharedFolder(): string {
  return process.env.LEADWAY_SHARED ? resolve(process.env.LEADWAY_SHARED) : resolve(REPO_ROOT, '../shared');
}

/**
 * The path of `relative` inside the shared folder, or exit with status 2 and a message saying what the check needs.
 * Status 2 is "could not run", distinct from 1, "ran and failed".
 */
export function requireShared(relative: string, check: string): string {
  const path = resolve(sharedFolder(), relative);
  if (existsSync(path)) return path;
  console.error(
    `${check} needs ${relative} from the project's shared folder, looked for at ${path}.\n` +
      `It is beside the clone in this project's CI (../shared). Point LEADWAY_SHARED at a copy to run it elsewhere.\n` +
      `npm test does not need it.`,
  );
  process.exit(2);
}
