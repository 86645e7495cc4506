import type { Document, Texture } from '@gltf-transform/core';
import { EXTTextureWebP } from '@gltf-transform/extensions';
import { listTextureSlots } from '@gltf-transform/functions';
import sharp, { type Metadata } from 'sharp';
import { CliError } from '../cli.ts';
import type { Progress } from './progress.ts';

/**
 * Textures are most of a textured scan's bytes. Each one is resized to fit the
 * limit (2048 px by default: sharp on a phone at tour distance, and 4× less
 * GPU memory than 4096) and re-encoded as WebP (EXT_texture_webp), which every
 * browser decodes. KTX2 textures are kept as they are: they are already GPU
 * textures, and re-encoding them needs the native KTX tools.
 */
export interface TextureOptions {
  /** Longest side after resizing, in pixels. */
  maxSize: number;
}

/** Textures larger than this are refused: decoding one takes over a gigabyte, and no scanner should produce it. */
export const MAX_INPUT_TEXTURE_PX = 16384;

/**
 * WebP quality per kind of texture: 80 (sharp's default, and what
 * `gltf-transform optimize` uses) hides its loss at tour distance; normal maps
 * get 85, because block artefacts in them show as ripples in the lighting.
 */
function qualityFor(slots: readonly string[]): number {
  return slots.includes('normalTexture') ? 85 : 80;
}

/** Resizes and re-encodes every texture of `doc`; drops (with a warning) those that cannot be decoded. */
export async function optimizeTextures(doc: Document, options: TextureOptions, progress: Progress, label: string): Promise<void> {
  let webp = 0;
  for (const texture of doc.getRoot().listTextures()) {
    const name = describe(texture);
    const image = texture.getImage();
    if (!image || image.length === 0) {
      // The reader already warned that the file is missing.
      texture.dispose();
      continue;
    }
    if (texture.getMimeType() === 'image/ktx2') continue;
    let metadata: Metadata;
    try {
      metadata = await sharp(image, { limitInputPixels: false }).metadata();
    } catch (error) {
      progress.warn(`${label}: texture ${name} cannot be decoded (${(error as Error).message}); it is dropped and its surfaces are drawn in their plain colour`);
      texture.dispose();
      continue;
    }
    const width = metadata.width ?? 0;
    const height = metadata.height ?? 0;
    if (width > MAX_INPUT_TEXTURE_PX || height > MAX_INPUT_TEXTURE_PX) {
      throw new CliError(`${label}: texture ${name} is ${width} × ${height} px; the importer accepts at most ${MAX_INPUT_TEXTURE_PX} px a side. Resize it (or export the scan with smaller textures) and import again`, 1);
    }
    const slots = listTextureSlots(texture);
    const needsAlpha = metadata.hasAlpha === true && doc.getRoot().listMaterials().some((m) => m.getAlphaMode() !== 'OPAQUE' && m.getBaseColorTexture() === texture);
    let encoded: Buffer;
    try {
      let pipeline = sharp(image, { limitInputPixels: MAX_INPUT_TEXTURE_PX * MAX_INPUT_TEXTURE_PX }).resize({ width: options.maxSize, height: options.maxSize, fit: 'inside', withoutEnlargement: true });
      // An opaque surface's alpha channel is dead weight.
      if (!needsAlpha) pipeline = pipeline.removeAlpha();
      encoded = await pipeline.webp({ quality: qualityFor(slots), effort: 4 }).toBuffer();
    } catch (error) {
      progress.warn(`${label}: texture ${name} cannot be decoded (${(error as Error).message}); it is dropped and its surfaces are drawn in their plain colour`);
      texture.dispose();
      continue;
    }
    const resized = Math.max(width, height) > options.maxSize;
    if (resized) progress.step(`  texture ${name}: ${width} × ${height} px → fits ${options.maxSize} px`);
    texture.setImage(new Uint8Array(encoded)).setMimeType('image/webp');
    const uri = texture.getURI();
    if (uri) texture.setURI(uri.replace(/\.[a-z0-9]+$/i, '') + '.webp');
    webp++;
  }
  if (webp > 0) doc.createExtension(EXTTextureWebP).setRequired(true);
}

function describe(texture: Texture): string {
  return JSON.stringify(texture.getName() || texture.getURI() || 'unnamed');
}
