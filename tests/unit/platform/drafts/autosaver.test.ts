import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../../../src/platform/drafts/index.ts';

/** A stand-in for the page: the window gets `pagehide`, the document `visibilitychange`. */
function fakePage() {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as string });
  const hide = () => {
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
  };
  return { window, document, hide };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the editor autosaves a draft', () => {
  it('saves only the latest of a burst of changes, once, after the delay', async () => {
    const save = vi.fn<(value: string) => Promise<void>>().mockResolvedValue(undefined);
    const saver = createAutosaver(save, { delayMs: 1000, ...fakePage() });
    saver.change('a');
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('abc');
    expect(save).not.toHaveBeenCalled();
    expect(saver.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(save.mock.calls).toEqual([['abc']]);
    expect(saver.pending).toBe(false);
  });

  it('saves at most once per delay while the curator keeps typing', async () => {
    const save = vi.fn<(value: number) => Promise<void>>().mockResolvedValue(undefined);
    const saver = createAutosaver(save, { delayMs: 1000, ...fakePage() });
    for (let t = 0; t < 5000; t += 100) {
      saver.change(t);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(save.mock.calls.length).toBeLessThanOrEqual(5);
    await saver.flush();
    expect(save.mock.calls.at(-1)).toEqual([4900]);
  });

  it('writes a change made during a slow save after that save', async () => {
    let finish: () => void = () => {};
    const save = vi.fn<(value: string) => Promise<void>>().mockImplementationOnce(() => new Promise<void>((done) => (finish = done))).mockResolvedValue(undefined);
    const saver = createAutosaver(save, { delayMs: 1000, ...fakePage() });
    saver.change('first');
    await vi.advanceTimersByTimeAsync(1000);
    saver.change('second');
    await vi.advanceTimersByTimeAsync(3000);
    expect(save.mock.calls).toEqual([['first']]);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save.mock.calls).toEqual([['first'], ['second']]);
  });

  it.each([
    ['the tab is hidden', (page: ReturnType<typeof fakePage>) => page.hide()],
    ['the page is left', (page: ReturnType<typeof fakePage>) => page.window.dispatchEvent(new Event('pagehide'))],
  ])('writes the pending change at once when %s', async (_name, leave) => {
    const save = vi.fn<(value: string) => Promise<void>>().mockResolvedValue(undefined);
    const page = fakePage();
    const saver = createAutosaver(save, { delayMs: 60_000, ...page });
    saver.change('last words');
    leave(page);
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls).toEqual([['last words']]);
    // The timer that was pending does not save it a second time.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not save when there is nothing new', async () => {
    const save = vi.fn<(value: string) => Promise<void>>().mockResolvedValue(undefined);
    const page = fakePage();
    const saver = createAutosaver(save, { delayMs: 1000, ...page });
    page.hide();
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a failed save, keeps the change, and writes it on the next flush', async () => {
    const errors: unknown[] = [];
    const save = vi.fn<(value: string) => Promise<void>>().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    const saver = createAutosaver(save, { delayMs: 1000, onError: (e) => errors.push(e), ...fakePage() });
    saver.change('precious');
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toHaveLength(1);
    expect(saver.pending).toBe(true);
    await saver.flush();
    expect(save.mock.calls).toEqual([['precious'], ['precious']]);
    expect(saver.pending).toBe(false);
  });

  it('stops listening to the page when disposed, after writing what was pending', async () => {
    const save = vi.fn<(value: string) => Promise<void>>().mockResolvedValue(undefined);
    const page = fakePage();
    const saver = createAutosaver(save, { delayMs: 1000, ...page });
    saver.change('x');
    await saver.dispose();
    expect(save).toHaveBeenCalledTimes(1);
    saver.change('y');
    page.window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
