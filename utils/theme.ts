export type Theme = 'light' | 'dark';

/** Relative luminance of a CSS colour like "rgb(13, 17, 23)"; undefined when it cannot be read or is transparent. */
export function luminance(color: string): number | undefined {
  const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(color);
  if (!match) return undefined;
  if (match[4] !== undefined && Number(match[4]) === 0) return undefined;
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * GitHub's theme: `data-color-mode` on <html> is light, dark or auto (auto follows the system).
 * Falls back to the page's background colour, which is right for any site.
 */
export function githubTheme(doc: Document, prefersDark: boolean): Theme {
  const mode = doc.documentElement.getAttribute('data-color-mode');
  if (mode === 'dark') return 'dark';
  if (mode === 'light') return 'light';
  if (mode === 'auto') return prefersDark ? 'dark' : 'light';
  return backgroundTheme(doc, prefersDark);
}

/** A page's theme judged from its painted background (Calendar and Outlook have no stable theme attribute). */
export function backgroundTheme(doc: Document, prefersDark: boolean): Theme {
  const view = doc.defaultView;
  if (!view) return prefersDark ? 'dark' : 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const value = luminance(view.getComputedStyle(element).backgroundColor);
    if (value !== undefined) return value < 0.2 ? 'dark' : 'light';
  }
  return prefersDark ? 'dark' : 'light';
}

export function systemPrefersDark(win: Window): boolean {
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
