/**
 * Content scripts share the page with its owner: an exception of ours must never reach the host page's error
 * handlers or stop another Leadway surface. Every entry point into our code on a page goes through these.
 */
export function reportQuietly(where: string, error: unknown): void {
  // console.debug keeps the page's console quiet by default while leaving a trail for people who look.
  console.debug(`[Leadway] ${where} failed:`, error);
}

export function safely<T>(where: string, run: () => T): T | undefined {
  try {
    const result = run();
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        reportQuietly(where, error);
        return undefined;
      }) as T;
    }
    return result;
  } catch (error) {
    reportQuietly(where, error);
    return undefined;
  }
}

/** Wrap an event listener so it can never throw into the page. */
export function safeListener<E extends Event>(where: string, listener: (event: E) => unknown): (event: E) => void {
  return (event) => {
    safely(where, () => listener(event));
  };
}
