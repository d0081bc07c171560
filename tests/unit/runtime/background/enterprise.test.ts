import { describe, expect, test } from 'vitest';
import { ENTERPRISE_SCRIPT_ID, GITHUB_SCRIPTS, syncEnterpriseScripts, type EnterpriseApi } from '../../../../runtime/background/enterprise';

function fakeApi(granted: string[], withScripting = true) {
  const registered = new Map<string, { matches: string[]; js: string[] }>();
  const api: EnterpriseApi = {
    permissions: { contains: async ({ origins = [] }) => origins.every((o) => granted.includes(o)) },
    scripting: withScripting
      ? {
          getRegisteredContentScripts: async ({ ids } = {}) => [...registered.keys()].filter((id) => !ids || ids.includes(id)).map((id) => ({ id })),
          registerContentScripts: async (scripts) => {
            for (const s of scripts) {
              if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
              registered.set(s.id, { matches: s.matches, js: s.js });
            }
          },
          unregisterContentScripts: async ({ ids } = {}) => {
            for (const id of ids ?? [...registered.keys()]) registered.delete(id);
          },
        }
      : undefined,
  };
  return { api, registered };
}

describe('GitHub Enterprise scripts', () => {
  test('registers the GitHub scripts on every granted server', async () => {
    const { api, registered } = fakeApi(['https://git.example.com/*', 'https://ghe.example.org/*']);
    const origins = await syncEnterpriseScripts(api, ['https://git.example.com', 'https://ghe.example.org']);
    expect(origins).toEqual(['https://git.example.com', 'https://ghe.example.org']);
    expect(registered.get(ENTERPRISE_SCRIPT_ID)).toEqual({
      matches: ['https://git.example.com/*', 'https://ghe.example.org/*'],
      js: GITHUB_SCRIPTS,
    });
  });

  test('a listed server without permission gets nothing; re-syncing replaces the registration', async () => {
    const { api, registered } = fakeApi(['https://git.example.com/*']);
    await syncEnterpriseScripts(api, ['https://git.example.com', 'https://ghe.example.org']);
    expect(registered.get(ENTERPRISE_SCRIPT_ID)?.matches).toEqual(['https://git.example.com/*']);
    await syncEnterpriseScripts(api, []);
    expect(registered.size).toBe(0);
  });

  test('without the scripting permission it does nothing and does not fail', async () => {
    const { api } = fakeApi(['https://git.example.com/*'], false);
    await expect(syncEnterpriseScripts(api, ['https://git.example.com'])).resolves.toEqual([]);
  });
});
