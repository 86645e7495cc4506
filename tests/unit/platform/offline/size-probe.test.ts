import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { probeFileSize, totalFromContentRange } from '../../../../src/platform/offline/size-probe.ts';
import { DEMO_DIR, DOCUMENT_BASE, fakeBundleServer } from './fake-bundle-server.ts';

const scanUrl = `${DOCUMENT_BASE}scenes/demo-museum/scan.glb?v=0123456789abcdef`;
const scanBytes = statSync(join(DEMO_DIR, 'scan.glb')).size;

describe('asking the server how big a file is, before downloading it', () => {
  it('reads Content-Length from a HEAD request, downloading nothing', async () => {
    const server = fakeBundleServer({ folders: { 'demo-museum': DEMO_DIR } });
    await expect(probeFileSize(scanUrl, server.fetch)).resolves.toEqual({ state: 'known', bytes: scanBytes });
    expect(server.log).toEqual(['HEAD /scenes/demo-museum/scan.glb?v=0123456789abcdef']);
  });

  it('falls back to a one-byte range request where HEAD is refused', async () => {
    const server = fakeBundleServer({ folders: { 'demo-museum': DEMO_DIR }, noHead: true });
    await expect(probeFileSize(scanUrl, server.fetch)).resolves.toEqual({ state: 'known', bytes: scanBytes });
    expect(server.log.map((l) => l.split(' ').slice(0, -1).join(' '))).toEqual(['HEAD', 'GET range']);
  });

  it('says "unknown" when the server tells no length, and "missing" for a 404', async () => {
    const quiet = fakeBundleServer({ folders: { 'demo-museum': DEMO_DIR }, noLength: true });
    await expect(probeFileSize(scanUrl, quiet.fetch)).resolves.toEqual({ state: 'unknown' });
    const server = fakeBundleServer({ folders: { 'demo-museum': DEMO_DIR } });
    await expect(probeFileSize(`${DOCUMENT_BASE}scenes/demo-museum/traces/none.jsonl`, server.fetch)).resolves.toEqual({ state: 'missing', status: 404 });
  });

  it('takes a single-page host’s app page, sent in place of a missing file, for a missing file', async () => {
    const spa = async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html', 'Content-Length': '15' } });
    await expect(probeFileSize(`${DOCUMENT_BASE}scenes/x/media/a.png`, spa)).resolves.toMatchObject({ state: 'missing' });
  });

  it('survives a network that fails outright', async () => {
    const down = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(probeFileSize(scanUrl, down)).resolves.toEqual({ state: 'unknown' });
  });

  it('reads the whole length from Content-Range, and nothing from nonsense', () => {
    expect(totalFromContentRange('bytes 0-0/336452')).toBe(336452);
    expect(totalFromContentRange('bytes */99')).toBe(99);
    expect(totalFromContentRange('bytes 0-0/*')).toBeNull();
    expect(totalFromContentRange('bytes 0-0/-5')).toBeNull();
    expect(totalFromContentRange(null)).toBeNull();
  });
});
