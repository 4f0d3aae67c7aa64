/**
 * HMAC-SHA-256 (RFC 2104, FIPS 180-4), synchronous, for ignore keys in the content script. Not
 * crypto.subtle: it is asynchronous (the check that filters ignored findings runs synchronously on
 * every edit) and it is missing from content scripts on http:// pages, which are not secure
 * contexts. tests/extension/ignore-key.test.ts checks it against Node's own HMAC. The background,
 * a secure context, uses crypto.subtle for the same function (site-keys.ts).
 */
/**
 * The round constants (K: the first 32 bits of the fractional parts of the cube roots of the first
 * 64 primes) and the initial hash (of the square roots of the first 8), as FIPS 180-4 defines them,
 * worked out once rather than written out: the table was 700 bytes of every page's content script
 * (issue 10). Doubles are exact enough: every value is at least 0.005 of a unit away from rounding
 * the other way, and Math.cbrt errs by under 1e-5 of one. tests/extension/ignore-key.test.ts
 * compares both with the standard's table.
 */
const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p !== 0)) PRIMES.push(n);
const fraction32 = (x: number): number => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
export const K = Uint32Array.from(PRIMES, (p) => fraction32(Math.cbrt(p)));
export const H0 = PRIMES.slice(0, 8).map((p) => fraction32(Math.sqrt(p)));

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

export function sha256(data: Uint8Array): Uint8Array {
  const h = new Uint32Array(H0);
  // Padding: 0x80, zeros, then the length in bits as a 64-bit big-endian number.
  const blocks = Math.ceil((data.length + 9) / 64);
  const buf = new Uint8Array(blocks * 64);
  buf.set(data);
  buf[data.length] = 0x80;
  const view = new DataView(buf.buffer);
  view.setUint32(buf.length - 8, Math.floor(data.length / 0x20000000));
  view.setUint32(buf.length - 4, (data.length * 8) >>> 0);
  const w = new Uint32Array(64);
  for (let b = 0; b < blocks; b++) {
    // w is a Uint32Array, so its sums wrap at 2^32 by themselves.
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(b * 64 + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      w[i] = w[i - 16] + (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) + w[i - 7] + (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10));
    }
    // The working variables a..h as one array, each round shifting them down a place (FIPS 180-4,
    // 6.2.2 step 3, written short: these bytes are in every page's content script, issue 10).
    const v = Array.from(h);
    for (let i = 0; i < 64; i++) {
      const [a, bb, c, , e, f, g, hh] = v;
      const t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c));
      v.pop();
      v.unshift((t1 + t2) >>> 0); // a; the old a..g are now b..h
      v[4] = (v[4] + t1) >>> 0; // e = d + t1
    }
    h.forEach((x, i) => (h[i] = x + v[i]));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((x, i) => outView.setUint32(i * 4, x));
  return out;
}

export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + message.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i] ^ 0x36;
    outer[i] = block[i] ^ 0x5c;
  }
  inner.set(message, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(hex.length >> 1));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
