import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations';
import { StorageError, toStorageError } from './errors';
import { DB_NAME, DB_VERSION, type LeadwayDB } from './schema';

export interface VersionInfo {
  /** The version of the connection that is open now. */
  currentVersion: number;
  /** The version another context wants (null when the database is being deleted). */
  requestedVersion: number | null;
}

export interface OpenHooks {
  /** An older connection (another tab or worker) keeps us from upgrading; we keep waiting for it to close. */
  onBlocked?: (info: VersionInfo) => void;
  /** A newer version (or a deletion) wants the database: this connection was closed to let it proceed. */
  onVersionChange?: (info: VersionInfo) => void;
  /** The browser closed the connection abnormally (for example, site data was cleared). */
  onTerminated?: () => void;
}

/** One open (or opening) connection per database name; dropped when it closes so the next call reopens. */
const connections = new Map<string, Promise<IDBPDatabase<LeadwayDB>>>();

/**
 * Opens (creating or upgrading) Leadway's database. Calls share one connection until it is closed for a newer
 * version or terminated by the browser; the call after that opens a fresh one.
 */
export function openLeadwayDb(name: string = DB_NAME, hooks: OpenHooks = {}): Promise<IDBPDatabase<LeadwayDB>> {
  const cached = connections.get(name);
  if (cached) return cached;
  const forget = (): void => {
    if (connections.get(name) === opening) connections.delete(name);
  };
  const opening = openFresh(name, hooks, forget);
  connections.set(name, opening);
  opening.catch(forget);
  return opening;
}

async function openFresh(name: string, hooks: OpenHooks, forget: () => void): Promise<IDBPDatabase<LeadwayDB>> {
  let migrationError: unknown;
  let connection: IDBPDatabase<LeadwayDB> | undefined;
  try {
    connection = await openDB<LeadwayDB>(name, DB_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        // The open request reports an aborted upgrade; this keeps idb's own promise from counting as unhandled.
        tx.done.catch(() => {});
        runMigrations(db, oldVersion, newVersion ?? DB_VERSION, tx).catch((error: unknown) => {
          // Abort so the database stays exactly as it was at the old version.
          migrationError = error;
          try {
            tx.abort();
          } catch {
            // Already finished: the open request reports the failure.
          }
        });
      },
      blocked(currentVersion, blockedVersion) {
        console.warn(
          `Leadway: waiting for an older Leadway window to close before upgrading its data (v${currentVersion} → v${blockedVersion}).`,
        );
        hooks.onBlocked?.({ currentVersion, requestedVersion: blockedVersion });
      },
      blocking(currentVersion, blockedVersion) {
        // A newer Leadway (or a deletion) is waiting for us: step aside. The next open call reopens.
        forget();
        connection?.close();
        hooks.onVersionChange?.({ currentVersion, requestedVersion: blockedVersion });
      },
      terminated() {
        forget();
        hooks.onTerminated?.();
      },
    });
  } catch (error) {
    if (migrationError !== undefined) {
      const cause = toStorageError(migrationError);
      if (cause.code === 'quota') throw cause;
      throw new StorageError(
        'unknown',
        `Leadway could not bring its saved data up to date, so nothing was changed (${cause.message})`,
        { cause: migrationError },
      );
    }
    throw toStorageError(error);
  }
  return connection;
}
