import { useId, useState } from 'preact/hooks';
import { browser } from '../../runtime/extension-browser';
import { SPECIFIC_FEEDBACK_MODES, TONE_CATEGORIES, type Site, type SpecificFeedbackMode } from '../../utils/settings';
import { SETTINGS_LIMITS } from '../../utils/storage/validate-settings';
import { Section, Toggle } from './fields';
import { SITE_LABELS } from '../../utils/labels/sites';
import { TONE_CATEGORY_LABELS } from '../../utils/labels/tone-categories';
import { PhraseList } from './PhraseList';
import { originPattern, parseEnterpriseOrigin } from './enterprise';
import type { SettingsSectionProps } from './sections';
import { errorMessage } from './useSettings';
import { SiteProblems } from './SiteProblems';

export function SitesSection({ settings, save, reportError }: SettingsSectionProps) {
  const setSite = (site: Site, change: Partial<{ hints: boolean; toneCoach: boolean }>) =>
    void save({ sites: { [site]: { ...settings.sites[site], ...change } } });
  const tone = settings.tone;

  return (
    <Section id="sites" title="Sites & tone" intro="Choose where Leadway speaks up, and what its tone coach listens for in your review comments.">
      <fieldset class="op-fieldset">
        <legend>{SITE_LABELS.github}</legend>
        <Toggle
          name="github-hints"
          label="Hints on pull requests"
          hint="A short tip beside the pull request you are reviewing or writing."
          checked={settings.sites.github.hints}
          onChange={(hints) => setSite('github', { hints })}
        />
        <Toggle
          name="github-tone"
          label="Tone coach in review comments"
          hint="A gentle note while you type, when a phrase might land harder than you meant."
          checked={settings.sites.github.toneCoach}
          onChange={(toneCoach) => setSite('github', { toneCoach })}
        />
      </fieldset>

      <fieldset class="op-fieldset">
        <legend>Calendars</legend>
        <Toggle
          name="google-calendar-hints"
          label={`1:1 tips in ${SITE_LABELS['google-calendar']}`}
          hint="When you open a 1:1, a panel suggests what to bring to it."
          checked={settings.sites['google-calendar'].hints}
          onChange={(hints) => setSite('google-calendar', { hints })}
        />
        <Toggle
          name="outlook-hints"
          label={`1:1 tips in ${SITE_LABELS.outlook}`}
          hint="The same panel for Outlook on the web."
          checked={settings.sites.outlook.hints}
          onChange={(hints) => setSite('outlook', { hints })}
        />
      </fieldset>

      <SiteProblems />

      <EnterpriseHosts hosts={settings.enterpriseHosts} save={save} reportError={reportError} />

      <h3 class="op-subtitle">Tone coach rules</h3>
      {!settings.sites.github.toneCoach ? (
        <p class="op-note">The tone coach is off on GitHub; these rules apply when you turn it back on.</p>
      ) : null}
      <fieldset class="op-fieldset">
        <legend>Notice these</legend>
        <div class="op-grid-2">
          {TONE_CATEGORIES.map((category) => (
            <Toggle
              name={`tone-${category}`}
              label={TONE_CATEGORY_LABELS[category].label}
              hint={TONE_CATEGORY_LABELS[category].hint}
              checked={tone.categories[category]}
              onChange={(checked) => void save({ tone: { categories: { ...tone.categories, [category]: checked } } })}
            />
          ))}
        </div>
      </fieldset>
      <div class="op-grid-2 op-align-start">
        <PhraseList
          legend="Also flag"
          noun="phrase to flag"
          hint="Words your team has agreed to avoid. Matched without regard to case."
          phrases={tone.flagPhrases}
          onChange={(flagPhrases) => void save({ tone: { flagPhrases } })}
        />
        <PhraseList
          legend="Never flag"
          noun="phrase to allow"
          hint="Team jargon that only sounds harsh, like “kill the process”."
          phrases={tone.allowPhrases}
          onChange={(allowPhrases) => void save({ tone: { allowPhrases } })}
        />
      </div>
      <fieldset class="op-fieldset">
        <legend>Balance</legend>
        <Toggle
          name="tone-balance"
          label="Suggest some praise when every comment is a criticism"
          hint="After several critical comments on one pull request, a reminder to say what is good too."
          checked={tone.balanceNudge}
          onChange={(balanceNudge) => void save({ tone: { balanceNudge } })}
        />
      </fieldset>
      <SpecificFeedbackPicker mode={tone.specificFeedback} onChange={(specificFeedback) => void save({ tone: { specificFeedback } })} />
    </Section>
  );
}

const SPECIFIC_FEEDBACK_LABELS: Record<SpecificFeedbackMode, string> = {
  others: 'On other people’s pull requests',
  all: 'On every pull request, mine too',
  off: 'Never',
};

/** When a comment is only a verdict ("This is wrong."), a prompt to add what was noticed and what to try. */
function SpecificFeedbackPicker({ mode, onChange }: { mode: SpecificFeedbackMode; onChange: (mode: SpecificFeedbackMode) => void }) {
  const id = useId();
  return (
    <fieldset class="op-fieldset">
      <legend>Specific feedback</legend>
      <label for={id}>Ask for specifics when a comment is only a verdict, like “This is wrong.”</label>
      <select id={id} name="tone-specific-feedback" class="op-input" value={mode} onChange={(event) => onChange(event.currentTarget.value as SpecificFeedbackMode)}>
        {SPECIFIC_FEEDBACK_MODES.map((option) => (
          <option key={option} value={option}>
            {SPECIFIC_FEEDBACK_LABELS[option]}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

interface EnterpriseHostsProps {
  hosts: readonly string[];
  save: SettingsSectionProps['save'];
  reportError: SettingsSectionProps['reportError'];
}

/** GitHub Enterprise servers: each needs the user's permission for its origin, asked for in the click itself. */
function EnterpriseHosts({ hosts, save, reportError }: EnterpriseHostsProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  function add(event: Event) {
    event.preventDefault();
    const parsed = parseEnterpriseOrigin(draft);
    if (!parsed.ok) return setError(parsed.error);
    if (hosts.includes(parsed.origin)) return setError(`${parsed.origin} is already in the list.`);
    if (hosts.length >= SETTINGS_LIMITS.enterpriseHostsMax) return setError('That is as many servers as Leadway keeps.');
    setError(undefined);
    setBusy(true);
    // The request must start inside the user's gesture, before any other await, or the browser refuses it.
    browser.permissions
      // Only the host: `scripting`, which registers Leadway's GitHub scripts there, is granted at install.
      .request({ origins: [originPattern(parsed.origin)] })
      .then(async (granted) => {
        if (!granted) {
          setError(`Permission for ${parsed.origin} was not given, so Leadway will not run there.`);
          return;
        }
        if (await save({ enterpriseHosts: [...hosts, parsed.origin] })) setDraft('');
      })
      .catch((failure: unknown) => setError(`Could not ask for permission: ${errorMessage(failure)}`))
      .finally(() => setBusy(false));
  }

  async function remove(origin: string) {
    await save({ enterpriseHosts: hosts.filter((host) => host !== origin) });
    try {
      await browser.permissions.remove({ origins: [originPattern(origin)] });
    } catch (failure) {
      reportError(`Removed ${origin}, but could not give back its permission: ${errorMessage(failure)}`);
    }
  }

  return (
    <fieldset class="op-fieldset">
      <legend>GitHub Enterprise</legend>
      <p class="op-hint" id={`${id}-hint`}>
        If your company runs its own GitHub, add its address. Your browser will ask you to let Leadway read pages there.
      </p>
      {hosts.length > 0 ? (
        <ul class="op-list" aria-label="GitHub Enterprise servers">
          {hosts.map((origin) => (
            <li class="op-list-item">
              <span class="op-mono">{origin}</span>
              <button type="button" class="op-button op-small" aria-label={`Remove ${origin}`} onClick={() => void remove(origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form class="op-row" onSubmit={add}>
        <label for={`${id}-input`} class="op-label-inline">
          Server address
        </label>
        <input
          id={`${id}-input`}
          type="text"
          inputMode="url"
          class="op-input"
          placeholder="https://github.example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="op-button" disabled={busy}>
          Add server
        </button>
      </form>
      {error ? (
        <p id={`${id}-error`} class="op-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
