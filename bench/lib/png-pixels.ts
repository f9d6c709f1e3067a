/**
 * Decodes the PNGs our social-image renderers write (8-bit, non-interlaced, grey, RGB or RGBA)
 * to RGBA pixels with nothing but zlib, and compares two images pixel by pixel. Used to check
 * that a renderer draws the template like the reference image, independently of any renderer.
 */
import { inflateSync } from 'node:zlib';

/** Decoded image: row-major RGBA bytes. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** Channels per colour type: 0 grey, 2 RGB, 3 palette index, 4 grey + alpha, 6 RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** RGBA pixels of a PNG; throws on anything but 8-bit, non-interlaced images. */
export function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG file');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  let palette: Buffer | null = null;
  let alpha: Buffer | null = null;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      channels = CHANNELS[colour ?? -1] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      if (colour === 3) palette = Buffer.alloc(0);
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') alpha = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) unfilterRow(raw, rows, y, stride, channels);
  const rgba = palette ? fromPalette(rows, palette, alpha) : toRgba(rows, width * height, channels);
  return { width, height, rgba };
}

function fromPalette(indexes: Uint8Array, palette: Buffer, alpha: Buffer | null): Uint8Array {
  const out = new Uint8Array(indexes.length * 4);
  indexes.forEach((index, i) => {
    out[i * 4] = palette[index * 3] ?? 0;
    out[i * 4 + 1] = palette[index * 3 + 1] ?? 0;
    out[i * 4 + 2] = palette[index * 3 + 2] ?? 0;
    out[i * 4 + 3] = alpha?.[index] ?? 255;
  });
  return out;
}

function unfilterRow(raw: Buffer, out: Uint8Array, y: number, stride: number, bpp: number): void {
  const filter = raw[y * (stride + 1)];
  const src = y * (stride + 1) + 1;
  const dst = y * stride;
  const prev = dst - stride;
  for (let x = 0; x < stride; x++) {
    const left = x >= bpp ? (out[dst + x - bpp] as number) : 0;
    const up = y > 0 ? (out[prev + x] as number) : 0;
    const upLeft = y > 0 && x >= bpp ? (out[prev + x - bpp] as number) : 0;
    const value = raw[src + x] as number;
    let predicted = 0;
    if (filter === 1) predicted = left;
    else if (filter === 2) predicted = up;
    else if (filter === 3) predicted = (left + up) >> 1;
    else if (filter === 4) predicted = paeth(left, up, upLeft);
    out[dst + x] = (value + predicted) & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function toRgba(rows: Uint8Array, pixels: number, channels: number): Uint8Array {
  if (channels === 4) return rows;
  const out = new Uint8Array(pixels * 4);
  for (let i = 0; i < pixels; i++) {
    const s = i * channels;
    const grey = channels < 3;
    out[i * 4] = rows[s] as number;
    out[i * 4 + 1] = rows[grey ? s : s + 1] as number;
    out[i * 4 + 2] = rows[grey ? s : s + 2] as number;
    out[i * 4 + 3] =
      channels === 2 ? (rows[s + 1] as number) : channels === 4 ? (rows[s + 3] as number) : 255;
  }
  return out;
}

/** How far two same-size images are apart. */
export interface PixelDiff {
  /** Mean absolute difference per channel, 0-255. */
  meanDelta: number;
  /** Share of pixels (0-1) where some channel differs by more than `threshold`. */
  differingShare: number;
}

/** Compares two images of the same size; `threshold` ignores anti-aliasing noise. */
export function comparePixels(a: Pixels, b: Pixels, threshold = 48): PixelDiff {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`sizes differ: ${a.width}x${a.height} vs ${b.width}x${b.height}`);
  let total = 0;
  let differing = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    let worst = 0;
    for (let c = 0; c < 4; c++) {
      const d = Math.abs((a.rgba[i + c] as number) - (b.rgba[i + c] as number));
      total += d;
      worst = Math.max(worst, d);
    }
    if (worst > threshold) differing++;
  }
  const pixels = a.width * a.height;
  return { meanDelta: total / (pixels * 4), differingShare: differing / pixels };
}
