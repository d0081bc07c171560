/**
 * Scripts that are not in the manifest (a surface's `onDemandScript`, utils/surfaces.ts): a page's own content script
 * asks for one the first time it is needed, and it goes into the very frame that asked. The tone coach comes on the
 * first focus of a PR comment box (surfaces/tone-coach/loader.ts), the 1:1 panel's view on the first 1:1 a calendar
 * opens (runtime/page/on-demand.ts).
 */
import { ON_DEMAND_SCRIPTS, type OnDemandSurfaceId } from '../../utils/surfaces';

/** The slice of the extension API this needs, so it can be tested with a fake. */
export interface ScriptingApi {
  scripting: {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
  };
}

/** Who asked: a tab's frame. Extension pages have no tab, and get nothing. */
export interface Requester {
  tab?: { id?: number };
  frameId?: number;
}

/** Inject the script into the asking frame; resolves once it has run there. False for a sender without a tab. */
export async function injectOnDemand(api: ScriptingApi, requester: Requester, surface: OnDemandSurfaceId): Promise<boolean> {
  const tabId = requester.tab?.id;
  if (tabId === undefined) return false;
  await api.scripting.executeScript({ target: { tabId, frameIds: [requester.frameId ?? 0] }, files: [ON_DEMAND_SCRIPTS[surface]] });
  return true;
}
