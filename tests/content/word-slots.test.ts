/**
 * Word classes in phrases: "{=name}" in a rule's pattern stands for every word of a class in some
 * rule's params.words (compiler/word-slots.ts), so a concept written over shared lists (own-verdict's
 * "[who] [was] [verdict]") matches every word of the class, and a misspelt class is a build error.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../compiler/load-content.js';
import { ContentErrors } from '../../compiler/errors.js';
import { createChecker } from '../../engine/checker.js';

const SOURCES = 'NHSR: { title: "NHS Resolution: Saying sorry", url: "https://example.org/sorry" }\n';

const rule = (phrase: string) => `---
title: Verdicts
lens: candour
values: [respect-and-dignity]
severity: warning
message: A verdict.
phrases:
  - "${phrase}"
params:
  words:
    zz-who: [nurse, "ward team"]
    zz-verdict: [correct, "in line with"]
sources: [NHSR]
---

## Why

It judges.

## Examples

### Flag

- The **nurse was correct** to wait.
- The **ward team was in line with** policy.

### Fine

- The dose was correct.
- The nurse was kind.
`;

function contentDir(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vl-slots-'));
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'sources.yml'), SOURCES);
  writeFileSync(join(dir, 'rules', 'verdicts.md'), text);
  return dir;
}

describe('word classes in phrases', () => {
  it('matches every word of the class, one word or several', () => {
    const { ruleset } = loadContent(contentDir(rule('{=zz-who} was {=zz-verdict}')));
    const found = (text: string) => createChecker(ruleset).check(text, { audience: 'patient' }).map((f) => f.actual);
    expect(found('The nurse was correct to wait.')).toEqual(['nurse was correct']);
    expect(found('The ward team was in line with policy.')).toEqual(['ward team was in line with']);
    expect(found('The doctor was correct to wait.')).toEqual([]);
  });

  it('names a class no rule defines', () => {
    let messages: string[] = [];
    try {
      loadContent(contentDir(rule('{=zz-whom} was {=zz-verdict}')));
    } catch (e) {
      if (!(e instanceof ContentErrors)) throw e;
      messages = e.errors.map((x) => x.message.replace(/^.*?rules\//, 'rules/'));
    }
    expect(messages[0]).toBe('rules/verdicts.md:8: no rule defines the word class "zz-whom" (params: words: in a rule)');
  });
});

describe('own-verdict, read over its word classes', () => {
  const checker = createChecker(loadContent().ruleset);
  const ids = (text: string) => checker.check(text, { audience: 'patient' }).map((f) => f.ruleId);
  // Wordings from no corpus: other doers, verbs, tenses and verdicts than the rule's examples.
  it.each([
    'I am sorry for the delay. The surgeons acted correctly at every stage.',
    'I am sorry about your complaint. The GP was entirely correct to refer you routinely.',
    'I am sorry for the mistake. The department is satisfied that the locum behaved professionally.',
    'I am sorry for the fall. Staffing levels were in line with the roster that night.',
    'I am sorry for what happened. The crew dealt with it appropriately.',
    'Thank you for your letter about your complaint. The midwives were acting on instruction from the labour ward coordinator.',
    'I am sorry for the error. We remain satisfied that our pharmacist checked the label.',
    'I am sorry for the delay. His treatment in the unit was of a high standard.',
  ])('flags "%s"', (text) => {
    expect(ids(text)).toContain('own-verdict');
  });
  it.each([
    'I am sorry. The nurse did not check the label; we were short of nurses that night and that is no excuse.',
    'I am sorry for the fall. The ward was not fully staffed that night: there were two nurses for 28 patients.',
    'Your treatment was correct for your symptoms, and your tablets stay the same.',
    'I am sorry for the delay. I am not satisfied that the team acted appropriately, and the review will say why.',
  ])('stays quiet on "%s"', (text) => {
    expect(ids(text)).not.toContain('own-verdict');
  });
});
