/**
 * A tiny PNG encoder for block graphics (rich menu images): truecolour, no alpha, one zlib stream.
 * Enough for solid tiles and pixel icons, which compress to a few kilobytes, far below LINE's 1 MB limit.
 */
import { deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

/** An RGB canvas with rectangle filling. */
export class BlockCanvas {
  readonly pixels: Uint8Array;

  constructor(readonly width: number, readonly height: number, background: Rgb) {
    this.pixels = new Uint8Array(width * height * 3);
    this.fill(0, 0, width, height, background);
  }

  /** Fills a rectangle, clipped to the canvas. */
  fill(x: number, y: number, width: number, height: number, color: Rgb): void {
    const x0 = Math.max(0, Math.floor(x));
    const y0 = Math.max(0, Math.floor(y));
    const x1 = Math.min(this.width, Math.floor(x + width));
    const y1 = Math.min(this.height, Math.floor(y + height));
    for (let row = y0; row < y1; row++) {
      for (let col = x0; col < x1; col++) {
        const offset = (row * this.width + col) * 3;
        this.pixels[offset] = color[0];
        this.pixels[offset + 1] = color[1];
        this.pixels[offset + 2] = color[2];
      }
    }
  }

  /**
   * Draws a pixel pattern (`#` = ink) scaled so each cell is `cell` pixels wide, its top-left at (x, y).
   * @example
   * canvas.pattern(['#.#', '.#.', '#.#'], 10, 10, 20, [255, 255, 255]);
   */
  pattern(rows: readonly string[], x: number, y: number, cell: number, color: Rgb): void {
    rows.forEach((row, r) => {
      Array.from(row).forEach((mark, c) => {
        if (mark === '#') this.fill(x + c * cell, y + r * cell, cell, cell, color);
      });
    });
  }

  /** The canvas as PNG bytes. */
  toPng(): Buffer {
    const stride = this.width * 3;
    const raw = Buffer.alloc((stride + 1) * this.height);
    for (let row = 0; row < this.height; row++) {
      raw[row * (stride + 1)] = 0; // filter: none
      Buffer.from(this.pixels.buffer, this.pixels.byteOffset + row * stride, stride).copy(raw, row * (stride + 1) + 1);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header[8] = 8; // bit depth
    header[9] = 2; // colour type: truecolour
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
