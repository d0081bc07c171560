import { AREAS, AREA_LABELS, type Area } from '../../utils/tips/areas';
import { Section, Toggle } from './fields';
import type { SettingsSectionProps } from './sections';

/** One line per area, so people know what they are turning off. */
const AREA_HINTS: Record<Area, string> = {
  'stepping-up': 'Taking on work nobody asked you to do yet.',
  ownership: 'Seeing things through, including the dull parts.',
  relationships: 'Trust with the people you build with.',
  'technical-expertise': 'Depth, judgement and sharing what you know.',
  mentorship: 'Helping others grow, in reviews and in 1:1s.',
  'project-management': 'Scope, risks, and keeping work moving.',
  communication: 'Writing and speaking so others can act on it.',
  'managing-up': 'Keeping your manager informed and aligned.',
  'conflict-and-crises': 'Disagreements, incidents and hard conversations.',
  vision: 'Where the team and the system should go next.',
};

export function AreasSection({ settings, save }: SettingsSectionProps) {
  const onCount = AREAS.filter((area) => settings.areas[area]).length;
  return (
    <Section id="areas" title="Areas" intro="Leadway draws its tips from ten areas of technical leadership. Turn off the ones you do not want to hear about: their tips stop appearing on pages and in the popup.">
      <fieldset class="op-fieldset">
        <legend>Tips from these areas</legend>
        <p class="op-hint op-count" aria-live="polite">
          {onCount} of {AREAS.length} areas on
        </p>
        <div class="op-grid-2">
          {AREAS.map((area) => (
            <Toggle
              name={`area-${area}`}
              label={AREA_LABELS[area]}
              hint={AREA_HINTS[area]}
              checked={settings.areas[area]}
              onChange={(checked) => void save({ areas: { [area]: checked } })}
            />
          ))}
        </div>
      </fieldset>
      <div class="op-row">
        <button type="button" class="op-button" disabled={onCount === AREAS.length} onClick={() => void save({ areas: Object.fromEntries(AREAS.map((a) => [a, true])) as Record<Area, boolean> })}>
          Turn all on
        </button>
      </div>
    </Section>
  );
}
