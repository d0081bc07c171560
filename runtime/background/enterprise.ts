/**
 * GitHub Enterprise servers: the manifest can only list github.com, so Leadway's GitHub content scripts are
 * registered at run time for the servers the user added (and granted) in the options page.
 */
export const ENTERPRISE_SCRIPT_ID = 'leadway-github-enterprise';
/** The tone coach is not listed: the GitHub script has it injected on demand, on these servers as on github.com. */
export const GITHUB_SCRIPTS = ['content-scripts/github.js'];

/** The slice of the extension API this needs, so it can be tested with a fake. */
export interface EnterpriseApi {
  permissions: { contains(request: { origins?: string[]; permissions?: string[] }): Promise<boolean> };
  scripting?: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_end'; persistAcrossSessions?: boolean }[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

/** Origins the user both listed and granted: a listed server whose permission was withdrawn gets nothing. */
export async function grantedOrigins(api: EnterpriseApi, hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of hosts) {
    if (await api.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false)) granted.push(origin);
  }
  return granted;
}

/** Make the registered scripts match the settings: one registration covering every granted server, or none. */
export async function syncEnterpriseScripts(api: EnterpriseApi, hosts: readonly string[]): Promise<string[]> {
  const { scripting } = api;
  // `scripting` is granted at install; without it (a browser that lacks the API) there is nothing to register.
  if (!scripting) return [];
  const origins = await grantedOrigins(api, hosts);
  const existing = await scripting.getRegisteredContentScripts({ ids: [ENTERPRISE_SCRIPT_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [ENTERPRISE_SCRIPT_ID] });
  if (origins.length > 0) {
    await scripting.registerContentScripts([
      { id: ENTERPRISE_SCRIPT_ID, matches: origins.map((origin) => `${origin}/*`), js: GITHUB_SCRIPTS, runAt: 'document_end', persistAcrossSessions: true },
    ]);
  }
  return origins;
}
