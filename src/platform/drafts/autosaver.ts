/**
 * Saves the latest state of an edit at most once every `delayMs`, and at once when the
 * page is hidden or left (`visibilitychange` to hidden, `pagehide`): a curator who closes
 * the tab or switches app loses nothing. A change made while a save is running is saved
 * after it; a failed save keeps its value pending, so the next flush or change retries it.
 */

/** Options of {@link createAutosaver}. */
export interface AutosaverOptions {
  /** The shortest time between two saves, in ms. */
  delayMs: number;
  /** Told about every failed save; failures are never thrown into the caller. */
  onError?: (error: unknown) => void;
  /** Where `pagehide` is listened for (default: the page's window, when there is one). */
  window?: EventTarget;
  /** Where `visibilitychange` is listened for (default: the page's document, when there is one). */
  document?: EventTarget & { readonly visibilityState: string };
}

/** A debounced saver of the latest value. */
export interface Autosaver<T> {
  /** Records a new value; it is saved within `delayMs` (or on flush). */
  change(value: T): void;
  /** Saves the pending value now (after any save in flight) and resolves when done. */
  flush(): Promise<void>;
  /** True while a value waits to be saved. */
  readonly pending: boolean;
  /** Stops listening to the page; a pending value is flushed first. */
  dispose(): Promise<void>;
}

/** Creates an {@link Autosaver} that hands the latest value to `save`. */
export function createAutosaver<T>(save: (value: T) => Promise<unknown> | unknown, options: AutosaverOptions): Autosaver<T> {
  const delayMs = Number.isFinite(options.delayMs) && options.delayMs > 0 ? options.delayMs : 0;
  const pageWindow = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const pageDocument = options.document ?? (typeof document === 'undefined' ? undefined : document);
  let latest: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  // A change arrived while a save ran: it gets its own save, a full delay later.
  // (A value kept by a failed save is not retried on a timer, which would repeat a
  // quota error every delay: the next change or flush retries it.)
  let changedDuringSave = false;

  const cancelTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** Saves the pending value, if any; resolves when it is written or reported. */
  const saveNow = (): Promise<void> => {
    if (latest === null) return Promise.resolve();
    const { value } = latest;
    latest = null;
    changedDuringSave = false;
    inFlight = (async () => {
      try {
        await save(value);
      } catch (error) {
        // Keep the value unless a newer one arrived meanwhile.
        latest ??= { value };
        options.onError?.(error);
      }
    })().finally(() => {
      inFlight = null;
      if (changedDuringSave) schedule();
    });
    return inFlight;
  };

  const schedule = (): void => {
    if (timer !== null || inFlight !== null) return;
    timer = setTimeout(() => {
      timer = null;
      void saveNow();
    }, delayMs);
  };

  const flush = async (): Promise<void> => {
    cancelTimer();
    if (inFlight !== null) await inFlight;
    await saveNow();
  };

  const onPageHide = (): void => void flush();
  const onVisibilityChange = (): void => {
    if (pageDocument?.visibilityState === 'hidden') void flush();
  };
  pageWindow?.addEventListener('pagehide', onPageHide);
  pageDocument?.addEventListener('visibilitychange', onVisibilityChange);

  return {
    change(value) {
      latest = { value };
      if (inFlight !== null) changedDuringSave = true;
      schedule();
    },
    flush,
    get pending() {
      return latest !== null;
    },
    async dispose() {
      pageWindow?.removeEventListener('pagehide', onPageHide);
      pageDocument?.removeEventListener('visibilitychange', onVisibilityChange);
      await flush();
    },
  };
}
