import { injectToneCoach, TONE_COACH_SCRIPT, type ToneCoachApi } from '../../../../runtime/background/tone-coach';
import { GITHUB_SCRIPTS } from '../../../../runtime/background/enterprise';

function fakeApi() {
  const executeScript = vi.fn(async () => [{ result: undefined }]);
  return { api: { scripting: { executeScript } } satisfies ToneCoachApi, executeScript };
}

describe('injecting the tone coach', () => {
  test('goes into the very frame that asked', async () => {
    const { api, executeScript } = fakeApi();
    await expect(injectToneCoach(api, { tab: { id: 7 }, frameId: 3 })).resolves.toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [TONE_COACH_SCRIPT] });
  });

  test('a top frame that does not say its id is frame 0', async () => {
    const { api, executeScript } = fakeApi();
    await injectToneCoach(api, { tab: { id: 7 } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [TONE_COACH_SCRIPT] });
  });

  test('a sender without a tab (an extension page) gets nothing', async () => {
    const { api, executeScript } = fakeApi();
    await expect(injectToneCoach(api, {})).resolves.toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a refused injection (tab closed, page navigated) is an error for the asker, not a silent success', async () => {
    const api: ToneCoachApi = { scripting: { executeScript: async () => Promise.reject(new Error('No tab with id: 7')) } };
    await expect(injectToneCoach(api, { tab: { id: 7 } })).rejects.toThrow('No tab with id');
  });

  test('the script is built, and Enterprise servers do not get it up front either', () => {
    expect(TONE_COACH_SCRIPT).toBe('content-scripts/github-tone.js');
    expect(GITHUB_SCRIPTS).not.toContain(TONE_COACH_SCRIPT);
  });
});
