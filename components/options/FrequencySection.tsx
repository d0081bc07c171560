import { useEffect, useId, useState } from 'preact/hooks';
import { SURFACES, type Surface } from '../../utils/tips/types';
import { TIME_OF_DAY_PATTERN } from '../../utils/settings';
import { SETTINGS_LIMITS } from '../../utils/storage/validate-settings';
import { NumberField, Section, Toggle } from './fields';
import { SURFACE_LABELS } from '../../utils/surfaces';
import type { SettingsSectionProps } from './sections';

const CAP_HINTS: Record<Surface, string> = {
  'pr-hint': 'Across all pull requests.',
  'tone-coach': 'Notes while you write review comments.',
  'one-on-one': 'Panels beside your 1:1s.',
  popup: 'Tips you open yourself; set it high.',
  reminder: 'Notifications before a 1:1.',
};

export function FrequencySection({ settings, save }: SettingsSectionProps) {
  return (
    <Section id="frequency" title="Frequency" intro="A tip is worth more when it is rare. Set how often Leadway may speak up without being asked.">
      <fieldset class="op-fieldset">
        <legend>Most tips per day</legend>
        <div class="op-grid-3">
          {SURFACES.map((surface) => (
            <NumberField
              name={`cap-${surface}`}
              label={SURFACE_LABELS[surface]}
              hint={CAP_HINTS[surface]}
              value={settings.dailyCaps[surface]}
              min={0}
              max={SETTINGS_LIMITS.dailyCapMax}
              unit="a day"
              onCommit={(value) => void save({ dailyCaps: { [surface]: value } })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset class="op-fieldset">
        <legend>Per pull request</legend>
        <NumberField
          name="per-pr"
          label="Hints on the same pull request"
          hint="Coming back to a pull request later that day shows the same hint again rather than a new one."
          value={settings.perPrPerDay}
          min={0}
          max={SETTINGS_LIMITS.perPrPerDayMax}
          unit="a day"
          onCommit={(perPrPerDay) => void save({ perPrPerDay })}
        />
      </fieldset>

      <QuietHours quiet={settings.quietHours} save={save} />

      <fieldset class="op-fieldset">
        <legend>Not now</legend>
        <NumberField
          name="snooze-days"
          label="“Not now” hides a tip for"
          value={settings.snoozeDays}
          min={0}
          max={SETTINGS_LIMITS.snoozeDaysMax}
          unit="days"
          onCommit={(snoozeDays) => void save({ snoozeDays })}
        />
      </fieldset>
    </Section>
  );
}

function QuietHours({ quiet, save }: { quiet: SettingsSectionProps['settings']['quietHours']; save: SettingsSectionProps['save'] }) {
  const id = useId();
  const [start, setStart] = useState(quiet.start);
  const [end, setEnd] = useState(quiet.end);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    setStart(quiet.start);
    setEnd(quiet.end);
  }, [quiet.start, quiet.end]);

  function commit(which: 'start' | 'end', value: string) {
    if (!TIME_OF_DAY_PATTERN.test(value)) {
      setError('Enter times as hours and minutes, like 19:00.');
      return;
    }
    setError(undefined);
    if (value !== quiet[which]) void save({ quietHours: { [which]: value } });
  }

  return (
    <fieldset class="op-fieldset">
      <legend>Quiet hours</legend>
      <Toggle
        name="quiet-enabled"
        label="No hints during quiet hours"
        hint="Pages stay silent; the popup still answers when you open it."
        checked={quiet.enabled}
        onChange={(enabled) => void save({ quietHours: { enabled } })}
      />
      <div class="op-row op-times">
        <label for={`${id}-start`}>From</label>
        <input
          id={`${id}-start`}
          type="time"
          value={start}
          disabled={!quiet.enabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setStart(event.currentTarget.value)}
          onChange={(event) => commit('start', event.currentTarget.value)}
        />
        <label for={`${id}-end`}>to</label>
        <input
          id={`${id}-end`}
          type="time"
          value={end}
          disabled={!quiet.enabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setEnd(event.currentTarget.value)}
          onChange={(event) => commit('end', event.currentTarget.value)}
        />
      </div>
      {error ? (
        <p id={`${id}-error`} class="op-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
