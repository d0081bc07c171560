import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/settings';
import { repairSettings, validateSettings } from '../../../utils/storage/validate-settings';

describe('the specific-feedback setting', () => {
  it('defaults to other people’s pull requests, also for settings saved before it existed', () => {
    expect(defaultSettings().tone.specificFeedback).toBe('others');
    const older = defaultSettings() as unknown as { tone: Record<string, unknown> };
    delete older.tone.specificFeedback;
    expect(repairSettings(older).tone.specificFeedback).toBe('others');
    expect(validateSettings(older, 'reject').settings?.tone.specificFeedback).toBe('others');
  });

  it('accepts its three modes and rejects anything else', () => {
    for (const mode of ['others', 'all', 'off'] as const) {
      const settings = { ...defaultSettings(), tone: { ...defaultSettings().tone, specificFeedback: mode } };
      expect(validateSettings(settings, 'reject').settings?.tone.specificFeedback).toBe(mode);
    }
    const wrong = { ...defaultSettings(), tone: { ...defaultSettings().tone, specificFeedback: 'sometimes' } };
    const { settings, validation } = validateSettings(wrong, 'reject');
    expect(settings).toBeUndefined();
    expect(validation.total).toBeGreaterThan(0);
    expect(repairSettings(wrong).tone.specificFeedback).toBe('others');
  });
});
