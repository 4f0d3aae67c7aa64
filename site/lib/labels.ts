/** Words shown to readers for the content's ids. One place, so every page says the same. */
import type { Audience, Lens, Severity } from '../../engine/types.js';

export const LENS_LABEL: Record<Lens, string> = { candour: 'Candour', compassion: 'Compassion', respect: 'Respect', clarity: 'Clarity' };
/** NHS.UK tag colours, one per lens, all with AA contrast in nhsuk-frontend. */
export const LENS_TAG: Record<Lens, string> = { candour: 'nhsuk-tag--purple', compassion: 'nhsuk-tag--pink', respect: 'nhsuk-tag--blue', clarity: 'nhsuk-tag--aqua-green' };
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Never use', warning: 'Change this', advice: 'Worth a thought' };
export const SEVERITY_TAG: Record<Severity, string> = { error: 'nhsuk-tag--red', warning: 'nhsuk-tag--orange', advice: 'nhsuk-tag--grey' };
export const AUDIENCE_LABEL: Record<Audience, string> = { patient: 'patients', parent: 'parents', carer: 'carers', clinician: 'clinicians' };
export const AUDIENCE_ONE: Record<Audience, string> = { patient: 'a patient', parent: 'a parent', carer: 'a carer', clinician: 'a clinician' };
export const CONSTITUTION_LABEL: Record<string, string> = {
  'working-together': 'Working together for patients',
  'respect-and-dignity': 'Respect and dignity',
  'commitment-to-quality': 'Commitment to quality of care',
  compassion: 'Compassion',
  'improving-lives': 'Improving lives',
  'everyone-counts': 'Everyone counts',
};
export const LETTER_TYPE_LABEL: Record<string, string> = {
  'missed-appointment': 'Missed appointment',
  'was-not-brought': 'Was not brought',
  results: 'Test results',
  'clinic-letter': 'Clinic letter',
  candour: 'Something went wrong',
  'complaint-response': 'Complaint response',
  'discharge-summary': 'Discharge summary',
  'text-reminder': 'Text reminder',
  'mental-health': 'Mental health',
  'learning-disability': 'Learning disability',
  'older-person': 'Older person',
  other: 'Other',
};
/** "patients, carers and parents" */
export function listWords(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
