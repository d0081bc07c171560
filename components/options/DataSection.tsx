import { useId, useRef, useState } from 'preact/hooks';
import { askBackground } from '../../runtime/messaging';
import type { ImportError } from '../../utils/storage/backup';
import { EXPORT_MAX_BYTES } from '../../utils/storage/backup';
import type { ImportPreview } from '../../utils/storage/store';
import { Confirm, Section } from './fields';
import { errorMessage } from './useSettings';

export interface DataSectionProps {
  /** Settings, history and tips were replaced or deleted: other sections reload. */
  onDataReplaced: () => void;
  now?: () => number;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'preview'; fileName: string; text: string; preview: ImportPreview }
  | { step: 'importing'; fileName: string }
  | { step: 'failed'; fileName: string; error: ImportError };

export function exportFileName(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `leadway-export-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function DataSection({ onDataReplaced, now = Date.now }: DataSectionProps) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [exportError, setExportError] = useState<string | undefined>(undefined);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [resetError, setResetError] = useState<string | undefined>(undefined);

  async function exportData() {
    setMessage(undefined);
    setExportError(undefined);
    try {
      const data = await askBackground('exportData');
      // Compact JSON: indentation would double the size (a full history would outgrow the import limit).
      const blob = new Blob([JSON.stringify(data)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(now());
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download may still be reading the blob.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setMessage(`Exported ${plural(data.history.length, 'history event', 'history events')} and ${plural(data.customTips.length, 'tip', 'tips')} of your own.`);
    } catch (error) {
      setExportError(`Could not export: ${errorMessage(error)}`);
    }
  }

  async function chooseFile(file: File | undefined) {
    setMessage(undefined);
    if (!file) return;
    const fileName = file.name;
    if (file.size > EXPORT_MAX_BYTES) {
      setImportState({
        step: 'failed',
        fileName,
        error: {
          code: 'too-large',
          message: `This file is ${(file.size / 1048576).toFixed(1)} MB; a Leadway export is at most ${EXPORT_MAX_BYTES / 1048576} MB. Check that you chose the right file.`,
        },
      });
      return;
    }
    setImportState({ step: 'checking', fileName });
    try {
      const text = await file.text();
      const outcome = await askBackground('importData', { text, dryRun: true });
      setImportState(outcome.ok ? { step: 'preview', fileName, text, preview: outcome.preview } : { step: 'failed', fileName, error: outcome.error });
    } catch (error) {
      setImportState({ step: 'failed', fileName, error: { code: 'invalid', message: `Could not check this file: ${errorMessage(error)}` } });
    } finally {
      // Choosing the same file again (after fixing it) must fire `change` again.
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  async function confirmImport(fileName: string, text: string) {
    setImportState({ step: 'importing', fileName });
    try {
      const outcome = await askBackground('importData', { text, dryRun: false });
      if (!outcome.ok) {
        setImportState({ step: 'failed', fileName, error: outcome.error });
        return;
      }
      setImportState({ step: 'idle' });
      setMessage(
        `Imported ${fileName}: ${plural(outcome.preview.historyEvents, 'history event', 'history events')} and ${plural(outcome.preview.customTips, 'tip', 'tips')} of your own.`,
      );
      onDataReplaced();
    } catch (error) {
      setImportState({ step: 'failed', fileName, error: { code: 'invalid', message: `The import did not happen: ${errorMessage(error)}` } });
    }
  }

  async function reset() {
    setConfirmingReset(false);
    setResetError(undefined);
    try {
      await askBackground('resetData');
      setMessage('Everything Leadway kept is deleted. Settings are back to their defaults.');
      onDataReplaced();
    } catch (error) {
      setResetError(`Could not reset: ${errorMessage(error)}`);
    }
  }

  return (
    <Section id="data" title="Data" intro="Leadway keeps everything in this browser. Export it to move to another computer or keep a copy; import replaces what is here.">
      <p class="op-status-line" role="status" data-testid="data-status">
        {message ?? ''}
      </p>

      <fieldset class="op-fieldset">
        <legend>Export</legend>
        <p class="op-hint">A JSON file with your settings, people, history and your own tips.</p>
        <div class="op-row">
          <button type="button" class="op-button op-primary" onClick={() => void exportData()}>
            Export to a file
          </button>
        </div>
        {exportError ? (
          <p class="op-error" role="alert">
            {exportError}
          </p>
        ) : null}
      </fieldset>

      <fieldset class="op-fieldset">
        <legend>Import</legend>
        <p class="op-hint" id={`${id}-import-hint`}>
          Choose a file Leadway exported. You will see what changes before anything is replaced.
        </p>
        <div class="op-row">
          <label for={`${id}-file`} class="op-label-inline">
            Export file
          </label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            accept="application/json,.json"
            class="op-file"
            aria-describedby={`${id}-import-hint`}
            disabled={importState.step === 'checking' || importState.step === 'importing'}
            onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
          />
        </div>
        {importState.step === 'checking' ? <p class="op-hint">Checking {importState.fileName}…</p> : null}
        {importState.step === 'importing' ? <p class="op-hint">Importing {importState.fileName}…</p> : null}
        {importState.step === 'preview' ? (
          <ImportPreviewPanel
            fileName={importState.fileName}
            preview={importState.preview}
            onConfirm={() => void confirmImport(importState.fileName, importState.text)}
            onCancel={() => setImportState({ step: 'idle' })}
          />
        ) : null}
        <div role="alert" class="op-alert-slot">
          {importState.step === 'failed' ? <ImportErrorPanel fileName={importState.fileName} error={importState.error} /> : null}
        </div>
      </fieldset>

      <fieldset class="op-fieldset op-danger-zone">
        <legend>Start over</legend>
        <p class="op-hint">Deletes your settings, people, history and your own tips from this browser.</p>
        <div class="op-row">
          <button type="button" class="op-button op-danger" onClick={() => setConfirmingReset(true)}>
            Reset Leadway…
          </button>
        </div>
        {confirmingReset ? (
          <Confirm
            message="Delete everything Leadway kept in this browser? Export first if you might want it back. This cannot be undone."
            confirmLabel="Delete everything"
            onConfirm={() => void reset()}
            onCancel={() => setConfirmingReset(false)}
          />
        ) : null}
        {resetError ? (
          <p class="op-error" role="alert">
            {resetError}
          </p>
        ) : null}
      </fieldset>
    </Section>
  );
}

function ImportPreviewPanel({ fileName, preview, onConfirm, onCancel }: { fileName: string; preview: ImportPreview; onConfirm: () => void; onCancel: () => void }) {
  const id = useId();
  return (
    <div class="op-preview" role="region" aria-labelledby={`${id}-title`} data-testid="import-preview">
      <h3 id={`${id}-title`} class="op-subtitle">
        Importing {fileName} will:
      </h3>
      <ul class="op-preview-list">
        <li>
          replace {plural(preview.currentHistoryEvents, 'history event', 'history events')} with {plural(preview.historyEvents, 'event', 'events')} from the file;
        </li>
        <li>
          replace {plural(preview.currentCustomTips, 'tip', 'tips')} of your own with {plural(preview.customTips, 'tip', 'tips')} from the file;
        </li>
        {preview.prFacts > 0 || preview.currentPrFacts > 0 ? (
          <li>
            replace {plural(preview.currentPrFacts, 'remembered pull request', 'remembered pull requests')} with{' '}
            {plural(preview.prFacts, 'pull request', 'pull requests')} from the file;
          </li>
        ) : null}
        {preview.settingsChanges.length === 0 ? (
          <li>leave your settings as they are (they match);</li>
        ) : (
          <li>
            change these settings: {preview.settingsChanges.join(', ')};
          </li>
        )}
        {preview.choiceChanges.length === 0 ? (
          <li>keep your choices about tips (never, not now, helpful) as they are.</li>
        ) : (
          <li data-testid="import-choice-changes">
            change your choices about tips: {preview.choiceChanges.join('; ')}.
          </li>
        )}
      </ul>
      {preview.warnings.length > 0 ? (
        <div class="op-warning">
          <p>Parts of this file that this version of Leadway does not know will be left out:</p>
          <ul>
            {preview.warnings.map((warning) => (
              <li>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="op-row">
        <button type="button" class="op-button op-danger" onClick={onConfirm}>
          Replace my data with this file
        </button>
        <button type="button" class="op-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function ImportErrorPanel({ fileName, error }: { fileName: string; error: ImportError }) {
  const more = (error.issues ?? []).slice(1);
  return (
    <div class="op-import-error" data-testid="import-error" data-code={error.code}>
      <p class="op-error-title">{fileName} was not imported. Nothing changed.</p>
      <p>{error.message}</p>
      {more.length > 0 ? (
        <details>
          <summary>{plural(more.length, 'more problem', 'more problems')}</summary>
          <ul>
            {more.map((issue) => (
              <li>{issue.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
