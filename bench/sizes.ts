/**
 * What the content scripts cost a page to load: gzip -9 size of each file, and per site the sum of the files the
 * manifest injects there. A GitHub page gets every script the manifest matches on github.com, which leaves out the
 * tone coach (injected on first focus of a comment box); a calendar page gets the script of one calendar, which
 * leaves out the 1:1 panel's (injected when a 1:1 is first opened), so `calendar` is the larger of Google
 * Calendar's and Outlook's. The on-demand scripts are in `files`, each against the same budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tests/harness';

export interface ContentScriptSizes {
  /** gzip -9 bytes per file in content-scripts/, by base name. */
  files: Record<string, number>;
  /** Bytes a page of each site loads: `github` and `calendar`. */
  sites: { github: number; calendar: number };
}

interface ManifestEntry {
  matches: string[];
  js?: string[];
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function contentScriptSizes(extensionDir = EXTENSION_DIR): ContentScriptSizes {
  const dir = join(extensionDir, 'content-scripts');
  if (!existsSync(dir)) throw new Error(`No content scripts at ${dir}: build the extension first.`);
  const files: Record<string, number> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) files[basename(file, '.js')] = gzipBytes(join(dir, file));

  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: ManifestEntry[] };
  const bytesFor = (host: RegExp) =>
    (manifest.content_scripts ?? [])
      .filter((entry) => entry.matches.some((pattern) => host.test(pattern)))
      .flatMap((entry) => entry.js ?? [])
      .reduce((sum, js) => sum + gzipBytes(join(extensionDir, js)), 0);
  return {
    files,
    sites: {
      github: bytesFor(/^https:\/\/github\.com\//),
      calendar: Math.max(bytesFor(/^https:\/\/calendar\.google\.com\//), bytesFor(/^https:\/\/outlook\.(office|office365|live)\.com\//)),
    },
  };
}
