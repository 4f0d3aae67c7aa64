/**
 * The background's side of ignore keys (ignore-key.ts): one random secret per install, made once
 * with crypto.getRandomValues and kept only in the extension's own database, and from it one key
 * per site, HMAC-SHA-256(secret, host), which is all a content script is given. A page on one site
 * therefore never holds anything that makes or checks keys for another, and the stored keys cannot
 * be tested against a list of guesses without the secret.
 */
import { fromHex, toHex } from '../protocol/hmac-sha256.js';

export const SECRET_BYTES = 32;

export function newSecret(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

export const isSecret = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x);

const cache = new Map<string, string>();

/** The site's key (hex), derived from the install's secret. */
export async function siteKey(secret: string, host: string): Promise<string> {
  const id = `${secret}\n${host}`;
  const cached = cache.get(id);
  if (cached) return cached;
  const key = await crypto.subtle.importKey('raw', fromHex(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`values-lens site key\n${host}`));
  const hex = toHex(new Uint8Array(mac));
  if (cache.size > 1000) cache.clear();
  cache.set(id, hex);
  return hex;
}
