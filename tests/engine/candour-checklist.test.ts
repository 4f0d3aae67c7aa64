/** The candour checklist counts a real apology, not the phrases that only sound like one. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const candour = (text: string) => checker.analyse(text, { audience: 'patient' }).summary.candour;
const ACCOUNT = 'Your referral was not sent because of a mistake. We will write to you by 1 June. Our liaison team can support you. Please call Jo Smith on 01632 960001.';

describe('candour checklist: apology', () => {
  it.each([
    'We apologise for any inconvenience this may have caused.',
    'We are sorry if you feel that we let you down.',
    'We regret that you felt unhappy with your care.',
    'I am sorry you feel upset about this.',
    'We are sorry for any distress caused.',
    'Apologies for any inconvenience.',
  ])('does not count "%s" as saying sorry', (nonApology) => {
    const c = candour(`Dear Mr Hale\n\n${ACCOUNT} ${nonApology}\n\nYours sincerely\nJo Smith`);
    expect(c.applies).toBe(true);
    expect(c.missing).toContain('apology');
  });

  it.each(['I am sorry that we did not send your referral.', 'We apologise for not sending your referral.', 'Please accept our sincere apologies for this mistake.'])(
    'counts "%s" as saying sorry',
    (apology) => {
      const c = candour(`Dear Mr Hale\n\n${ACCOUNT} ${apology}\n\nYours sincerely\nJo Smith`);
      expect(c.present).toContain('apology');
    },
  );

  it('a real apology still counts beside a non-apology', () => {
    const c = candour(`Dear Mr Hale\n\nI am sorry that we did not send your referral. ${ACCOUNT} We apologise for any inconvenience.\n\nYours sincerely\nJo Smith`);
    expect(c.present).toContain('apology');
  });
});

describe('candour checklist: a letter about a delay in our work', () => {
  it.each([
    'Unfortunately there was a delay in reporting your biopsy.',
    'There has been a significant delay in processing your referral.',
    'There were delays in reviewing the scan.',
  ])('"%s" makes it a letter about something that went wrong', (delay) => {
    const c = candour(`Dear Mrs Patel\n\n${delay} Your results are now back.\n\nYours sincerely\nJo Smith`);
    expect(c.applies).toBe(true);
  });

  it('does not read a possible delay as a failing', () => {
    const c = candour('Dear Mrs Patel\n\nIf there is a delay in booking your scan, please ring us.\n\nYours sincerely\nJo Smith');
    expect(c.applies).toBe(false);
  });
});
