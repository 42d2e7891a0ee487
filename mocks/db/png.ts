// Seeded tokens with a logo need real image bytes to serve. A stored-deflate PNG encoder is small
// enough to write here and runs in the browser worker as well as in Node (no zlib needed).

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = (CRC_TABLE[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function u32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat([new TextEncoder().encode(type), data]);
  return concat([u32(data.length), typeAndData, u32(crc32(typeAndData))]);
}

function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let offset = 0; offset < raw.length || offset === 0; offset += 0xffff) {
    const part = raw.subarray(offset, offset + 0xffff);
    const last = offset + 0xffff >= raw.length ? 1 : 0;
    blocks.push(
      new Uint8Array([
        last,
        part.length & 0xff,
        part.length >>> 8,
        ~part.length & 0xff,
        (~part.length >>> 8) & 0xff,
      ]),
      part,
    );
    if (last) break;
  }
  blocks.push(u32(adler32(raw)));
  return concat(blocks);
}

export type Rgb = readonly [number, number, number];

/** A square logo: a rounded tile in `background` with a diagonal band in `foreground`. */
export function encodeLogoPng(size: number, background: Rgb, foreground: Rgb): Uint8Array {
  const rowLength = 1 + size * 4;
  const raw = new Uint8Array(rowLength * size);
  const radius = size / 5;
  for (let y = 0; y < size; y++) {
    raw[y * rowLength] = 0;
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x, x - (size - 1 - radius), 0);
      const dy = Math.max(radius - y, y - (size - 1 - radius), 0);
      const inside = dx * dx + dy * dy <= radius * radius;
      const band = Math.abs(x - y) < size / 6;
      const [r, g, b] = band ? foreground : background;
      const i = y * rowLength + 1 + x * 4;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
      raw[i + 3] = inside ? 255 : 0;
    }
  }
  const header = concat([u32(size), u32(size), new Uint8Array([8, 6, 0, 0, 0])]);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
