import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../utils/settings';
import { isSurfaceOn, ON_DEMAND_SCRIPTS, PAGE_SURFACES, SURFACE_LABELS, surfacesOn } from '../../utils/surfaces';

describe('the page surfaces list', () => {
  test('says which surfaces each site shows', () => {
    expect(surfacesOn('github')).toEqual(['pr-hint', 'tone-coach']);
    expect(surfacesOn('google-calendar')).toEqual(['one-on-one']);
    expect(surfacesOn('outlook')).toEqual(['one-on-one']);
  });

  test("switches a surface with its site's own setting, and never on a site it is not for", () => {
    const settings = defaultSettings();
    expect(isSurfaceOn('tone-coach', settings, 'github')).toBe(true);
    settings.sites.github.toneCoach = false;
    expect(isSurfaceOn('tone-coach', settings, 'github')).toBe(false);
    expect(isSurfaceOn('pr-hint', settings, 'github')).toBe(true);
    expect(isSurfaceOn('one-on-one', settings, 'github')).toBe(false);
  });

  test('names the injected script of exactly the surfaces that have one', () => {
    expect(ON_DEMAND_SCRIPTS).toEqual({
      'tone-coach': 'content-scripts/github-tone.js',
      'one-on-one': 'content-scripts/one-on-one-panel.js',
    });
    expect(PAGE_SURFACES.filter((surface) => !('onDemandScript' in surface)).map((surface) => surface.id)).toEqual(['pr-hint']);
  });

  test('gives every surface, in a page or not, a name for people', () => {
    expect(SURFACE_LABELS).toMatchObject({ 'pr-hint': 'Pull-request hints', popup: 'Toolbar popup', reminder: '1:1 reminders' });
  });
});
