import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../compiler/load-content.js';
import { createChecker } from '../engine/checker.js';
import { readCorpusLetter } from './evaluate-corpus.js';
const c = createChecker(loadContent().ruleset);
const syl = (w: string) => Math.max(1, (w.toLowerCase().replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length);
for (const corpus of ['corpus-holdout-3','corpus-blind-a','corpus-blind-b','corpus','corpus-holdout','corpus-holdout-2']) {
  for (const kind of ['flagged','clean']) {
    const dir = join('tests', corpus, kind);
    for (const f of readdirSync(dir)) {
      const l = readCorpusLetter(join(dir, f));
      for (const x of c.analyse(l.text, { audience: l.audience }).findings) {
        if (x.ruleId !== 'long-sentence') continue;
        const words = x.actual.match(/\S+/g) ?? [];
        const runs = x.actual.split(/[,;:()–—-]/).map((p) => (p.match(/\S+/g) ?? []).length);
        const longW = words.filter((w) => syl(w.replace(/\W/g, '')) >= 3).length;
        const tag = kind === 'clean' ? 'CLEAN' : l.marks.some((m) => m.start < x.end && m.end > x.start) ? 'MARK ' : 'unmk ';
        console.log(tag, words.length, 'run', Math.max(...runs), 'poly', longW, '|', x.actual.slice(0, 140));
      }
    }
  }
}
