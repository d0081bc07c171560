import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGithub } from './github';

// GitHub navigates without page loads, so the script runs on all of github.com and decides per page what to show.
export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_end',
  main(ctx) {
    startGithub(ctx);
  },
});
