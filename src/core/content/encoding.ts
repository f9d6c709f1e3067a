/**
 * Content files are UTF-8 text. A file saved in another encoding is refused with the line of its
 * first bad byte, never published with replacement characters (`Caf�`).
 */
import { formatCount } from '../limits.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes (a leading BOM dropped), or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

const BOMS: readonly [number[], string][] = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 (little-endian)'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 (big-endian)'],
  [[0xff, 0xfe], 'UTF-16 (little-endian)'],
  [[0xfe, 0xff], 'UTF-16 (big-endian)'],
];

/** Why bytes that failed `decodeUtf8` are not UTF-8, at the line of the first bad byte. */
export function describeEncoding(bytes: Uint8Array): { line: number; message: string } {
  for (const [bom, name] of BOMS) {
    if (bom.every((byte, i) => bytes[i] === byte)) {
      return { line: 1, message: `the file is ${name} text: save it as UTF-8.` };
    }
  }
  const offset = firstInvalidByte(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = (decodeUtf8(bytes.subarray(lineStart, offset)) ?? '').length + 1;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    line,
    message: `the file is not UTF-8 text: byte 0x${byte} at column ${formatCount(column)} is not part of a UTF-8 character (a Latin-1 or Windows-1252 file?): save it as UTF-8.`,
  };
}

/** Where NUL characters put the first one, or null: UTF-16 without a BOM decodes as UTF-8 full of NULs. */
export function describeNul(text: string): { line: number; message: string } | null {
  const offset = text.indexOf('\0');
  if (offset < 0) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return {
    line,
    message: 'the file holds NUL characters, so it is UTF-16 or binary, not UTF-8 text: save it as UTF-8.',
  };
}

// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return i;
}
