/**
 * The tone coach's script is injected on demand (see entrypoints/github-tone.content): the GitHub script asks when a
 * comment box first gets focus, and it goes into the very frame that asked.
 */
export const TONE_COACH_SCRIPT = 'content-scripts/github-tone.js';

/** The slice of the extension API this needs, so it can be tested with a fake. */
export interface ToneCoachApi {
  scripting: {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
  };
}

/** Who asked: a tab's frame. Extension pages have no tab, and get nothing. */
export interface Requester {
  tab?: { id?: number };
  frameId?: number;
}

export async function injectToneCoach(api: ToneCoachApi, requester: Requester): Promise<boolean> {
  const tabId = requester.tab?.id;
  if (tabId === undefined) return false;
  await api.scripting.executeScript({ target: { tabId, frameIds: [requester.frameId ?? 0] }, files: [TONE_COACH_SCRIPT] });
  return true;
}
