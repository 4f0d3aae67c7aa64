import { readdirSync, readFileSync } from 'node:fs';
import { createChecker } from '../engine/checker.js';
import { corpusFiles, readCorpusLetter } from '../scripts/evaluate-corpus.js';
const ids = process.argv.slice(2);
const checker = createChecker(JSON.parse(readFileSync('generated/ruleset.json', 'utf8')));
const tally: Record<string, number> = {};
for (const c of readdirSync('tests').filter((d) => d.startsWith('corpus'))) for (const kind of ['clean', 'flagged'] as const) for (const f of corpusFiles(kind, `tests/${c}`)) {
  const l = readCorpusLetter(f);
  for (const x of checker.check(l.text, { audience: l.audience }).filter((x) => ids.includes(x.ruleId))) {
    const onMark = l.marks.some((m) => x.start < m.end && m.start < x.end);
    const k = kind === 'clean' ? 'CLEAN' : onMark ? 'MARK' : 'NOMARK';
    tally[`${x.ruleId} ${k}`] = (tally[`${x.ruleId} ${k}`] ?? 0) + 1;
    const s = Math.max(0, l.text.lastIndexOf('.', x.start) + 1), e = l.text.indexOf('.', x.end);
    if (k !== 'MARK' || process.env.ALL) console.log(k, x.ruleId, '|', l.text.slice(s, e + 1).replace(/\s+/g, ' ').trim().slice(0, 220));
  }
}
console.log(tally);
