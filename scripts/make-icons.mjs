#!/usr/bin/env node
// Draws the installed app's icons (web/public/icons/*.png; ADR 0016): a white "P" on the app's
// primary colour, filling the square so the same picture works as a maskable icon (the letter
// stays inside the central safe zone). Plain Node (zlib), no dependencies; the PNGs are
// committed, so run it only when the colour or the picture changes:
//
//   node scripts/make-icons.mjs '#1971c2'     (themeColour in web/src/platform/theme-colour.ts)

import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const colour = process.argv[2] ?? "#1971c2";
const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));

/** Whether a point (0..1 square) is in the letter: a stem and a bowl, 4 % inset for smoothness. */
function inLetter(x, y) {
  const stroke = 0.11;
  const stem = x >= 0.32 && x <= 0.32 + stroke && y >= 0.24 && y <= 0.76;
  const [cx, cy, outer] = [0.5, 0.405, 0.165];
  const d = Math.hypot(Math.max(x - cx, 0), y - cy);
  const bowl = x >= 0.32 && y >= cy - outer && y <= cy + outer && d <= outer && d >= outer - stroke;
  const bars =
    x >= 0.32 &&
    x <= cx &&
    (Math.abs(y - (cy - outer + stroke / 2)) <= stroke / 2 ||
      Math.abs(y - (cy + outer - stroke / 2)) <= stroke / 2);
  return stem || bowl || bars;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const rows = [];
  const samples = 4; // 4×4 supersampling smooths the letter's edges
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++)
          if (inLetter((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hits++;
      const a = hits / samples ** 2;
      row.set(
        [r, g, b].map((c) => Math.round(c + (255 - c) * a)),
        1 + px * 3,
      );
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = new URL("../web/public/icons/", import.meta.url);
mkdirSync(out, { recursive: true });
for (const size of [180, 192, 512]) writeFileSync(new URL(`icon-${size}.png`, out), png(size));
console.log(`icons written to ${out.pathname} in ${colour}`);
