import type { PrContext } from '../../utils/github/context';
import type { Settings } from '../../utils/settings';

/** One thing Leadway does on GitHub. Each can be switched off in settings and fails on its own. */
export interface GithubFeature {
  name: string;
  /** The page or the settings changed. `context` is undefined off pull-request pages. */
  update(context: PrContext | undefined, settings: Settings): void | Promise<void>;
  /** The user is leaving the page: remove everything this feature added. */
  teardown(): void;
}
