/**
 * Marks a request's promise as observed. Writes are started many at a time and awaited together; if starting one
 * throws (or the transaction aborts), the ones already started reject too, and without this each of those would
 * be reported as an unhandled rejection. The returned promise still rejects for whoever awaits it.
 */
export function observed<T>(request: Promise<T>): Promise<T> {
  request.catch(() => {});
  return request;
}
