import { describe, expect, it, vi } from 'vitest';
import { parseExport, type ImportErrorCode } from '../../../utils/storage/backup';
import { ImportFailedError, StorageError } from '../../../utils/storage/errors';
import { customTip, derivedVersusRecount, dumpAll, openStore, pick, randomEvent, seededRandom, validExport } from './helpers';

/**
 * 2,000 random and mutated export files. parseExport must answer each with a result, never an exception, and
 * importData must either replace everything with the file's contents or leave the store exactly as it was.
 */
const FILES = 2000;
const CODES: ImportErrorCode[] = ['too-large', 'not-json', 'truncated', 'wrong-format', 'wrong-version', 'invalid'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const WEIRD_VALUES: Json[] = [
  null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, '', ' ', 'custom-', 'shown', 'vision',
  'pr-hint', '25:99', '08:30', '🙂'.repeat(90), 'x'.repeat(300), [], [null], [1, 2], {}, { id: 1 }, JSON.parse('{"__proto__": {"polluted": true}}') as Json,
];

function baseFile(random: () => number): Record<string, Json> {
  const data = validExport();
  data.history = Array.from({ length: Math.floor(random() * 6) }, (_, i) => ({ ...randomEvent(random, 60, 3), id: i + 1 }));
  if (random() < 0.5) data.customTips.push(customTip({ id: 'custom-second', area: 'vision', contexts: ['one-on-one-report'] }));
  return JSON.parse(JSON.stringify(data)) as Record<string, Json>;
}

/** Every [parent, key] pair inside a JSON value, to pick a place to mutate. */
function places(value: Json, out: [Json[] | Record<string, Json>, string | number][] = []) {
  if (Array.isArray(value)) value.forEach((item, index) => (out.push([value, index]), places(item, out)));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) out.push([value, key]), places(value[key]!, out);
  return out;
}

function mutate(random: () => number, data: Record<string, Json>): string {
  const mutations = 1 + Math.floor(random() * 3);
  for (let i = 0; i < mutations; i += 1) {
    const spots = places(data);
    if (spots.length === 0) break;
    const [parent, key] = pick(random, spots);
    const roll = random();
    if (roll < 0.45) (parent as Record<string | number, Json>)[key] = pick(random, WEIRD_VALUES);
    else if (roll < 0.65) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (roll < 0.8 && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
    else if (!Array.isArray(parent)) parent[`extra${Math.floor(random() * 9)}`] = pick(random, WEIRD_VALUES);
  }
  let text = JSON.stringify(data, null, random() < 0.5 ? 2 : undefined);
  const textRoll = random();
  if (textRoll < 0.12) text = text.slice(0, Math.floor(random() * text.length));
  else if (textRoll < 0.2) {
    const at = Math.floor(random() * text.length);
    text = text.slice(0, at) + pick(random, ['"', '{', ']', ',', '\\', 'x', '\u0000', '💥']) + text.slice(at + 1);
  } else if (textRoll < 0.24) text = pick(random, ['', 'null', '[]', '{}', '{"format":"leadway-export"}', 'true', '"text"', '<html>']);
  return text;
}

describe('fuzzing export files', () => {
  it(`parseExport answers ${FILES} random files without throwing`, () => {
    const random = seededRandom(2024);
    const seen = new Set<string>();
    for (let i = 0; i < FILES; i += 1) {
      const text = mutate(random, baseFile(random));
      let result: ReturnType<typeof parseExport> | undefined;
      expect(() => (result = parseExport(text))).not.toThrow();
      if (result!.ok) seen.add('ok');
      else {
        expect(CODES).toContain(result!.error.code);
        expect(result!.error.message.length).toBeGreaterThan(10);
        seen.add(result!.error.code);
      }
    }
    // The mutations reach every kind of answer except the size limit.
    expect([...seen].sort()).toEqual(['invalid', 'not-json', 'ok', 'truncated', 'wrong-format', 'wrong-version']);
  });

  it(`importData applies ${FILES} random files all-or-nothing`, async () => {
    const random = seededRandom(99);
    const { store, db } = await openStore();
    await store.addEvents(Array.from({ length: 20 }, () => randomEvent(random)));
    const put = IDBObjectStore.prototype.put;
    let imported = 0;
    let refused = 0;
    let failedMidWrite = 0;

    for (let i = 0; i < FILES; i += 1) {
      const text = mutate(random, baseFile(random));
      const before = await dumpAll(db);
      // One file in ten also meets a write failure partway through the transaction.
      const breakAfter = random() < 0.1 ? Math.floor(random() * 6) : -1;
      if (breakAfter >= 0) {
        let writes = 0;
        vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
          if (++writes > breakAfter) throw new DOMException('simulated failure', 'UnknownError');
          return put.apply(this, args);
        });
      }
      const outcome = await store.importData(text).then(
        (preview) => ({ ok: true as const, preview }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      vi.restoreAllMocks();
      const after = await dumpAll(db);

      if (!outcome.ok) {
        expect(outcome.error).toBeInstanceOf(StorageError);
        if (outcome.error instanceof ImportFailedError) refused += 1;
        else failedMidWrite += 1;
        expect(after).toEqual(before);
        continue;
      }
      imported += 1;
      const parsed = parseExport(text);
      if (!parsed.ok) throw new Error('importData accepted a file parseExport refuses');
      expect(outcome.preview.historyEvents).toBe(parsed.data.history.length);
      const history = after.history!.map((r) => r.value as { id: number });
      expect(history.length).toBe(parsed.data.history.length);
      // Imported events are renumbered 1, 2, 3… in order of time; every event of the file is there.
      const withoutId = ({ id: _id, ...rest }: { id?: number }) => rest;
      expect(history.map((h) => h.id)).toEqual(history.map((_, i) => i + 1));
      expect(history.map(withoutId)).toEqual(
        expect.arrayContaining(parsed.data.history.map(withoutId)),
      );
      expect(after.customTips!.map((r) => r.value)).toEqual([...parsed.data.customTips].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(after.settings!.map((r) => r.value)).toEqual([parsed.data.settings]);
      const { stored, recount } = await derivedVersusRecount(db);
      expect(stored).toEqual(recount);
    }
    expect(imported).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(500);
    expect(failedMidWrite).toBeGreaterThan(20);
    expect(imported + refused + failedMidWrite).toBe(FILES);
  }, 120_000);

  it('keeps fuzz helpers honest: an unmutated base file imports', async () => {
    const { store } = await openStore();
    const preview = await store.importData(JSON.stringify(baseFile(seededRandom(1))));
    expect(preview.customTips).toBeGreaterThanOrEqual(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
