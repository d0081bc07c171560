import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings';

export type ThemeSetting = Settings['theme'];
export type ResolvedTheme = 'light' | 'dark';

/** Where the popup and options page remember the last theme, so the first paint already has the right colours. */
const THEME_CACHE_KEY = 'leadway.theme';

export function resolveTheme(setting: ThemeSetting, systemPrefersDark: boolean): ResolvedTheme {
  if (setting === 'light' || setting === 'dark') return setting;
  return systemPrefersDark ? 'dark' : 'light';
}

function systemQuery(): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
}

/** The theme setting remembered from the last time settings were read (extension pages share localStorage). */
export function cachedThemeSetting(): ThemeSetting {
  try {
    const value = localStorage.getItem(THEME_CACHE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function rememberThemeSetting(setting: ThemeSetting): void {
  try {
    localStorage.setItem(THEME_CACHE_KEY, setting);
  } catch {
    // Storage can be unavailable (private windows, tests): the theme then follows the system until settings load.
  }
}

/** Sets the theme on <html>. Entry points call it before the first render so the first paint has the right colours. */
export function applyTheme(theme: ResolvedTheme): void {
  const root = document.documentElement;
  root.classList.add('lw-theme');
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}

/** The theme to paint before settings arrive: the remembered setting, resolved against the system's. */
export function initialTheme(): ResolvedTheme {
  return resolveTheme(cachedThemeSetting(), systemQuery()?.matches ?? false);
}

/**
 * Applies the theme to <html> (which carries `lw-theme`, the tip card's colour scope) and follows the system
 * setting live when the user chose "system".
 */
export function useTheme(setting: ThemeSetting | undefined): ResolvedTheme {
  const effective = setting ?? cachedThemeSetting();
  const [systemDark, setSystemDark] = useState(() => systemQuery()?.matches ?? false);

  useEffect(() => {
    const query = systemQuery();
    if (!query) return;
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener?.('change', onChange);
    return () => query.removeEventListener?.('change', onChange);
  }, []);

  const theme = resolveTheme(effective, systemDark);
  useLayoutEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    if (setting !== undefined) rememberThemeSetting(setting);
  }, [setting]);

  return theme;
}
