import type { ImportError } from './backup';

/**
 * Errors the store raises. Everything that leaves the store is a StorageError with a code the UI can switch on and
 * a message a person can read.
 */
export type StorageErrorCode = 'newer-version' | 'quota' | 'blocked' | 'unknown' | 'invalid';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  /** For `invalid`: where in the input the problem is, e.g. `history[3].at`. */
  readonly path?: string;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown; path?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options?.path !== undefined) this.path = options.path;
  }
}

export const NEWER_VERSION_MESSAGE =
  'Leadway’s data was saved by a newer version of Leadway; update the extension to use it.';

export const QUOTA_MESSAGE =
  'Leadway could not save: the browser has no storage space left for it. Clear some old history in Leadway’s ' +
  'options, or free up disk space, and try again.';

function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return undefined;
}

/** True for the browser's "storage is full" error, whichever way it reaches us (thrown, request or transaction). */
export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return true;
  // An aborted transaction reports AbortError; its cause can still be the quota.
  if (error instanceof Error && error.cause !== undefined && error.cause !== error) return isQuotaError(error.cause);
  return false;
}

/** Turns anything thrown by IndexedDB (or by us) into a StorageError, keeping the original as `cause`. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', QUOTA_MESSAGE, { cause: error });
  if (errorName(error) === 'VersionError') return new StorageError('newer-version', NEWER_VERSION_MESSAGE, { cause: error });
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StorageError('unknown', `Leadway could not read or save its data (${detail}).`, { cause: error });
}

/** An input the store refuses, with the path of the bad field. */
export function invalid(message: string, path?: string): StorageError {
  return new StorageError('invalid', message, path === undefined ? undefined : { path });
}

/** An import refused before anything was written; `detail` says why, in words for people. */
export class ImportFailedError extends StorageError {
  readonly detail: ImportError;
  /** The same, shaped as the failure branch of the messaging protocol's import outcome. */
  readonly importError: { ok: false; error: ImportError };

  constructor(detail: ImportError) {
    super('invalid', detail.message, detail.path === undefined ? undefined : { path: detail.path });
    this.detail = detail;
    this.importError = { ok: false, error: detail };
  }
}
