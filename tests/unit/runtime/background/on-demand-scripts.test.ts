import { readFileSync } from 'node:fs';
import { injectOnDemand, type ScriptingApi } from '../../../../runtime/background/on-demand-scripts';
import { ON_DEMAND_SCRIPTS, type OnDemandSurfaceId } from '../../../../utils/surfaces';
import { GITHUB_SCRIPTS } from '../../../../runtime/background/enterprise';

function fakeApi() {
  const executeScript = vi.fn(async () => [{ result: undefined }]);
  return { api: { scripting: { executeScript } } satisfies ScriptingApi, executeScript };
}

describe('injecting a script on demand', () => {
  test.each(Object.entries(ON_DEMAND_SCRIPTS) as [OnDemandSurfaceId, string][])(
    'the %s script goes into the very frame that asked',
    async (script, file) => {
      const { api, executeScript } = fakeApi();
      await expect(injectOnDemand(api, { tab: { id: 7 }, frameId: 3 }, script)).resolves.toBe(true);
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [file] });
    },
  );

  test('a top frame that does not say its id is frame 0', async () => {
    const { api, executeScript } = fakeApi();
    await injectOnDemand(api, { tab: { id: 7 } }, 'one-on-one');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [ON_DEMAND_SCRIPTS['one-on-one']] });
  });

  test('a sender without a tab (an extension page) gets nothing', async () => {
    const { api, executeScript } = fakeApi();
    await expect(injectOnDemand(api, {}, 'tone-coach')).resolves.toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a refused injection (tab closed, page navigated) is an error for the asker, not a silent success', async () => {
    const api: ScriptingApi = { scripting: { executeScript: async () => Promise.reject(new Error('No tab with id: 7')) } };
    await expect(injectOnDemand(api, { tab: { id: 7 } }, 'tone-coach')).rejects.toThrow('No tab with id');
  });

  test('each script is an entrypoint that WXT builds under that name, registered at run time only', () => {
    expect(Object.keys(ON_DEMAND_SCRIPTS).sort()).toEqual(['one-on-one', 'tone-coach']);
    for (const file of Object.values<string>(ON_DEMAND_SCRIPTS)) {
      const name = /^content-scripts\/(.+)\.js$/.exec(file)![1];
      const source = readFileSync(`entrypoints/${name}.content/index.ts`, 'utf8');
      expect(source).toContain("registration: 'runtime'");
    }
  });

  test('Enterprise servers do not get the tone coach up front either', () => {
    expect(GITHUB_SCRIPTS).not.toContain(ON_DEMAND_SCRIPTS['tone-coach']);
  });
});
