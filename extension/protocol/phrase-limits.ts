/**
 * Limits on the organisation's own phrases, and the one phrase compiler: they live in
 * engine/phrase-limits.ts, where trust rule packs use them too. The extension's layers reach them
 * through the protocol, as everything they share.
 */
export * from '../../engine/phrase-limits.js';
