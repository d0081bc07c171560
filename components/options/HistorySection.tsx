import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { askBackground } from '../../runtime/messaging';
import { REACTIONS, type HistoryEvent, type Reaction } from '../../utils/history';
import { AREAS, AREA_LABELS, type Area } from '../../utils/tips/areas';
import { SURFACES, type Surface, type Tip } from '../../utils/tips/types';
import { tipById } from '../../utils/tips/catalogue';
import { Confirm, Section } from './fields';
import { REACTION_LABELS } from '../../utils/labels/reactions';
import { SURFACE_LABELS } from '../../utils/surfaces';
import { errorMessage } from './useSettings';
import { ReviewMemoryHistory } from './ReviewMemoryHistory';
import type { Settings, SettingsPatch } from '../../utils/settings';

/** The timeline loads this many events at most (filters narrow it down) and draws them a screenful at a time. */
export const HISTORY_PAGE = 300;
const SHOWN_AT_ONCE = 60;

interface Filters {
  area?: Area;
  surface?: Surface;
  type?: Reaction;
}

export interface HistorySectionProps {
  reportError: (message: string | undefined) => void;
  onSaved: () => void;
  /** With settings loaded, the section also holds review memory's switch and the pull requests it keeps. */
  settings?: Settings;
  save?: (patch: SettingsPatch) => Promise<boolean>;
}

export function newestFirst(events: readonly HistoryEvent[]): HistoryEvent[] {
  return [...events].sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
}

/** Events grouped by local day, newest day first; events inside a day newest first. */
export function groupByDay(events: readonly HistoryEvent[]): { day: string; events: HistoryEvent[] }[] {
  const sorted = newestFirst(events);
  const groups: { day: string; events: HistoryEvent[] }[] = [];
  for (const event of sorted) {
    const day = new Date(event.at).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const last = groups[groups.length - 1];
    if (last?.day === day) last.events.push(event);
    else groups.push({ day, events: [event] });
  }
  return groups;
}

export function HistorySection({ reportError, onSaved, settings, save }: HistorySectionProps) {
  const id = useId();
  const [filters, setFilters] = useState<Filters>({});
  const [events, setEvents] = useState<HistoryEvent[] | undefined>(undefined);
  const [customTips, setCustomTips] = useState<Tip[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [visible, setVisible] = useState(SHOWN_AT_ONCE);

  async function load(current: Filters) {
    try {
      setEvents(await askBackground('listHistory', { ...current, limit: HISTORY_PAGE }));
      setLoadError(undefined);
    } catch (error) {
      setLoadError(`Could not read your history: ${errorMessage(error)}`);
    }
  }

  useEffect(() => {
    void load(filters);
  }, [filters]);

  useEffect(() => {
    askBackground('listCustomTips').then(setCustomTips, () => {});
  }, []);

  const titleOf = useMemo(() => {
    const custom = new Map(customTips.map((tip) => [tip.id, tip.title]));
    return (tipId: string) => tipById(tipId)?.title ?? custom.get(tipId) ?? 'A tip that no longer exists';
  }, [customTips]);

  const filtered = filters.area !== undefined || filters.surface !== undefined || filters.type !== undefined;
  const groups = useMemo(() => groupByDay(newestFirst(events ?? []).slice(0, visible)), [events, visible]);
  const hidden = Math.max(0, (events?.length ?? 0) - visible);

  async function clear() {
    setConfirming(false);
    try {
      const removed = await askBackground('clearHistory', filters);
      reportError(undefined);
      setMessage(`Cleared ${removed} ${removed === 1 ? 'event' : 'events'}.`);
      onSaved();
      await load(filters);
    } catch (error) {
      reportError(`Could not clear history: ${errorMessage(error)}`);
    }
  }

  function setFilter<K extends keyof Filters>(key: K, value: string) {
    setMessage(undefined);
    setVisible(SHOWN_AT_ONCE);
    setFilters((current) => ({ ...current, [key]: value === '' ? undefined : (value as Filters[K]) }));
  }

  return (
    <Section id="history" title="History" intro="Every tip Leadway showed you and what you said about it, newest first. It never leaves this browser.">
      {settings && save ? <ReviewMemoryHistory settings={settings} save={save} reportError={reportError} /> : null}
      {settings && save ? <h3 class="op-subtitle">Tips</h3> : null}
      <fieldset class="op-fieldset op-filters">
        <legend>Show</legend>
        <div class="op-row">
          <label for={`${id}-area`}>Area</label>
          <select id={`${id}-area`} class="op-input" value={filters.area ?? ''} onChange={(e) => setFilter('area', e.currentTarget.value)}>
            <option value="">All areas</option>
            {AREAS.map((area) => (
              <option value={area}>{AREA_LABELS[area]}</option>
            ))}
          </select>
          <label for={`${id}-surface`}>Where</label>
          <select id={`${id}-surface`} class="op-input" value={filters.surface ?? ''} onChange={(e) => setFilter('surface', e.currentTarget.value)}>
            <option value="">Everywhere</option>
            {SURFACES.map((surface) => (
              <option value={surface}>{SURFACE_LABELS[surface]}</option>
            ))}
          </select>
          <label for={`${id}-type`}>Reaction</label>
          <select id={`${id}-type`} class="op-input" value={filters.type ?? ''} onChange={(e) => setFilter('type', e.currentTarget.value)}>
            <option value="">Any</option>
            {REACTIONS.map((reaction) => (
              <option value={reaction}>{REACTION_LABELS[reaction]}</option>
            ))}
          </select>
        </div>
      </fieldset>

      <div class="op-row op-history-bar">
        <p class="op-hint" role="status">
          {message ??
            (events === undefined
              ? 'Loading…'
              : `${events.length}${events.length === HISTORY_PAGE ? '+' : ''} ${events.length === 1 ? 'event' : 'events'}${filtered ? ' match' : ''}`)}
        </p>
        <button type="button" class="op-button op-danger-text" disabled={!events || events.length === 0} onClick={() => setConfirming(true)}>
          {filtered ? 'Clear these events…' : 'Clear all history…'}
        </button>
      </div>
      {confirming ? (
        <Confirm
          message={
            filtered
              ? 'Delete every history event that matches these filters? Growth charts lose them too. This cannot be undone.'
              : 'Delete your whole history? Growth charts start again from zero. Settings and your tips stay. This cannot be undone.'
          }
          confirmLabel={filtered ? 'Clear matching events' : 'Clear all history'}
          onConfirm={() => void clear()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {loadError ? <p class="op-error">{loadError}</p> : null}

      {events && events.length === 0 ? (
        <p class="op-empty-line">{filtered ? 'Nothing matches these filters.' : 'No history yet: tips you meet will appear here.'}</p>
      ) : null}
      <ol class="op-timeline" aria-label="History, newest first">
        {groups.map((group) => (
          <li class="op-day">
            <h3 class="op-day-title">{group.day}</h3>
            <ol class="op-day-events">
              {group.events.map((event) => (
                <li class="op-event" data-reaction={event.type}>
                  <time class="op-event-time" dateTime={new Date(event.at).toISOString()}>
                    {new Date(event.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
                  </time>
                  <span class={`op-reaction op-reaction-${event.type}`}>{REACTION_LABELS[event.type]}</span>
                  <span class="op-event-title">{titleOf(event.tipId)}</span>
                  <span class="op-event-meta">
                    {AREA_LABELS[event.area]} · {SURFACE_LABELS[event.surface]}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {hidden > 0 ? (
        <div class="op-row op-more">
          <button type="button" class="op-button" onClick={() => setVisible((count) => count + SHOWN_AT_ONCE)}>
            Show {Math.min(hidden, SHOWN_AT_ONCE)} more
          </button>
          <span class="op-hint">{hidden} older events not shown yet</span>
        </div>
      ) : null}
    </Section>
  );
}
