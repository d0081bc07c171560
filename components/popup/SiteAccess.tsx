import { useEffect, useState } from 'preact/hooks';
import { askForAccess, siteList, sitesWithoutAccess, type Site } from '../../runtime/site-access';

/** Says which sites Leadway cannot see because it has no access there, with a button that asks for it. */
export function SiteAccess() {
  const [missing, setMissing] = useState<Site[]>([]);
  const [outcome, setOutcome] = useState<'granted' | 'declined' | undefined>(undefined);

  useEffect(() => {
    sitesWithoutAccess().then(setMissing, () => setMissing([]));
  }, []);

  function ask() {
    // No await before the request: the browser only asks while handling the click.
    askForAccess(missing).then(
      async (granted) => {
        setOutcome(granted ? 'granted' : 'declined');
        setMissing(await sitesWithoutAccess().catch(() => []));
      },
      () => setOutcome('declined'),
    );
  }

  if (outcome === 'granted' && missing.length === 0) {
    return (
      <p class="pp-access" role="status" data-testid="site-access">
        Done. Reload the page to see Leadway there.
      </p>
    );
  }
  if (missing.length === 0) return null;
  return (
    <div class="pp-access" data-testid="site-access">
      <p class="pp-access-text">
        Leadway needs access to {siteList(missing.map((site) => site.name))} to show tips there.
        {outcome === 'declined' ? ' The browser did not give it.' : ''}
      </p>
      <button type="button" class="pp-access-button" onClick={ask}>
        Give access
      </button>
    </div>
  );
}
