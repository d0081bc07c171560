import { describe, expect, test } from 'vitest';
import { buildExport, EXPORT_MAX_BYTES, parseExport } from '../../../utils/storage/backup';
import { utf8Length } from '../../../utils/storage/json-text';
import { MAX_HISTORY_EVENTS } from '../../../utils/storage/retention';
import { defaultSettings } from '../../../utils/settings';
import type { HistoryEvent } from '../../../utils/history';

/** A long, realistic context key: an Outlook item id (base64, ~150 characters) with the relationship after it. */
const OUTLOOK_KEY = `AAMkAGI2TG93AAA${'x'.repeat(132)}AAA=|skip-level`;
const NOW = Date.UTC(2026, 10, 24, 10);

describe('every export imports back', () => {
  test('a full history (the retention cap, 200,000 events with long Outlook keys) exported compact fits the import limit and parses back', () => {
    expect(MAX_HISTORY_EVENTS).toBe(200_000);
    const history: HistoryEvent[] = Array.from({ length: MAX_HISTORY_EVENTS }, (_, i) => ({
      id: i + 1,
      type: 'not-now',
      tipId: 'conflict-and-crises-12',
      area: 'conflict-and-crises',
      surface: 'one-on-one',
      contextKey: OUTLOOK_KEY,
      at: NOW - (MAX_HISTORY_EVENTS - i) * 60_000,
    }));
    const text = JSON.stringify(buildExport(NOW, defaultSettings(), history, [], []));
    const bytes = utf8Length(text);
    // The import limit stays under Chromium's 64 MiB per extension message (the text goes to the background in one).
    expect(EXPORT_MAX_BYTES).toBeLessThan(64 * 1024 * 1024);
    expect(bytes).toBeLessThanOrEqual(EXPORT_MAX_BYTES);
    const parsed = parseExport(text, NOW);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.data.history).toHaveLength(MAX_HISTORY_EVENTS);
      expect(parsed.data.history[MAX_HISTORY_EVENTS - 1]).toEqual(history[MAX_HISTORY_EVENTS - 1]);
    }
    // The old limit (20 MB) was far too small for this file.
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
  }, 120_000);
});
