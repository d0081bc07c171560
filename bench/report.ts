/** The bench's budgets and its printed table. Pure: takes the figures, returns text. */

export interface Budget {
  key: string;
  label: string;
  unit: string;
  limit: number;
}

export const BUDGETS: readonly Budget[] = [
  { key: 'leadwayCpuPercent', label: 'Large PR page: Leadway’s share of main-thread time (CPU profile, median)', unit: '%', limit: 5 },
  // The cross-check: two loads compared, so it swings with the machine (0.85–1.21 between back-to-back pairs).
  { key: 'pageOverheadRatio', label: 'Large PR page CPU, with / without Leadway (cross-check)', unit: '×', limit: Number.POSITIVE_INFINITY },
  { key: 'hintVisibleMs', label: 'Page load event → PR hint visible (median)', unit: 'ms', limit: 300 },
  { key: 'hintFromNavigationStartMs', label: 'Navigation start → PR hint visible (median)', unit: 'ms', limit: Number.POSITIVE_INFINITY },
  { key: 'toneUsPerComment', label: 'Tone analysis per comment (median)', unit: 'µs', limit: 50 },
  { key: 'historyStats100kMs', label: 'Growth view query, 100k events (median)', unit: 'ms', limit: 50 },
  { key: 'historyWriteMs', label: 'One history write round trip (median)', unit: 'ms', limit: Number.POSITIVE_INFINITY },
  { key: 'popupFirstPaintMs', label: 'Popup first paint from the toolbar, warm (median)', unit: 'ms', limit: 100 },
];

export const CONTENT_SCRIPT_GZIP_LIMIT = 22 * 1024;

export interface Row {
  what: string;
  value: string;
  budget: string;
  verdict: 'PASS' | 'OVER' | '—' | 'n/a';
  note?: string;
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = unit === '×' ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0;
  if (unit === '×') return `${value.toFixed(digits)}×`;
  return unit === '%' ? `${value.toFixed(digits)} %` : `${value.toFixed(digits)} ${unit}`;
}

export function verdict(value: number, limit: number): Row['verdict'] {
  if (!Number.isFinite(limit)) return '—';
  if (!Number.isFinite(value)) return 'n/a';
  return value <= limit ? 'PASS' : 'OVER';
}

export function rows(results: Record<string, unknown>, notes: Record<string, string> = {}, files: Record<string, number> = {}): Row[] {
  const out: Row[] = [];
  for (const budget of BUDGETS) {
    const value = typeof results[budget.key] === 'number' ? (results[budget.key] as number) : Number.NaN;
    out.push({
      what: `${budget.label} (${budget.key})`,
      value: format(value, budget.unit),
      budget: Number.isFinite(budget.limit) ? `≤ ${format(budget.limit, budget.unit)}` : 'report only',
      verdict: verdict(value, budget.limit),
      ...(notes[budget.key] ? { note: notes[budget.key] } : {}),
    });
  }
  // The budget is per content script file; the per-site totals (what one page loads) are reported beside them.
  for (const [name, bytes] of Object.entries(files)) {
    out.push({
      what: `Content script ${name}.js, gzip -9 (contentScriptGzipBytes.${name})`,
      value: `${(bytes / 1024).toFixed(1)} KB`,
      budget: `≤ ${CONTENT_SCRIPT_GZIP_LIMIT / 1024} KB`,
      verdict: verdict(bytes, CONTENT_SCRIPT_GZIP_LIMIT),
    });
  }
  const sites = (results.contentScriptGzipBytesPerPage ?? {}) as Record<string, number>;
  for (const [site, bytes] of Object.entries(sites)) {
    out.push({
      what: `All content scripts on a ${site} page (contentScriptGzipBytesPerPage.${site})`,
      value: `${(bytes / 1024).toFixed(1)} KB`,
      budget: 'report only',
      verdict: '—',
    });
  }
  return out;
}

/** A plain-text table that reads well in a terminal and pastes into Markdown as a code block. */
export function table(list: readonly Row[]): string {
  const header = ['Measure', 'Result', 'Budget', ''];
  const cells = list.map((row) => [row.what, row.value, row.budget, row.verdict]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i]!.length)));
  const line = (cols: string[]) => cols.map((col, i) => col.padEnd(widths[i]!)).join('  ').trimEnd();
  const notes = list.filter((row) => row.note).map((row) => `  note: ${row.note}`);
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line), ...notes].join('\n');
}
