import { browser } from 'wxt/browser';
import { createLifetime, type LeadwayLifetime } from './lifetime';

/** The lifetime of a content script in the browser: it ends when Leadway's extension context is gone. */
export function leadwayLifetime(): LeadwayLifetime {
  return createLifetime({ extensionId: () => browser.runtime?.id });
}
