import { screen, fireEvent, within } from '@testing-library/preact';
import { defaultSettings } from '../../../utils/settings';
import { CATALOGUE } from '../../../utils/tips/catalogue';
import type { LeadwayExport } from '../../../utils/storage/backup';
import { createTestBackend, type TestBackend } from './fake-messaging';
import { flush, renderOptions } from './options-helpers';

vi.mock('../../../runtime/messaging', async (original) => (await import('./fake-messaging')).messagingModule(await original()));

let backend: TestBackend;
const tip = CATALOGUE[0]!;

beforeEach(async () => {
  backend = createTestBackend();
  await backend.store.saveSettings({ role: 'manager', people: [{ id: 'person-1', name: 'Priya', relationship: 'manager' }] });
  await backend.store.addEvents([{ type: 'helpful', tipId: tip.id, area: tip.area, surface: 'pr-hint', contextKey: 'acme/widget#1', at: backend.now - 1000 }]);
});

function exportFile(overrides: Partial<LeadwayExport> = {}): string {
  const settings = defaultSettings();
  settings.areas.vision = false;
  settings.snoozeDays = 3;
  const file: LeadwayExport = {
    format: 'leadway-export',
    version: 1,
    exportedAt: backend.now,
    settings,
    history: [
      { id: 1, type: 'shown', tipId: tip.id, area: tip.area, surface: 'popup', contextKey: 'x', at: backend.now - 5000 },
      { id: 2, type: 'acted', tipId: tip.id, area: tip.area, surface: 'popup', contextKey: 'x', at: backend.now - 4000 },
      { id: 3, type: 'helpful', tipId: tip.id, area: tip.area, surface: 'popup', contextKey: 'x', at: backend.now - 3000 },
    ],
    customTips: [{ id: 'custom-imported1', area: 'vision', title: 'Imported', body: 'b', why: 'w', contexts: ['anywhere'], custom: true }],
    ...overrides,
  };
  return JSON.stringify(file);
}

function chooseFile(text: string, name = 'leadway-export.json') {
  const input = screen.getByLabelText('Export file');
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('options: Data', () => {
  test('export downloads a JSON file with everything the background exports', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      return 'blob:leadway-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('leadway-export-2025-05-14.json');
      expect(this.href).toBe('blob:leadway-test');
    });
    await renderOptions(backend, 'data');
    fireEvent.click(screen.getByRole('button', { name: 'Export to a file' }));
    await flush();
    expect(click).toHaveBeenCalledOnce();
    const data = JSON.parse(await blob!.text()) as LeadwayExport;
    expect(data.format).toBe('leadway-export');
    expect(data.settings.role).toBe('manager');
    expect(data.history).toHaveLength(1);
    expect(screen.getByTestId('data-status').textContent).toBe('Exported 1 history event and 0 tips of your own.');
  });

  test('import shows a preview of what will change, and replaces the data only when confirmed', async () => {
    await renderOptions(backend, 'data');
    chooseFile(exportFile());
    await flush();
    const preview = screen.getByTestId('import-preview');
    expect(preview.textContent).toContain('replace 1 history event with 3 events from the file');
    expect(preview.textContent).toContain('replace 0 tips of your own with 1 tip from the file');
    expect(preview.textContent).toMatch(/change these settings: .+/);
    // Nothing changed yet: a dry run only.
    expect((await backend.store.getSettings()).role).toBe('manager');
    expect(backend.sent.filter((m) => m.type === 'importData').map((m) => (m.data as { dryRun: boolean }).dryRun)).toEqual([true]);

    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my data with this file' }));
    await flush();
    const settings = await backend.store.getSettings();
    expect(settings.role).toBe('individual-contributor');
    expect(settings.areas.vision).toBe(false);
    expect(await backend.store.listHistory({})).toHaveLength(3);
    expect((await backend.store.listCustomTips()).map((t) => t.id)).toEqual(['custom-imported1']);
    expect(screen.getByTestId('data-status').textContent).toBe('Imported leadway-export.json: 3 history events and 1 tip of your own.');
  });

  test('cancelling the preview changes nothing', async () => {
    await renderOptions(backend, 'data');
    chooseFile(exportFile());
    await flush();
    fireEvent.click(within(screen.getByTestId('import-preview')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect((await backend.store.getSettings()).role).toBe('manager');
  });

  test.each([
    ['a file that is not JSON', 'this is not json {', 'not-json', /not JSON/],
    ['JSON that is not a Leadway export', JSON.stringify({ hello: 'world' }), 'wrong-format', /not a Leadway export/],
    ['an export from a newer version', JSON.stringify({ format: 'leadway-export', version: 99 }), 'wrong-version', /newer version of Leadway/],
  ])('refuses %s with its error, and changes nothing', async (_label, text, code, message) => {
    await renderOptions(backend, 'data');
    chooseFile(text, 'bad.json');
    await flush();
    const error = screen.getByTestId('import-error');
    expect(error.dataset.code).toBe(code);
    expect(error.closest('[role="alert"]')).not.toBeNull();
    expect(error.textContent).toContain('bad.json was not imported. Nothing changed.');
    expect(error.textContent).toMatch(message);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect((await backend.store.getSettings()).role).toBe('manager');
    expect(await backend.store.listHistory({})).toHaveLength(1);
  });

  test('an export with bad fields names the first problem and counts the rest', async () => {
    await renderOptions(backend, 'data');
    const text = exportFile({
      history: [
        { id: 1, type: 'loved' as never, tipId: tip.id, area: tip.area, surface: 'popup', contextKey: 'x', at: 1 },
        { id: 2, type: 'shown', tipId: tip.id, area: 'cooking' as never, surface: 'popup', contextKey: 'x', at: 2 },
      ],
    });
    chooseFile(text, 'edited.json');
    await flush();
    const error = screen.getByTestId('import-error');
    expect(error.dataset.code).toBe('invalid');
    expect(error.textContent).toMatch(/history\[0\]\.type/);
    // The message says how many more; the details list them.
    fireEvent.click(within(error).getByText('1 more problem'));
    expect(within(error).getByRole('listitem').textContent).toMatch(/history\[1\]\.area/);
    expect(await backend.store.listHistory({})).toHaveLength(1);
  });

  test('reset deletes everything, after confirmation', async () => {
    await renderOptions(backend, 'data');
    fireEvent.click(screen.getByRole('button', { name: 'Reset Leadway…' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await backend.store.getSettings()).role).toBe('manager');
    fireEvent.click(screen.getByRole('button', { name: 'Reset Leadway…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete everything' }));
    await flush();
    expect(await backend.store.getSettings()).toEqual(defaultSettings());
    expect(await backend.store.listHistory({})).toEqual([]);
    expect(screen.getByTestId('data-status').textContent).toMatch(/Everything Leadway kept is deleted/);
  });
});
