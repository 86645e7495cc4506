import { describe, expect, it } from 'vitest';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { exportBundle, importBundle, type ImportBundleResult } from '../../../../src/core/bundle/index.ts';
import { messagesOf, readDemoBundle, sameBytes, withDeclaredSize } from './bundle-test-kit.ts';

const demo = readDemoBundle();
const demoZip = exportBundle(demo.sceneText, demo.files);

/** Imports and checks the refusal; also that the zip passed in was left exactly as it was. */
function refused(zip: Uint8Array, options?: Parameters<typeof importBundle>[1]): string {
  const before = zip.slice();
  let result: ImportBundleResult | undefined;
  expect(() => (result = importBundle(zip, options))).not.toThrow();
  expect(sameBytes(zip, before)).toBe(true);
  if (result === undefined || result.ok) throw new Error('the bundle was accepted');
  expect(result.problems.length).toBeGreaterThan(0);
  return messagesOf(result);
}

/** A zip of the demo bundle with some files replaced, added (value) or removed (null). */
function demoZipWith(changes: Record<string, Uint8Array | null>, sceneText = demo.sceneText): Uint8Array {
  const files = new Map(demo.files);
  for (const [path, data] of Object.entries(changes)) {
    if (data === null) files.delete(path);
    else files.set(path, data);
  }
  return exportBundle(sceneText, files);
}

describe('importing a broken or hostile bundle zip is refused with reasons', () => {
  it('refuses a file that is not a zip at all', () => {
    expect(refused(strToU8('<html>not a zip</html>'))).toMatch(/not a zip archive/);
  });

  it('refuses a truncated zip', () => {
    expect(refused(demoZip.subarray(0, demoZip.length - 100))).toMatch(/Cannot open the bundle/);
  });

  it('refuses a zip whose entry data was damaged, naming the entry', () => {
    const damaged = demoZip.slice();
    const at = damaged.length >> 1;
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    expect(refused(damaged)).toMatch(/Entry ".+" is damaged/);
  });

  it('refuses a zip without scene.json', () => {
    expect(refused(zipSync({ 'media/a.vtt': strToU8('WEBVTT\n') }))).toMatch(/no scene\.json/);
  });

  it.each([
    ['../evil.txt', /"\.\.\/evil\.txt" contains "\.\."/],
    ['media/../../evil.txt', /contains "\.\."/],
    ['/etc/passwd', /"\/etc\/passwd" has an absolute path/],
    ['media\\..\\evil.txt', /"media\\\\\.\.\\\\evil\.txt" uses "\\"/],
    ['C:/Windows/evil.txt', /"C:\/Windows\/evil\.txt" names a drive letter/],
  ])('refuses the zip-slip entry %s', (name, message) => {
    const zip = zipSync({ 'scene.json': strToU8(demo.sceneText), [name]: strToU8('payload') });
    expect(refused(zip)).toMatch(message);
  });

  it('refuses a symbolic link entry', () => {
    const link: Zippable = { 'scene.json': strToU8(demo.sceneText), 'media/link.png': [strToU8('/etc/passwd'), { os: 3, attrs: 0o120777 << 16 }] };
    expect(refused(zipSync(link))).toMatch(/"media\/link\.png" is a symbolic link/);
  });

  it('refuses more than 5 000 entries before reading them', () => {
    const many: Zippable = { 'scene.json': strToU8(demo.sceneText) };
    for (let i = 0; i < 5_001; i++) many[`traces/t${i}.jsonl`] = new Uint8Array(0);
    expect(refused(zipSync(many, { level: 0 }))).toMatch(/5002 entries; a bundle may hold at most 5000/);
  });

  it('refuses a zip that declares more than 500 MB in total', () => {
    const forged = withDeclaredSize(demoZip, 'scan.glb', 600 * 1024 * 1024);
    expect(refused(forged)).toMatch(/would inflate to \d+ bytes; a bundle may hold at most 524288000 bytes/);
  });

  it('honours a smaller total limit given by the caller', () => {
    expect(refused(demoZip, { maxTotalBytes: 1_000_000 })).toMatch(/at most 1000000 bytes/);
  });

  it('refuses an entry with a zip-bomb compression ratio before inflating it', () => {
    const bomb = zipSync({ 'scene.json': strToU8(demo.sceneText), 'traces/zeros.jsonl': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(refused(bomb)).toMatch(/"traces\/zeros\.jsonl" would inflate \d+ times .*zip bomb/);
  });

  it('stops inflating an entry that inflates to more than it declares', () => {
    const bomb = zipSync({ 'scene.json': strToU8(demo.sceneText), 'traces/zeros.jsonl': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const lying = withDeclaredSize(bomb, 'traces/zeros.jsonl', 100);
    expect(refused(lying)).toMatch(/"traces\/zeros\.jsonl" inflates to more than the 100 bytes it declares/);
  });

  it('refuses a scene.json that fails validation, with the JSON paths of its problems', () => {
    const scene = JSON.parse(demo.sceneText) as { hotspots: { room: string }[] };
    const hotspot = scene.hotspots[0];
    if (hotspot === undefined) throw new Error('the demo has no hotspot');
    hotspot.room = 'r-nowhere';
    const zip = demoZipWith({}, JSON.stringify(scene));
    const result = importBundle(zip);
    if (result.ok) throw new Error('the bundle was accepted');
    const problem = result.problems.find((p) => p.path === 'hotspots[0].room');
    expect(problem?.message).toMatch(/r-nowhere/);
    expect(problem?.entry).toBe('scene.json');
  });

  it('refuses a scene.json that is not JSON', () => {
    expect(refused(demoZipWith({}, '{ "asset": '))).toMatch(/not valid JSON/);
  });

  it('refuses a bundle missing a file the scene refers to, naming its JSON path', () => {
    const scene = JSON.parse(demo.sceneText) as { hotspots: { media?: { uri: unknown }[] }[] };
    const index = scene.hotspots.findIndex((h) => typeof h.media?.[0]?.uri === 'string');
    const uri = scene.hotspots[index]?.media?.[0]?.uri as string;
    const result = importBundle(demoZipWith({ [uri]: null }));
    if (result.ok) throw new Error('the bundle was accepted');
    expect(result.problems.map((p) => p.path)).toContain(`hotspots[${index}].media[0].uri`);
    expect(messagesOf(result)).toContain(`"${uri}", which is missing from the zip`);
  });

  it('refuses an HTML page named like a PNG image, naming the entry', () => {
    const png = [...demo.files.keys()].find((p) => p.endsWith('.png'));
    if (png === undefined) throw new Error('the demo has no PNG');
    expect(refused(demoZipWith({ [png]: strToU8('<!doctype html><script>alert(1)</script>') }))).toContain(`Entry "${png}" is named like a PNG image but its content is not one`);
  });

  it('refuses a tour audio file that is not audio', () => {
    const mp3 = [...demo.files.keys()].find((p) => p.endsWith('.mp3'));
    if (mp3 === undefined) throw new Error('the demo has no MP3');
    expect(refused(demoZipWith({ [mp3]: strToU8('<html></html>') }))).toContain(`Entry "${mp3}" is named like a MP3 audio`);
  });
});
