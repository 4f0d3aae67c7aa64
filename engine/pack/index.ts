/** Trust rule packs: the file format, the reader for untrusted pack files, and the merge into a ruleset. */
export * from './format.js';
export * from './limits.js';
export { PackError } from './errors.js';
export { readPack, isSemver } from './read-pack.js';
export { withPacks, type PackedRule, type RulesetWithPacks } from './merge.js';
