/**
 * Irregular inflections ("emboli" -> "embolus", "metastases" -> "metastasis", "vertebrae" ->
 * "vertebra") from WordNet's exception lists as the wink-lexicon package ships them (a
 * devDependency, read at build time). Regular ones ("biopsied", "exacerbations") are left to the
 * run-time suffix rules in engine/medical/lemma.ts.
 */
import { createRequire } from 'node:module';

export function readIrregular(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const out = new Map<string, string>();
  for (const file of ['wink-lexicon/src/wn-noun-exceptions.js', 'wink-lexicon/src/wn-verb-exceptions.js']) {
    const table = require(file) as Record<string, string>;
    for (const [form, base] of Object.entries(table)) if (form !== base && !out.has(form)) out.set(form, base);
  }
  return out;
}
