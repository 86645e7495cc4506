import { describe, expect, it } from 'vitest';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { exportBundle, importBundle } from '../../../../src/core/bundle/index.ts';
import { readZipDirectory } from '../../../../src/core/bundle/zip-directory.ts';
import { messagesOf, readDemoBundle, sameBytes } from './bundle-test-kit.ts';

describe('a curator exports the demo museum and imports it again', () => {
  const demo = readDemoBundle();

  it('gets back the same scene text, the same file bytes and a valid venue', () => {
    const zip = exportBundle(demo.sceneText, demo.files);
    const result = importBundle(zip);
    if (!result.ok) throw new Error(messagesOf(result));
    expect(result.sceneText).toBe(demo.sceneText);
    expect(result.venue.id).toBe('demo-museum');
    expect([...result.files.keys()].sort()).toEqual([...demo.files.keys()].sort());
    for (const [path, bytes] of demo.files) expect(sameBytes(result.files.get(path), bytes), path).toBe(true);
    expect(result.warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('gets identical bytes when exporting twice, whatever order the files were listed in', () => {
    const reversed = new Map([...demo.files].reverse());
    const first = exportBundle(demo.sceneText, demo.files);
    const second = exportBundle(demo.sceneText, reversed);
    expect(second.length).toBe(first.length);
    expect(sameBytes(second, first)).toBe(true);
  });

  it('puts scene.json first, stores compressed media and deflates text', () => {
    const directory = readZipDirectory(exportBundle(demo.sceneText, demo.files), 10_000);
    if (!directory.ok) throw new Error(directory.reason);
    const names = directory.entries.map((e) => e.name);
    expect(names[0]).toBe('scene.json');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    const method = (name: string): number | undefined => directory.entries.find((e) => e.name === name)?.method;
    expect(method('scan.glb')).toBe(0);
    const png = names.find((n) => n.endsWith('.png'));
    const mp3 = names.find((n) => n.endsWith('.mp3'));
    const vtt = names.find((n) => n.endsWith('.vtt'));
    expect(png && method(png)).toBe(0);
    expect(mp3 && method(mp3)).toBe(0);
    expect(vtt && method(vtt)).toBe(8);
    expect(method('scene.json')).toBe(8);
  });

  it('accepts a zip of the bundle folder itself (one top-level folder holding scene.json)', () => {
    const entries: Zippable = { 'demo-museum/scene.json': strToU8(demo.sceneText) };
    for (const [path, bytes] of demo.files) entries[`demo-museum/${path}`] = bytes;
    entries['__MACOSX/demo-museum/._scene.json'] = strToU8('resource fork');
    const result = importBundle(zipSync(entries));
    if (!result.ok) throw new Error(messagesOf(result));
    expect(result.sceneText).toBe(demo.sceneText);
    expect(sameBytes(result.files.get('scan.glb'), demo.files.get('scan.glb'))).toBe(true);
    expect(result.files.has('demo-museum/scan.glb')).toBe(false);
  });

  it('refuses to export a file path that would escape the bundle folder', () => {
    expect(() => exportBundle(demo.sceneText, new Map([['../evil.txt', strToU8('x')]]))).toThrow(/evil\.txt/);
  });
});
