import { describe, expect, it } from 'vitest';
import { describeSplatError, SplatRendererUnavailable, splatFileTypeOf } from '../../../../src/render/scans/splat/splat-errors.ts';

describe('splat file types', () => {
  it('reads the type from the extension, ignoring the version query and case', () => {
    expect(splatFileTypeOf('scan.ply')).toBe('ply');
    expect(splatFileTypeOf('https://museum.example/scenes/a/scan.ply?v=3')).toBe('ply');
    expect(splatFileTypeOf('scans/Hall.SPZ#x')).toBe('spz');
    expect(splatFileTypeOf('old.splat')).toBe('splat');
    expect(splatFileTypeOf('old.ksplat')).toBe('ksplat');
  });

  it('knows no type for other files (Spark then looks at the bytes)', () => {
    expect(splatFileTypeOf('scan.glb')).toBeNull();
    expect(splatFileTypeOf('scan')).toBeNull();
    expect(splatFileTypeOf('dir.ply/scan')).toBeNull();
  });
});

describe('why a splat scan failed, in words', () => {
  it('says a missing file is missing, naming it', () => {
    expect(describeSplatError('scan.ply', new Error('the server answered HTTP 404 (not found)'))).toBe('scan.ply: the file was not found on the server (HTTP 404)');
    expect(describeSplatError('scan.ply', new Error('the server answered HTTP 503'))).toBe('scan.ply: the server answered HTTP 503');
  });

  it('says a lost connection is one', () => {
    expect(describeSplatError('scan.ply', new Error('the network request failed'))).toBe('scan.ply: the network request failed');
  });

  it('tells a renderer that did not load from a bad file', () => {
    expect(describeSplatError('scan.spz', new SplatRendererUnavailable('Failed to fetch dynamically imported module'))).toBe(
      'scan.spz: the splat renderer could not be loaded (Failed to fetch dynamically imported module)',
    );
    expect(describeSplatError('scan.ply', 'Invalid PLY file')).toBe('scan.ply: not a readable Gaussian splat file (Invalid PLY file)');
  });

  it('keeps a long reason short', () => {
    const message = describeSplatError('scan.ply', new Error('x'.repeat(1000)));
    expect(message.length).toBeLessThan(240);
  });
});
