import { openDownload } from '../../../platform/fetch-bytes.ts';

/**
 * Opens a scan file as a stream of bytes, reporting progress as chunks pass.
 * A splat file is handed to the splat decoder chunk by chunk as it arrives, so
 * the whole file (hundreds of MB for a big building) is never held in memory at
 * once, unlike fetchBytes. It opens the download the same way (openDownload), so
 * the same sentences reach the visitor (see describeScanError).
 *
 * The stream given to the decoder never fails: a connection lost midway, or the
 * download aborted, ends it early and is kept in `failure()` instead. Spark's
 * loader does not pass a failing stream on to its worker, which would then wait
 * for the next chunk forever (one of its four workers lost for good); an early
 * end lets the worker finish, and the caller then reports `failure()`.
 */

/** An opened download: the bytes as they come, and the size the server announced. */
export interface OpenedStream {
  stream: ReadableStream<Uint8Array>;
  /** Content-Length, or null when the server did not say. */
  totalBytes: number | null;
  /** Bytes passed so far (all of them once the stream has ended). */
  loadedBytes(): number;
  /** Why the stream ended early, or null when it ended with the file. */
  failure(): Error | null;
}

export async function openScanStream(url: string, onProgress: (loaded: number, total: number | null) => void, signal?: AbortSignal): Promise<OpenedStream> {
  const { response, total: totalBytes } = await openDownload(url, signal);
  const reader = (response.body ?? new Blob([await response.arrayBuffer()]).stream()).getReader();
  let loaded = 0;
  let failure: Error | null = null;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        loaded += value.byteLength;
        onProgress(loaded, totalBytes);
        controller.enqueue(value);
      } catch (error) {
        failure = signal?.aborted ? new Error('the download was cancelled', { cause: error }) : new Error('the network request failed', { cause: error });
        controller.close();
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { stream, totalBytes, loadedBytes: () => loaded, failure: () => failure };
}
