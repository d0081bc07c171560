import type { Settings, SettingsPatch } from '../../utils/settings';

/** What every settings-backed section receives. */
export interface SettingsSectionProps {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<boolean>;
  reportError: (message: string | undefined) => void;
}

/** The options page's sections, in nav order. `id` is the URL hash (#people) and the screenshot name. */
export const OPTION_SECTIONS = [
  { id: 'areas', title: 'Areas' },
  { id: 'sites', title: 'Sites & tone' },
  { id: 'frequency', title: 'Frequency' },
  { id: 'people', title: 'People' },
  { id: 'reminder', title: '1:1 reminder' },
  { id: 'custom-tips', title: 'Your tips' },
  { id: 'history', title: 'History' },
  { id: 'growth', title: 'Growth' },
  { id: 'data', title: 'Data' },
] as const;

export type OptionSectionId = (typeof OPTION_SECTIONS)[number]['id'];

export function isOptionSection(value: string): value is OptionSectionId {
  return OPTION_SECTIONS.some((section) => section.id === value);
}

/** Other names a link from a page may use for a section (`options.html#tone` from the tone coach). */
const SECTION_ALIASES: Record<string, OptionSectionId> = {
  tone: 'sites',
  surfaces: 'sites',
  'tone-coach': 'sites',
  enterprise: 'sites',
  tips: 'custom-tips',
  reminders: 'reminder',
  role: 'people',
  export: 'data',
  import: 'data',
};

/** The section a URL hash names, or undefined. */
export function sectionForHash(hash: string): OptionSectionId | undefined {
  const name = hash.replace(/^#/, '').toLowerCase();
  return isOptionSection(name) ? name : SECTION_ALIASES[name];
}
