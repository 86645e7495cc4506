import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyUpdate, getPwaState, onApplyUpdate, resetPwaState, setPwaState, subscribePwaState } from '../../../../src/platform/pwa/update-state.ts';

afterEach(() => resetPwaState());

describe('a new version waits for the visitor', () => {
  it('starts with nothing to offer', () => {
    expect(getPwaState()).toEqual({ updateWaiting: false, applying: false, offlineReady: false });
  });

  it('tells the banner when a version is waiting, and keeps the same object while nothing changes', () => {
    const listener = vi.fn();
    const stop = subscribePwaState(listener);
    setPwaState({ updateWaiting: true });
    const waiting = getPwaState();
    expect(waiting.updateWaiting).toBe(true);
    setPwaState({ updateWaiting: true });
    expect(getPwaState()).toBe(waiting);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    setPwaState({ offlineReady: true });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('switches only when the visitor accepts, and only once', () => {
    const takeOver = vi.fn();
    onApplyUpdate(takeOver);
    applyUpdate();
    expect(takeOver).not.toHaveBeenCalled(); // nothing is waiting yet
    setPwaState({ updateWaiting: true });
    applyUpdate();
    applyUpdate();
    expect(takeOver).toHaveBeenCalledTimes(1);
    expect(getPwaState().applying).toBe(true);
  });

  it('does nothing where no service worker was registered', () => {
    setPwaState({ updateWaiting: true });
    applyUpdate();
    expect(getPwaState().applying).toBe(false);
  });
});
