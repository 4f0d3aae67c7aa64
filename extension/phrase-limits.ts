/**
 * The limits on the organisation's own phrases moved to engine/phrase-limits.ts, where the
 * pack builder and pack loader use them too. This re-export keeps the extension's imports working.
 */
export * from '../engine/phrase-limits.js';
