// Draws the add-in icons (a green sheet with a white check mark) as PNGs with nothing but
// zlib, so they can be regenerated anywhere: `node assets/make-icons.js`.
// The PNGs are committed; this script is only needed to change them.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [16, 124, 65]; // Excel green
const WHITE = [255, 255, 255];
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Distance from point p to the segment a-b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** In unit coordinates (0..1): is the point inside the rounded square, and on the check mark? */
function shade(x, y) {
  const radius = 0.18;
  const inset = 0.04;
  const cx = Math.min(Math.max(x, inset + radius), 1 - inset - radius);
  const cy = Math.min(Math.max(y, inset + radius), 1 - inset - radius);
  const inSquare = Math.hypot(x - cx, y - cy) <= radius;
  const stroke = 0.085;
  const onCheck =
    segmentDistance(x, y, 0.26, 0.52, 0.43, 0.69) <= stroke ||
    segmentDistance(x, y, 0.43, 0.69, 0.76, 0.32) <= stroke;
  return { inSquare, onCheck };
}

function pixels(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const { inSquare, onCheck } = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (inSquare) {
            cover++;
            if (onCheck) check++;
          }
        }
      }
      const o = (py * size + px) * 4;
      const k = cover === 0 ? 0 : check / cover;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(GREEN[c] * (1 - k) + WHITE[c] * k);
      rgba[o + 3] = Math.round((255 * cover) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const rgba = pixels(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
}
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
