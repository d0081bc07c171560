import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm test` must pass on a user's clone, which has no ../shared beside it. Only the `check:*` scripts may read that
 * folder (through scripts/checks/shared-folder.ts); `.ci/run` also runs the unit suite from a clone placed where no
 * ../shared exists. This is the quick guard that fails as soon as someone points a test at the folder again.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED_REFERENCE = /(?:\.\.\/)+shared\b|LEADWAY_SHARED|shared-folder/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|mts|mjs|js)$/.test(name) ? [path] : [];
  });
}

test('nothing that npm test runs reads the shared folder', () => {
  const thisFile = fileURLToPath(import.meta.url);
  const testTree = [...files(join(ROOT, 'tests')), join(ROOT, 'vitest.config.ts'), join(ROOT, 'vitest.e2e.config.ts')];
  const offenders = testTree
    .filter((path) => path !== thisFile && SHARED_REFERENCE.test(readFileSync(path, 'utf8')))
    .map((path) => relative(ROOT, path));
  expect(offenders).toEqual([]);
});

test('npm test runs no check that needs the shared folder', () => {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const reachable = new Set<string>();
  const visit = (name: string): void => {
    if (reachable.has(name) || !scripts[name]) return;
    reachable.add(name);
    for (const match of scripts[name].matchAll(/npm run ([\w:-]+)/g)) visit(match[1]!);
  };
  visit('test');
  expect([...reachable].filter((name) => name.startsWith('check:'))).toEqual([]);
  expect(reachable.has('test:unit')).toBe(true);
});
