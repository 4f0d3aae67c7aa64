/** The candour checklist counts a real apology, not the phrases that only sound like one. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../engine/checker.js';
import type { CompiledRuleset } from '../../engine/types.js';
import { realRuleset } from '../extension/real-ruleset.js';

const checker = createChecker(realRuleset() as CompiledRuleset);
const candour = (text: string) => checker.analyse(text, { audience: 'patient' }).summary.candour;
const ACCOUNT = 'Your referral was not sent because of a mistake. We will write to you by 1 June. Our liaison team can support you. Please call Jo Smith on 01632 960001.';
/** One sentence of a failing, in a letter that says nothing else about it, is enough for the checklist to apply. */
function makesItWentWrong(failing: string) {
  const c = candour(`Dear Mrs Patel\n\n${failing} Your results are now back.\n\nYours sincerely\nJo Smith`);
  expect(c.applies).toBe(true);
}

describe('candour checklist: apology', () => {
  it.each([
    'We apologise for any inconvenience this may have caused.',
    'We are sorry if you feel that we let you down.',
    'We regret that you felt unhappy with your care.',
    'I am sorry you feel upset about this.',
    'We are sorry for any distress caused.',
    'Apologies for any inconvenience.',
    'We apologise for any concern this may cause.',
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
  ])('"%s" makes it a letter about something that went wrong', makesItWentWrong);

  it('does not read a possible delay as a failing', () => {
    const c = candour('Dear Mrs Patel\n\nIf there is a delay in booking your scan, please ring us.\n\nYours sincerely\nJo Smith');
    expect(c.applies).toBe(false);
  });
});

describe('candour checklist: a failing told as a kind of error, a thing left undone or done to the wrong place', () => {
  it.each([
    // Wordings not taken from any corpus, beside the ones the holdout-7 letters used.
    'Owing to an administrative oversight, your referral stayed in our outbox.',
    'This appears to have been a transcription issue on the discharge letter.',
    'A clerical error meant your appointment was booked for the wrong week.',
    'A delay has occurred in your urgent referral.',
    'During the procedure the adjacent tooth was removed in error.',
    'A letter about you was sent to an incorrect address on 2 March.',
    'The referral went to the wrong hospital.',
    'No interpreter had been booked for your appointment.',
    'No follow-up was arranged after your discharge.',
    'The sample may have been mislaid in transit.',
    'Your scan request had not been sent to radiology.',
    'Reasonable adjustments were not put in place when he arrived.',
    'A new care coordinator has not been allocated.',
    'The referral was returned because the wrong form was used.',
    'Re: Complaint regarding the birth of your son',
  ])('"%s" makes it a letter about something that went wrong', makesItWentWrong);

  it.each([
    'If you think this letter was sent to you in error, please ring us.',
    'If no appointment has been booked by June, please call us.',
    'Your results were sent to your GP, and no change was needed.',
    'Please tell us if we have your address wrong.',
  ])('"%s" is not a failing', (text) => {
    const c = candour(`Dear Mrs Patel\n\n${text}\n\nYours sincerely\nJo Smith`);
    expect(c.applies).toBe(false);
  });
});
