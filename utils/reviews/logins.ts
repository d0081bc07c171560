/**
 * GitHub logins on a person: `river-k` for github.com, `github.example.com/river-k` for a GitHub Enterprise server.
 * Logins are case-insensitive on GitHub, so they are kept lowercased.
 */
export const GITHUB_HOST = 'github.com';
export const LOGINS_PER_PERSON_MAX = 10;

const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const HOST = /^[a-z\d-]+(?:\.[a-z\d-]+)+(?::\d{1,5})?$/i;

export interface HostLogin {
  host: string;
  login: string;
}

export function isGithubLogin(value: unknown): value is string {
  return typeof value === 'string' && LOGIN.test(value);
}

/** `login` or `host/login` into its parts; a leading `@` is allowed. Undefined when it is neither. */
export function parseLoginEntry(entry: string): HostLogin | undefined {
  const trimmed = entry.trim().replace(/^@/, '');
  const slash = trimmed.lastIndexOf('/');
  const host = slash < 0 ? GITHUB_HOST : trimmed.slice(0, slash).replace(/^https?:\/\//i, '').toLowerCase();
  const login = (slash < 0 ? trimmed : trimmed.slice(slash + 1)).replace(/^@/, '');
  if (!HOST.test(host) || !isGithubLogin(login)) return undefined;
  return { host, login: login.toLowerCase() };
}

/** The stored form: `login` on github.com, `host/login` elsewhere. */
export function loginEntry({ host, login }: HostLogin): string {
  return host === GITHUB_HOST ? login : `${host}/${login}`;
}

/** "river-k, ghe.example.com/river" typed in one field: the entries, and the ones that are not logins. */
export function parseLoginList(text: string): { entries: string[]; invalid: string[] } {
  const entries: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const parsed = parseLoginEntry(part);
    if (!parsed) invalid.push(part);
    else if (!entries.includes(loginEntry(parsed))) entries.push(loginEntry(parsed));
  }
  return { entries, invalid };
}

export function hasLogin(entries: readonly string[] | undefined, host: string, login: string): boolean {
  const wanted = loginEntry({ host: host.toLowerCase(), login: login.toLowerCase() });
  return (entries ?? []).some((entry) => entry.toLowerCase() === wanted);
}

/** The person whose logins include `login` on `host`. */
export function personWithLogin<P extends { githubLogins?: string[] }>(people: readonly P[], host: string, login: string): P | undefined {
  return people.find((person) => hasLogin(person.githubLogins, host, login));
}
