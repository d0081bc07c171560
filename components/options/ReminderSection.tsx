import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from '../../runtime/extension-browser';
import { SETTINGS_LIMITS } from '../../utils/storage/validate-settings';
import { REMINDER_PERMISSIONS, REMINDER_REQUEST } from '../../utils/permissions';
import { NumberField, Section } from './fields';
import type { SettingsSectionProps } from './sections';
import { errorMessage } from './useSettings';


export function ReminderSection({ settings, save }: SettingsSectionProps) {
  const id = useId();
  const reminder = settings.reminder;
  const [problem, setProblem] = useState<string | undefined>(undefined);

  // Permissions can be taken back from the browser's own settings: say so instead of staying silently broken.
  useEffect(() => {
    if (!reminder.enabled) return;
    let live = true;
    browser.permissions
      .contains({ permissions: REMINDER_PERMISSIONS })
      .then((has) => {
        if (live && !has) setProblem('Reminders are on, but the browser no longer lets Leadway show notifications. Turn them off and on again to ask once more.');
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [reminder.enabled]);

  function onToggle(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const wantOn = input.checked;
    if (!wantOn) {
      setProblem(undefined);
      void save({ reminder: { enabled: false } });
      return;
    }
    // Stay visibly off until the browser says yes; the saved setting turns the switch on.
    input.checked = false;
    setProblem(undefined);
    // Must run inside the click: browsers only show the permission prompt for a user gesture.
    browser.permissions
      .request({ permissions: REMINDER_REQUEST })
      .then((granted) => {
        if (granted) return save({ reminder: { enabled: true } });
        setProblem('Reminders stay off: Leadway needs your permission to show notifications and set alarms. Turn the switch on again to be asked once more.');
        return false;
      })
      .catch((error: unknown) => setProblem(`Reminders stay off: the browser could not ask for permission (${errorMessage(error)}).`));
  }

  return (
    <Section id="reminder" title="1:1 reminder" intro="A notification shortly before a 1:1 Leadway has seen in your calendar, with a tip for that conversation.">
      <fieldset class="op-fieldset">
        <legend>Reminder</legend>
        <div class="op-toggle">
          <input
            id={`${id}-enabled`}
            type="checkbox"
            class="op-switch"
            name="reminder-enabled"
            checked={reminder.enabled}
            aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
            onChange={onToggle}
          />
          <label for={`${id}-enabled`} class="op-toggle-label">
            Remind me before a 1:1
          </label>
          <p id={`${id}-hint`} class="op-hint">
            Turning this on asks your browser for two permissions: notifications and alarms. Leadway asks for nothing else.
          </p>
        </div>
        {problem ? (
          <p id={`${id}-problem`} class="op-error" role="alert">
            {problem}
          </p>
        ) : null}
        <NumberField
          name="reminder-minutes"
          label="How long before"
          value={reminder.minutesBefore}
          min={0}
          max={SETTINGS_LIMITS.reminderMinutesMax}
          unit="minutes"
          disabled={!reminder.enabled}
          onCommit={(minutesBefore) => void save({ reminder: { minutesBefore } })}
        />
      </fieldset>
    </Section>
  );
}
