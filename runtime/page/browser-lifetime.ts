import { extensionApi } from '../wire';
import { createLifetime, type LeadwayLifetime } from './lifetime';

/**
 * The lifetime of a content script in the browser: it ends when Leadway's extension context is gone. The browser's
 * own API object is read directly (not through wxt/browser), so content scripts carry no polyfill.
 */
export function leadwayLifetime(): LeadwayLifetime {
  return createLifetime({ extensionId: () => extensionApi().runtime.id });
}
