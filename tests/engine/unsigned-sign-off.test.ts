/** A complaint, candour or bereavement letter signed by a role or a department has no one behind it. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import { isRoleOnly } from '../../engine/checks/unsigned-sign-off.js';
import { WordClasses } from '../../engine/checks/words.js';
import type { Audience, CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
// The rule's own role words (content/rules/unsigned-sign-off.md), as the check reads them.
const roleWords = new WordClasses((realRuleset() as CompiledRuleset).rules).set('role-words');
const unsigned = (text: string, audience: Audience = 'patient') =>
  checker.check(text, { audience }).filter((f) => f.ruleId === 'unsigned-sign-off').map((f) => f.actual);

const complaintReply = (signature: string) =>
  `Dear Mr Adebayo\n\nThank you for your complaint about your wait in the Emergency Department on 14 February.\n\nYours sincerely\n\n${signature}\n`;

describe('signature lines', () => {
  it.each(['Complaints Manager', 'Bereavement Services', 'CMHT Administration', 'pp Chief Executive', 'Ward Manager, Willow Ward', 'Divisional Director of Nursing', "Children's Services Office", 'The Appointments Team'])(
    '"%s" names no one',
    (line) => expect(isRoleOnly(roleWords, line)).toBe(true),
  );

  it.each(['Linda Thwaite', 'Sister R Calloway', 'Dr J Kellaway', 'Joanne Pryce, Ward Manager', 'Sam Ward', 'Hollybank Surgery', '[Your name]', '{{sender}}', 'Mr Oliver Dunstable FRCS (Tr & Orth)'])(
    '"%s" is a name, or may be one',
    (line) => expect(isRoleOnly(roleWords, line)).toBe(false),
  );
});

describe('unsigned sign-off', () => {
  it('flags a complaint reply signed by a role', () => {
    expect(unsigned(complaintReply('Complaints Manager'))).toEqual(['Complaints Manager']);
  });

  it('reads a role on the sign-off line itself', () => {
    expect(unsigned('Dear Ms Nwosu\n\nThis is our reply to your complaint.\n\nYours sincerely, pp Chief Executive\n')).toEqual(['pp Chief Executive']);
  });

  it('is quiet when a person signs above the role', () => {
    expect(unsigned(complaintReply('Linda Thwaite\nComplaints Manager'))).toEqual([]);
  });

  it('is quiet on a routine letter signed by a team', () => {
    expect(unsigned('Dear Ms Shah\n\nYour appointment has moved to 10 May at 2pm. If this letter was sent in error, please call us.\n\nKind regards\n\nRheumatology Clinic Team\n')).toEqual([]);
  });

  it('is quiet in a letter to a clinician', () => {
    expect(unsigned(complaintReply('Complaints Manager'), 'clinician')).toEqual([]);
  });

  it('flags a letter that says it is not signed, whatever it is about', () => {
    expect(unsigned('Dear Patient\n\nYour screening result is normal. This is an automated letter and is not signed.\n')).toEqual(['This is an automated letter and is not signed']);
  });

  it('reads only a short way past the last sign-off (bounded work on a long letter)', () => {
    const padding = '\n'.repeat(5000);
    expect(unsigned(`Dear Mr Adebayo\n\nAbout your complaint.\n\nYours sincerely${padding}Complaints Manager\n`)).toEqual([]);
  });
});
