import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/settings';
import {
  describeSettingsChanges,
  EXPORT_FORMAT,
  EXPORT_MAX_BYTES,
  EXPORT_VERSION,
  parseExport,
} from '../../../utils/storage/backup';
import { validExport } from './helpers';

function withChange(change: (data: Record<string, any>) => void): string {
  const data = structuredClone(validExport()) as Record<string, any>;
  change(data);
  return JSON.stringify(data);
}

function errorOf(text: string) {
  const result = parseExport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('parseExport', () => {
  it('accepts a valid export and returns it normalised', () => {
    const result = parseExport(JSON.stringify(validExport(), null, 2));
    expect(result).toEqual({ ok: true, data: validExport(), warnings: [] });
  });

  it('accepts a byte-order mark in front', () => {
    expect(parseExport(`\uFEFF${JSON.stringify(validExport())}`).ok).toBe(true);
  });

  it('refuses an oversized file before parsing it', () => {
    const text = `{"format":"leadway-export","pad":"${'x'.repeat(EXPORT_MAX_BYTES)}"}`;
    const error = errorOf(text);
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('This file is 62.0 MB; a Leadway export is at most 62.0 MB. Check that you chose the right file.');
  });

  it('counts bytes, not characters, for the size limit', () => {
    const chars = Math.ceil(EXPORT_MAX_BYTES / 3) + 10; // each "€" is 3 bytes in UTF-8
    expect(errorOf(`"${'€'.repeat(chars)}"`).code).toBe('too-large');
  });

  it('refuses an empty file', () => {
    expect(errorOf('  \n')).toEqual({ code: 'not-json', message: 'This file is empty, so there is nothing to import.' });
  });

  it('refuses text that is not JSON', () => {
    const error = errorOf('date,tip,reaction\n2025-05-01,mentorship-03,helpful');
    expect(error.code).toBe('not-json');
    expect(error.message).toContain('This file is not JSON');
    expect(errorOf('{"format": "leadway-export",, }').code).toBe('not-json');
    expect(errorOf('<!doctype html><title>Leadway</title>').code).toBe('not-json');
  });

  it('recognises a file cut off partway through', () => {
    const full = JSON.stringify(validExport(), null, 2);
    for (const cut of [1, 40, Math.floor(full.length / 2), full.length - 1]) {
      const error = errorOf(full.slice(0, cut));
      expect(error.code, `cut at ${cut}`).toBe('truncated');
      expect(error.message).toContain('stops partway through');
    }
  });

  it.each([
    ['[1, 2, 3]'],
    ['"leadway-export"'],
    ['{"history": []}'],
    ['{"format": "other-export", "version": 1}'],
    ['null'],
  ])('refuses JSON that is not a Leadway export: %s', (text) => {
    const error = errorOf(text);
    expect(error.code).toBe('wrong-format');
    expect(error.message).toContain('not a Leadway export');
  });

  it('refuses a newer export version, saying to update', () => {
    const error = errorOf(withChange((d) => (d.version = 2)));
    expect(error.code).toBe('wrong-version');
    expect(error.message).toBe(
      'This export was made by a newer version of Leadway (export format 2; this version reads format 1). Update Leadway, then import it again.',
    );
  });

  it.each([[0], ['1'], [1.5], [null]])('refuses an unknown export version %s', (version) => {
    const error = errorOf(withChange((d) => (d.version = version)));
    expect(error.code).toBe('wrong-version');
    expect(error.message).toContain('unknown format version');
  });

  it('refuses a missing version as unknown', () => {
    const error = errorOf(withChange((d) => delete d.version));
    expect(error).toMatchObject({ code: 'wrong-version' });
  });

  it.each<[string, (d: Record<string, any>) => void, string, string]>([
    ['event type', (d) => (d.history[1].type = 'liked'), 'history[1].type', 'history[1].type must be one of shown, helpful, not-now, never, acted'],
    ['event time', (d) => (d.history[0].at = '2025-05-01'), 'history[0].at', 'history[0].at must be a whole number from 0 to'],
    ['event id', (d) => (d.history[2].id = -3), 'history[2].id', 'history[2].id must be a whole number from 1 to'],
    ['duplicate event id', (d) => (d.history[2].id = 1), 'history[2].id', 'history[2].id repeats the id of history[0] (1)'],
    ['missing area', (d) => delete d.history[0].area, 'history[0].area', 'history[0].area is missing'],
    ['history not a list', (d) => (d.history = {}), 'history', 'history must be a list'],
    ['tip id prefix', (d) => (d.customTips[0].id = 'mentorship-01'), 'customTips[0].id', 'customTips[0].id must start with "custom-"'],
    ['tip title', (d) => (d.customTips[0].title = ''), 'customTips[0].title', 'customTips[0].title must not be empty'],
    ['tip contexts', (d) => (d.customTips[0].contexts = []), 'customTips[0].contexts', 'customTips[0].contexts must name at least one'],
    ['duplicate tip', (d) => d.customTips.push(d.customTips[0]), 'customTips[1].id', 'customTips[1].id repeats the id of customTips[0]'],
    ['setting type', (d) => (d.settings.snoozeDays = 'seven'), 'settings.snoozeDays', 'settings.snoozeDays must be a whole number from 0 to 365 (found "seven")'],
    ['nested setting', (d) => (d.settings.tone.categories.sarcasm = 'yes'), 'settings.tone.categories.sarcasm', 'settings.tone.categories.sarcasm must be true or false'],
    ['settings missing', (d) => delete d.settings, 'settings', 'settings is missing'],
    ['exportedAt', (d) => (d.exportedAt = 'today'), 'exportedAt', 'exportedAt must be a whole number'],
  ])('refuses an invalid field (%s) with its path', (_label, change, path, message) => {
    const error = errorOf(withChange(change));
    expect(error.code).toBe('invalid');
    expect(error.path).toBe(path);
    expect(error.message).toContain(message);
    expect(error.issues?.[0]?.path).toBe(path);
  });

  it('counts further problems in the message', () => {
    const error = errorOf(
      withChange((d) => {
        d.history[0].type = 'x';
        d.history[1].type = 'y';
        d.history[2].surface = 'z';
      }),
    );
    expect(error.message).toContain('(and 2 more problems)');
    expect(error.issues).toHaveLength(3);
  });

  it('drops unknown keys with a warning and fills settings an older file lacks', () => {
    const result = parseExport(
      withChange((d) => {
        d.device = 'laptop';
        d.settings.sparkles = true;
        delete d.settings.tone;
        d.history[0].mood = 'good';
      }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.settings.tone).toEqual(defaultSettings().tone);
    expect(result.data.settings).not.toHaveProperty('sparkles');
    expect(result.data.history[0]).not.toHaveProperty('mood');
    expect(result.warnings).toEqual([
      'device is not something this version of Leadway knows, so it was left out',
      'settings.sparkles is not something this version of Leadway knows, so it was left out',
      'history[0].mood is not something this version of Leadway knows, so it was left out',
    ]);
  });

  it('never throws, even for values that are not text', () => {
    expect(parseExport(undefined as never)).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(parseExport(42 as never)).toMatchObject({ ok: false });
  });
});

describe('describeSettingsChanges', () => {
  it('names each changed setting in words', () => {
    const current = defaultSettings();
    const incoming = defaultSettings();
    incoming.areas.mentorship = false;
    incoming.dailyCaps['pr-hint'] = 1;
    incoming.sites.github.toneCoach = false;
    incoming.tone.categories.sarcasm = false;
    incoming.theme = 'dark';
    incoming.people = [{ id: 'p1', name: 'Ana', relationship: 'manager' }];
    expect(describeSettingsChanges(current, incoming)).toEqual([
      'Areas: Mentorship',
      'Sites: GitHub tone coach',
      'People',
      'Daily limits: pull-request hints',
      'Tone coach: sarcasm',
      'Theme',
    ]);
  });

  it('is empty when nothing changes, whatever the key order', () => {
    const reverseKeys = (value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]))
        : value;
    const current = defaultSettings();
    const reordered = reverseKeys(current) as typeof current;
    expect(Object.keys(reordered)[0]).toBe('reviewMemory');
    expect(describeSettingsChanges(current, reordered)).toEqual([]);
  });
});
