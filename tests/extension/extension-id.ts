/** Chrome's extension id for a manifest `key` (base64 SubjectPublicKeyInfo, DER): the SHA-256 of the key's bytes, its first 32 hex digits written with a-p for 0-f. */
import { createHash } from 'node:crypto';

export function extensionId(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}
