/**
 * The layers point one way, and this is where that is enforced: every import in the shipped source is read (with
 * the TypeScript parser, so comments and strings do not count) and checked against the rules below.
 *
 *   utils/              domain logic: imports only utils/, no Preact, no browser API objects, no DOM at module top level
 *   runtime/*.ts        the glue every context shares (messaging, site access): utils/ and runtime/*.ts
 *   runtime/page/       content-script runtime: the above and runtime/page/
 *   runtime/background/ background runtime: the above and runtime/background/
 *   components/         shared UI: utils/, runtime/*.ts, components/
 *   surfaces/           one folder per page surface: all of the above except runtime/background/; a surface's
 *                       folder does not reach into another's (surfaces/sites/ puts them together)
 *   entrypoints/        anything
 *
 * And no file imports itself back through a circle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '../../..'));
const SOURCE_DIRS = ['utils', 'runtime', 'components', 'surfaces', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Import {
  from: string;
  /** The imported file, relative to the root, or the package name. */
  target: string;
  typeOnly: boolean;
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const FILES = SOURCE_DIRS.flatMap(sourceFiles);
const KNOWN = new Set(FILES);

function resolveSpecifier(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = normalize(join(dirname(from), specifier.replace(/\?.*$/, '')));
  for (const extension of EXTENSIONS) if (KNOWN.has(base + extension)) return base + extension;
  return base; // CSS and other assets
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

function importsOf(file: string, source: ts.SourceFile): Import[] {
  const found: Import[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteral(specifier)) found.push({ from: file, target: resolveSpecifier(file, specifier.text), typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause?.isTypeOnly ||
        (!!clause && !clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly));
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const PARSED = new Map(FILES.map((file) => [file, parse(file)] as const));
const IMPORTS = FILES.flatMap((file) => importsOf(file, PARSED.get(file)!));

type Layer = 'utils' | 'runtime-shared' | 'runtime-page' | 'runtime-background' | 'components' | 'surfaces' | 'entrypoints';

function layerOf(file: string): Layer | undefined {
  if (file.startsWith('utils/')) return 'utils';
  if (file.startsWith('runtime/page/')) return 'runtime-page';
  if (file.startsWith('runtime/background/')) return 'runtime-background';
  if (file.startsWith('runtime/')) return 'runtime-shared';
  if (file.startsWith('components/')) return 'components';
  if (file.startsWith('surfaces/')) return 'surfaces';
  if (file.startsWith('entrypoints/')) return 'entrypoints';
  return undefined;
}

const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  utils: ['utils'],
  'runtime-shared': ['utils', 'runtime-shared'],
  'runtime-page': ['utils', 'runtime-shared', 'runtime-page'],
  'runtime-background': ['utils', 'runtime-shared', 'runtime-background'],
  components: ['utils', 'runtime-shared', 'components'],
  surfaces: ['utils', 'runtime-shared', 'runtime-page', 'components', 'surfaces'],
  entrypoints: ['utils', 'runtime-shared', 'runtime-page', 'runtime-background', 'components', 'surfaces', 'entrypoints'],
};

/** Packages that bring a UI framework or the browser's extension API objects: not for the domain layer. */
const NOT_IN_UTILS = /^(preact|@preact\/|wxt\/browser$|@webext-core\/|webextension-polyfill$)/;

/** The surface folder a file is in (surfaces/sites/ composes surfaces, so it has none). */
const surfaceFolder = (file: string) => /^surfaces\/(?!sites\/)([^/]+)\//.exec(file)?.[1];

export function layerViolations(imports: readonly Import[]): string[] {
  const problems: string[] = [];
  for (const { from, target, typeOnly } of imports) {
    const fromLayer = layerOf(from);
    if (!fromLayer) continue;
    if (!target.includes('/') || !SOURCE_DIRS.some((dir) => target.startsWith(`${dir}/`))) {
      if (fromLayer === 'utils' && NOT_IN_UTILS.test(target) && !typeOnly) problems.push(`${from} imports the package ${target}`);
      continue;
    }
    const toLayer = layerOf(target);
    if (toLayer && !MAY_IMPORT[fromLayer].includes(toLayer)) problems.push(`${from} (${fromLayer}) imports ${target} (${toLayer})`);
    const [a, b] = [surfaceFolder(from), surfaceFolder(target)];
    if (a && b && a !== b) problems.push(`${from} reaches into another surface: ${target}`);
  }
  return problems;
}

/** Every circle in the import graph, each reported once by the files in it. */
export function circles(imports: readonly Import[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { from, target } of imports) if (KNOWN.has(target)) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(target);
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const circle = stack.slice(stack.indexOf(next));
        found.set([...circle].sort().join(' '), circle);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of FILES) if (!state.has(file)) visit(file);
  return [...found.values()];
}

/** Browser globals that mean "this runs in a page" when touched while a module loads. */
const PAGE_GLOBALS = new Set(['document', 'window', 'navigator', 'location', 'localStorage', 'sessionStorage', 'customElements', 'getComputedStyle', 'MutationObserver', 'matchMedia']);

/** Uses of page globals in a module's top-level code (outside any function body). */
export function topLevelPageGlobals(source: ts.SourceFile): string[] {
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node) || ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isIdentifier(node) && PAGE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isPropertyName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isPropertyName) uses.push(`${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) if (!ts.isImportDeclaration(statement)) visit(statement);
  return uses;
}

test('every import points down the layers (or sideways within one)', () => {
  expect(layerViolations(IMPORTS)).toEqual([]);
});

test('no circles: no file imports itself back', () => {
  expect(circles(IMPORTS)).toEqual([]);
});

test('utils/ touches no page at module load', () => {
  const uses = FILES.filter((file) => file.startsWith('utils/')).flatMap((file) => topLevelPageGlobals(PARSED.get(file)!));
  expect(uses).toEqual([]);
});

describe('the checks catch what they are for', () => {
  // Each rule fails on a broken import, so a green run means the rules were applied, not skipped.
  test('an upward import, a UI framework in utils and a reach into another surface are all found', () => {
    const broken: Import[] = [
      { from: 'utils/tips/select.ts', target: 'runtime/messaging.ts', typeOnly: true },
      { from: 'components/TipCard.tsx', target: 'surfaces/pr-hint/view.tsx', typeOnly: false },
      { from: 'runtime/page/loop.ts', target: 'runtime/background/handlers.ts', typeOnly: false },
      { from: 'utils/growth.ts', target: 'preact', typeOnly: false },
      { from: 'surfaces/tone-coach/view.ts', target: 'surfaces/pr-hint/view.tsx', typeOnly: false },
    ];
    expect(layerViolations(broken)).toHaveLength(5);
    expect(layerViolations([{ from: 'surfaces/sites/github.ts', target: 'surfaces/pr-hint/controller.tsx', typeOnly: false }])).toEqual([]);
  });

  test('a circle of two files is found', () => {
    const [a, b] = ['utils/settings.ts', 'utils/tips/types.ts'];
    expect(circles([{ from: a, target: b, typeOnly: false }, { from: b, target: a, typeOnly: false }])).toHaveLength(1);
  });

  test('a page global at module top level is found, one inside a function is not', () => {
    const source = ts.createSourceFile(
      'utils/example.ts',
      'const dark = window.matchMedia("x");\nexport function later() { return document.title; }\nconst o = { document: 1 };',
      ts.ScriptTarget.Latest,
      true,
    );
    expect(topLevelPageGlobals(source)).toEqual(['utils/example.ts:1 window']);
  });
});

test('the source tree is the one these rules describe', () => {
  expect(FILES.length).toBeGreaterThan(100);
  for (const dir of SOURCE_DIRS) expect(FILES.some((file) => file.startsWith(`${dir}/`)), dir).toBe(true);
});
