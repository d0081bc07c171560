export const CHROMIUM_CANDIDATES: string[];
export const INSTALL_HELP: string;
export function findChromium(): string;
