/** A short random id with a prefix, e.g. `custom-k3v9q2xa7m`. Letters and digits only, so it fits every id rule. */
export function randomId(prefix: string, length = 10): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return `${prefix}${id}`;
}
