/** Reading the GitHub Enterprise address a person types into an origin Leadway can ask permission for. */

export type OriginParse = { ok: true; origin: string } | { ok: false; error: string };

/** Accepts "github.example.com", "https://github.example.com/" or a full URL on that host; https only. */
export function parseEnterpriseOrigin(input: string): OriginParse {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Type the address of your GitHub Enterprise server.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `“${text}” is not a web address. Try something like https://github.example.com.` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, error: 'Leadway works only on https addresses (it never asks for plain http access).' };
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) {
    return { ok: false, error: `“${url.hostname}” does not look like a server name. Try something like github.example.com.` };
  }
  if (url.hostname === 'github.com' || url.hostname.endsWith('.github.com')) {
    return { ok: false, error: 'github.com is already covered: this field is for your company’s own GitHub server.' };
  }
  return { ok: true, origin: url.origin };
}

/** The host permission pattern for an origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
