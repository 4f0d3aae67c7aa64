/** The engine's public surface: pure functions over strings, shared by the extension, site and CLI. */
export * from './types.js';
export { createChecker, type Checker, type CheckerOptions } from './checker.js';
export { atOrAboveSeverity, SEVERITY_RANK } from './severity.js';
export { LENS_LABEL, LENS_LOOK, ruleUrl, SEVERITY_LABEL, SEVERITY_TAG, type LensLook } from './finding-labels.js';
export { applyEdit, applySuggestion, matchCase, planFix, replacementFor, textEdit, type FixPlan, type TextEdit } from './apply.js';
export { expandPattern, phrasingTokens, PatternError } from './patterns.js';
export { tokenize } from './tokenize.js';
export { assembleRuleset, withExtraPhrases } from './assemble.js';
export { naturalFrequency } from './checks/percentage-risk.js';
export * from './pack/index.js';
