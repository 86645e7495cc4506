import { describe, expect, it } from 'vitest';
import { peekGltfScanUri } from '../../../../src/core/venue/index.ts';

describe('peeking at the scan before validation', () => {
  it('names a glTF scan inside the bundle', () => {
    expect(peekGltfScanUri('{"scan":{"uri":"scan.glb","format":"gltf"}}')).toBe('scan.glb');
  });

  it.each([
    ['not JSON', '{"scan":'],
    ['no scan', '{"id":"x"}'],
    ['another format', '{"scan":{"uri":"scan/tileset.json","format":"3dtiles"}}'],
    ['a URI leaving the bundle', '{"scan":{"uri":"../other/scan.glb","format":"gltf"}}'],
    ['a script URI', '{"scan":{"uri":"javascript:alert(1)","format":"gltf"}}'],
    ['a number', '{"scan":{"uri":5,"format":"gltf"}}'],
    ['null', 'null'],
  ])('names nothing for %s', (_name, text) => {
    expect(peekGltfScanUri(text)).toBeNull();
  });
});
