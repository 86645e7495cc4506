import { crc32, deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder for the generated textures: 8-bit RGB, no interlacing, no
 * ancillary chunks (no timestamps, no gamma), so the same pixels always give the same
 * bytes. zlib's deflate is deterministic for a given input and level.
 */

/** An RGB image: `data` holds width × height × 3 bytes, row by row from the top. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Allocates a black RGB image. */
export function createImage(width: number, height: number): RgbImage {
  return { width, height, data: new Uint8Array(width * height * 3) };
}

/** Writes one pixel; channels are clamped to 0..255 and rounded. */
export function setPixel(image: RgbImage, x: number, y: number, r: number, g: number, b: number): void {
  const i = (y * image.width + x) * 3;
  image.data[i] = clampByte(r);
  image.data[i + 1] = clampByte(g);
  image.data[i + 2] = clampByte(b);
}

function clampByte(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One chunk: length, type, data, CRC-32 over type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Filters every row with the "Sub" filter (each byte minus the byte one pixel to the
 * left): the textures are smooth along rows, so this deflates noticeably smaller than
 * unfiltered rows and keeps the encoder trivial.
 */
function filterRows(image: RgbImage): Uint8Array {
  const stride = image.width * 3;
  const out = new Uint8Array((stride + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    const src = y * stride;
    const dst = y * (stride + 1);
    out[dst] = 1;
    for (let i = 0; i < stride; i++) {
      const left = i >= 3 ? image.data[src + i - 3]! : 0;
      out[dst + 1 + i] = (image.data[src + i]! - left) & 0xff;
    }
  }
  return out;
}

/** Encodes an RGB image as PNG bytes. */
export function encodePng(image: RgbImage): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const idat = deflateSync(filterRows(image), { level: 9 });
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]));
}
