// Draws the extension icon (images/icon.png, 128×128): a policy page with text lines and a shield.
// Kept as a script so the icon can be regenerated without an image editor.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 128, H = 128;
const px = new Uint8Array(W * H * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= W || y >= H) return;
  const i = (y * W + x) * 4;
  const t = a / 255;
  px[i] = Math.round(r * t + px[i] * (1 - t)); px[i + 1] = Math.round(g * t + px[i + 1] * (1 - t));
  px[i + 2] = Math.round(b * t + px[i + 2] * (1 - t)); px[i + 3] = Math.max(px[i + 3], a);
};
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const fill = (test, color) => { for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (test(x + 0.5, y + 0.5)) set(x, y, color); };

fill((x, y) => inRoundRect(x, y, 4, 4, 124, 124, 22), [30, 64, 120]);           // background
fill((x, y) => inRoundRect(x, y, 26, 18, 92, 106, 6), [245, 247, 250]);        // page
for (const [y, w] of [[34, 44], [46, 52], [58, 36], [70, 48], [82, 30]]) fill((x, yy) => x >= 36 && x <= 36 + w && yy >= y && yy <= y + 5, [120, 140, 170]);
// shield: rounded top, pointed bottom
const shield = (x, y) => {
  const cx = 90, top = 62, mid = 92, bottom = 114, half = 20;
  if (y < top || y > bottom) return false;
  if (y <= mid) return Math.abs(x - cx) <= half - (y < top + 6 ? (top + 6 - y) * 0.6 : 0);
  return Math.abs(x - cx) <= half * (bottom - y) / (bottom - mid);
};
fill((x, y) => shield(x, y), [46, 160, 90]);
// check mark
const check = (x, y) => {
  const d1 = Math.abs((y - 88) - (x - 80)) / Math.SQRT2, d2 = Math.abs((y - 96) + (x - 88)) / Math.SQRT2;
  return (x >= 79 && x <= 88 && d1 <= 2.6) || (x >= 87 && x <= 101 && d2 <= 2.6);
};
fill(check, [255, 255, 255]);

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) { raw[y * (W * 4 + 1)] = 0; Buffer.from(px.buffer, y * W * 4, W * 4).copy(raw, y * (W * 4 + 1) + 1); }
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync(new URL('../images/icon.png', import.meta.url), Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
console.log('images/icon.png written');
