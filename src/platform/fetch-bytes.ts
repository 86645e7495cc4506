/**
 * Starts a download and words its failure the way visitors read it (see
 * describeScanError): a network failure, or the server's HTTP status. An abort is
 * passed on as it is. Returns the response and the size the server announced.
 */
export async function openDownload(url: string, signal?: AbortSignal): Promise<{ response: Response; total: number | null }> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error('the network request failed', { cause: error });
  }
  if (!response.ok) throw new Error(`the server answered HTTP ${response.status}${response.status === 404 ? ' (not found)' : ''}`);
  return { response, total: Number(response.headers.get('content-length')) || null };
}

/**
 * Downloads a file as bytes, reporting progress as it streams in, so a visitor on a
 * slow connection sees how much of a large scan has arrived.
 */
export async function fetchBytes(url: string, onProgress: (loaded: number, total: number | null) => void, signal?: AbortSignal): Promise<ArrayBuffer> {
  const { response, total } = await openDownload(url, signal);
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    onProgress(buffer.byteLength, total);
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
