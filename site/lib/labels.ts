/** Words shown to readers for the content's ids. One place, so every page says the same. */
import type { Audience, Lens, Severity } from '../../engine/types.js';
import { LENS_LOOK, SEVERITY_TAG as SEVERITY_TAG_COLOUR } from '../../engine/finding-labels.js';

export { LENS_LABEL, SEVERITY_LABEL } from '../../engine/finding-labels.js';
/** NHS.UK tag classes, one per lens (engine/finding-labels.ts), all with AA contrast in nhsuk-frontend. */
export const LENS_TAG = Object.fromEntries(Object.entries(LENS_LOOK).map(([l, look]) => [l, `nhsuk-tag--${look.tag}`])) as Record<Lens, string>;
export const SEVERITY_TAG = Object.fromEntries(Object.entries(SEVERITY_TAG_COLOUR).map(([s, tag]) => [s, `nhsuk-tag--${tag}`])) as Record<Severity, string>;
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
