import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { askBackground } from '../../runtime/messaging';
import type { Settings } from '../../utils/settings';
import { useTheme } from '../popup/theme';
import { useSettings } from './useSettings';
import { OPTION_SECTIONS, sectionForHash, type OptionSectionId } from './sections';
import { AreasSection } from './AreasSection';
import { SitesSection } from './SitesSection';
import { FrequencySection } from './FrequencySection';
import { PeopleSection } from './PeopleSection';
import { ReminderSection } from './ReminderSection';
import { CustomTipsSection } from './CustomTipsSection';
import { HistorySection } from './HistorySection';
import { GrowthSection } from './GrowthSection';
import { DataSection } from './DataSection';

function sectionFromHash(): OptionSectionId {
  return sectionForHash(location.hash) ?? 'areas';
}

export interface OptionsAppProps {
  now?: () => number;
}

export function OptionsApp({ now = Date.now }: OptionsAppProps) {
  const api = useSettings();
  const { settings, save, reportError, markSaved } = api;
  useTheme(settings?.theme);
  const [section, setSection] = useState<OptionSectionId>(sectionFromHash);
  // Bumped when an import or reset replaced everything: sections that load their own data remount and reload.
  const [dataVersion, setDataVersion] = useState(0);
  const mainRef = useRef<HTMLElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    const onHashChange = () => {
      moveFocus.current = true;
      setSection(sectionFromHash());
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  // A storage problem the background met while this page was closed (a full disk, say) is told here, once.
  useEffect(() => {
    askBackground('ping').then(
      (status) => status?.problem && reportError(status.problem.message),
      () => {},
    );
  }, []);

  // After choosing a section in the nav, keyboard and screen-reader users land on its heading.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    mainRef.current?.querySelector<HTMLElement>('.op-section-title')?.focus();
  }, [section]);

  function onNavKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    links[(index + (event.key === 'ArrowDown' ? 1 : -1) + links.length) % links.length]?.focus();
  }

  function renderSection() {
    const sectionProps = settings ? { settings, save, reportError } : undefined;
    switch (section) {
      case 'custom-tips':
        return <CustomTipsSection key={dataVersion} reportError={reportError} onSaved={markSaved} />;
      case 'history':
        return <HistorySection key={dataVersion} reportError={reportError} onSaved={markSaved} {...(settings ? { settings, save } : {})} />;
      case 'growth':
        return <GrowthSection key={dataVersion} now={now} />;
      case 'data':
        return <DataSection onDataReplaced={() => setDataVersion((v) => v + 1)} now={now} />;
      default:
        break;
    }
    if (!sectionProps) {
      return api.loadError ? (
        <div class="op-section">
          <h2 class="op-section-title">Leadway could not load your settings</h2>
          <p class="op-error">{api.loadError}</p>
          <p class="op-hint">Reload this page. If it keeps happening, restart the browser.</p>
        </div>
      ) : (
        <p class="op-empty-line">Loading your settings…</p>
      );
    }
    switch (section) {
      case 'areas':
        return <AreasSection {...sectionProps} />;
      case 'sites':
        return <SitesSection {...sectionProps} />;
      case 'frequency':
        return <FrequencySection {...sectionProps} />;
      case 'people':
        return <PeopleSection {...sectionProps} />;
      case 'reminder':
        return <ReminderSection {...sectionProps} />;
    }
  }

  return (
    <div class="op-layout">
      <a class="op-skip" href="#op-main" onClick={(event) => {
        event.preventDefault();
        mainRef.current?.querySelector<HTMLElement>('.op-section-title')?.focus();
      }}>
        Skip to the settings
      </a>
      <aside class="op-sidebar">
        <div class="op-sidebar-inner">
          <div class="op-brand">
            <svg class="op-logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M4 20 L12 4 L20 20 Z" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round" />
              <path d="M8.5 14 h7" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
            </svg>
            <h1 class="op-brand-name">Leadway options</h1>
          </div>
          <nav aria-label="Options sections" onKeyDown={onNavKeyDown}>
            <ul class="op-nav">
              {OPTION_SECTIONS.map((entry) => (
                <li>
                  <a href={`#${entry.id}`} class="op-nav-link" aria-current={entry.id === section ? 'page' : undefined} data-nav={entry.id}>
                    {entry.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {settings ? <ThemePicker theme={settings.theme} onChange={(theme) => void save({ theme })} /> : null}
          <p class="op-privacy">Everything stays in this browser. Leadway makes no network requests.</p>
        </div>
      </aside>
      <main class="op-main" id="op-main" ref={mainRef}>
        <div class="op-topbar">
          <p class={`op-saved op-saved-${api.saveState}`} role="status" data-testid="save-status">
            {api.saveState === 'saving' ? 'Saving…' : api.saveState === 'saved' ? 'Saved' : ''}
          </p>
        </div>
        <div class="op-alerts" role="alert" data-testid="save-error">
          {api.saveError ? (
            <p class="op-alert">
              <span>{api.saveError}</span>
              <button type="button" class="op-button op-small" onClick={() => reportError(undefined)}>
                Dismiss
              </button>
            </p>
          ) : null}
        </div>
        {renderSection()}
      </main>
    </div>
  );
}

function ThemePicker({ theme, onChange }: { theme: Settings['theme']; onChange: (theme: Settings['theme']) => void }) {
  const id = useId();
  return (
    <div class="op-theme">
      <label for={id}>Appearance</label>
      <select id={id} class="op-input" value={theme} onChange={(event) => onChange(event.currentTarget.value as Settings['theme'])}>
        <option value="system">Same as the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
