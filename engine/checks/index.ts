/** The letter-level check kinds, by the name rule files use in `check:`. */
import type { CheckKind } from '../types.js';
import type { LetterCheck } from './context.js';
import { checkBlockCapitals } from './block-capitals.js';
import { checkCandourCompleteness } from './candour-completeness.js';
import { checkContactDetails } from './contact-details.js';
import { checkGreeting } from './greeting.js';
import { checkOtherFormats } from './other-formats.js';
import { checkPercentageRisk } from './percentage-risk.js';
import { checkSentenceLength } from './sentence-length.js';
import { checkThirdPersonName } from './third-person-name.js';
import { checkMedicalWords } from './medical-words.js';
import { checkAbbreviations } from './abbreviations.js';
import { checkReaderPronoun } from './reader-pronoun.js';
import { checkAgentlessPassive } from './agentless-passive.js';
import { checkUnsignedSignOff } from './unsigned-sign-off.js';
import { checkPrematureReassurance } from './premature-reassurance.js';
import { checkShiftedBlame } from './shifted-blame.js';
import { checkConditionalThreat } from './conditional-threat.js';
import { checkBehaviourLabel } from './behaviour-label.js';

export const LETTER_CHECKS: Record<Exclude<CheckKind, 'phrase'>, LetterCheck> = {
  'sentence-length': checkSentenceLength,
  'candour-completeness': checkCandourCompleteness,
  greeting: checkGreeting,
  'contact-details': checkContactDetails,
  'third-person-name': checkThirdPersonName,
  'block-capitals': checkBlockCapitals,
  'percentage-risk': checkPercentageRisk,
  'other-formats': checkOtherFormats,
  'medical-words': checkMedicalWords,
  abbreviations: checkAbbreviations,
  'reader-pronoun': checkReaderPronoun,
  'agentless-passive': checkAgentlessPassive,
  'unsigned-sign-off': checkUnsignedSignOff,
  'premature-reassurance': checkPrematureReassurance,
  'shifted-blame': checkShiftedBlame,
  'conditional-threat': checkConditionalThreat,
  'behaviour-label': checkBehaviourLabel,
};
