import { afterEach, describe, expect, it, vi } from 'vitest';
import { openScanStream } from '../../../../src/render/scans/splat/open-stream.ts';

/** A body that yields `chunks`, then fails with `failWith` if given. */
function body(chunks: number[], failWith?: Error): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!).fill(7));
      else if (failWith) controller.error(failWith);
      else controller.close();
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<number> {
  let total = 0;
  for (const reader = stream.getReader(); ; ) {
    const { done, value } = await reader.read();
    if (done) return total;
    total += value.byteLength;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('opening a splat file as a stream', () => {
  it('passes every byte on, with progress against the announced size', async () => {
    vi.stubGlobal('fetch', async () => new Response(body([100, 50, 25]), { headers: { 'content-length': '175' } }));
    const progress: [number, number | null][] = [];
    const opened = await openScanStream('https://x/scan.ply', (l, t) => progress.push([l, t]));
    expect(opened.totalBytes).toBe(175);
    expect(await readAll(opened.stream)).toBe(175);
    expect(progress).toEqual([[100, 175], [150, 175], [175, 175]]);
    expect(opened.loadedBytes()).toBe(175);
    expect(opened.failure()).toBeNull();
  });

  it('says so when the server has no such file, or fails', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    await expect(openScanStream('https://x/scan.ply', () => undefined)).rejects.toThrow('the server answered HTTP 404 (not found)');
    vi.stubGlobal('fetch', async () => new Response('busy', { status: 503 }));
    await expect(openScanStream('https://x/scan.ply', () => undefined)).rejects.toThrow('the server answered HTTP 503');
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(openScanStream('https://x/scan.ply', () => undefined)).rejects.toThrow('the network request failed');
  });

  it('ends the stream instead of failing it when the connection drops, and keeps the reason', async () => {
    vi.stubGlobal('fetch', async () => new Response(body([64, 64], new TypeError('network error'))));
    const opened = await openScanStream('https://x/scan.ply', () => undefined);
    expect(opened.totalBytes).toBeNull();
    // The decoder sees a short file, not an error it would never hand on.
    expect(await readAll(opened.stream)).toBe(128);
    expect(opened.failure()?.message).toBe('the network request failed');
  });

  it('ends the stream when the download is cancelled', async () => {
    const abort = new AbortController();
    vi.stubGlobal('fetch', async () => new Response(body([10], new DOMException('aborted', 'AbortError'))));
    const opened = await openScanStream('https://x/scan.ply', () => abort.abort(), abort.signal);
    expect(await readAll(opened.stream)).toBe(10);
    expect(opened.failure()?.message).toBe('the download was cancelled');
  });
});
