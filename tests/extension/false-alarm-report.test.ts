/**
 * "This is wrong here" (issue 13): the report holds the rule id, its pack, the severity and the
 * extension's version, and the flagged words only when the clinician ticks the box; no other text.
 */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/index.js';
import { realRuleset } from './real-ruleset.js';
import { falseAlarmReport, MAX_FLAGGED_CHARS, packOf, reportFileName, reportMailto } from '../../extension/in-page/false-alarm-report.js';

const LETTER = 'Dear Zephyrine Quarterman,\n\nYou failed to attend your appointment at Blackwater Clinic. Take one tablet nocte.';

describe('the false-alarm report', () => {
  const finding = createChecker(realRuleset()).check(LETTER).find((f) => f.ruleId === 'failed-to-attend')!;

  it('holds exactly the listed fields, and no letter text when the box is not ticked', () => {
    const text = falseAlarmReport({ ruleId: finding.ruleId, severity: finding.severity, version: '0.1.0' });
    expect(text.split('\n')).toEqual([
      'Values Lens: a finding reported as a false alarm',
      'Rule: failed-to-attend',
      'Pack: Values Lens rules',
      `Severity: ${finding.severity}`,
      'Extension version: 0.1.0',
      'Flagged words: (not included)',
    ]);
    // No word of the letter that is not also a word of the report's fixed text or of the rule id.
    const own = new Set(['values', 'lens', 'a', 'rule', 'rules', ...finding.ruleId.split('-')]);
    for (const word of LETTER.toLowerCase().match(/[a-z]+/g)!) {
      if (own.has(word) || word === finding.severity) continue;
      expect(text.toLowerCase(), `the report holds "${word}"`).not.toMatch(new RegExp(`\\b${word}\\b`));
    }
  });

  it('with the box ticked, holds the flagged words and nothing more of the letter', () => {
    const text = falseAlarmReport({ ruleId: finding.ruleId, severity: finding.severity, version: '0.1.0', flaggedWords: finding.actual });
    expect(text).toContain(`Flagged words: ${finding.actual}`);
    for (const word of ['Zephyrine', 'Quarterman', 'Blackwater', 'appointment', 'nocte']) expect(text).not.toContain(word);
  });

  it('the flagged words stay on one line and within a limit, so they cannot pose as other fields', () => {
    const text = falseAlarmReport({ ruleId: 'nocte-mane', severity: 'warning', version: '1', flaggedWords: 'nocte\nRule: something-else\n' + 'x'.repeat(500) });
    expect(text.split('\n')).toHaveLength(6);
    expect(text.split('\n')[5].length).toBeLessThanOrEqual('Flagged words: '.length + MAX_FLAGGED_CHARS);
  });

  it('names the pack: the organisation\'s own phrases apart from Values Lens\'s rules', () => {
    expect(packOf('custom-hang-in-there')).toBe("Your organisation's phrases");
    expect(packOf('nocte-mane')).toBe('Values Lens rules');
    expect(reportFileName('nocte-mane')).toBe('values-lens-false-alarm-nocte-mane.txt');
  });
});

describe('e-mailing a report', () => {
  const report = 'Values Lens: a finding reported as a false alarm\nRule: nocte-mane';

  it('is offered only when the policy sets a plain address, and carries the report as the body', () => {
    expect(reportMailto(undefined, 'nocte-mane', report)).toBeNull();
    expect(reportMailto('', 'nocte-mane', report)).toBeNull();
    const url = reportMailto('values-lens@trust.nhs.uk', 'nocte-mane', report)!;
    expect(url.startsWith('mailto:values-lens@trust.nhs.uk?subject=')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Values Lens false alarm: nocte-mane');
    expect(params.get('body')).toBe(report.replace(/\n/g, '\r\n'));
  });

  it('refuses an address that would add recipients or headers', () => {
    for (const bad of ['a@b.org?bcc=c@d.org', 'a@b.org,c@d.org', 'a@b.org&body=x', 'a b@c.org', 'javascript:alert(1)//@x.org', 'a@b']) {
      expect(reportMailto(bad, 'nocte-mane', report), bad).toBeNull();
    }
  });
});
