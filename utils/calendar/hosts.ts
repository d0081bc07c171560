/** Where the calendars live. Kept apart from the readers so a script can name the hosts without carrying a reader. */
export const GOOGLE_CALENDAR_MATCHES: string[] = ['https://calendar.google.com/*'];

export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const;

/** The Outlook content script's match patterns: every host the reader knows, and no other. */
export const OUTLOOK_MATCHES: string[] = OUTLOOK_HOSTS.map((host) => `https://${host}/*`);
