import { isPrivateKey } from '../../utils/calendar/private-key';
import type { SettingsSectionProps } from './sections';

/**
 * What "Not a 1:1" left in settings, shown so that nothing Leadway keeps about a person's calendar is hidden from
 * them, and each entry can be taken back. Keys hold no meeting title or name (see utils/calendar/private-key.ts), so
 * an entry says which calendar it came from and a short code, not what the meeting is called.
 */
export function describeNotOneOnOne(key: string): string {
  if (isPrivateKey(key)) {
    const code = key.slice(key.indexOf('#') + 1, key.indexOf('#') + 7);
    return key.startsWith('outlook:') ? `Outlook meeting series · ${code}` : `Google Calendar meeting · ${code}`;
  }
  return `Google Calendar event series · ${key.slice(0, 6)}`;
}

export function NotOneOnOneList({ settings, save }: Pick<SettingsSectionProps, 'settings' | 'save'>) {
  const keys = settings.notOneOnOne;
  return (
    <fieldset class="op-fieldset" data-list="not-one-on-one">
      <legend>Meetings you marked “not a 1:1”</legend>
      {keys.length === 0 ? (
        <p class="op-hint">None. Use “Not a 1:1” in the 1:1 panel when Leadway mistakes a meeting for one.</p>
      ) : (
        <>
          <p class="op-hint">Leadway keeps a code for each, never the meeting’s title or the organizer’s name. Remove one to let Leadway treat that meeting as a 1:1 again.</p>
          <ul class="op-people" aria-label="Meetings marked not a 1:1">
            {keys.map((key) => (
              <li class="op-person" data-key-kind={isPrivateKey(key) ? 'hashed' : 'event-id'}>
                <span class="op-person-main">{describeNotOneOnOne(key)}</span>
                <button
                  type="button"
                  class="op-button op-small op-danger-text"
                  aria-label={`Remove ${describeNotOneOnOne(key)}`}
                  onClick={() => void save({ notOneOnOne: keys.filter((other) => other !== key) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
