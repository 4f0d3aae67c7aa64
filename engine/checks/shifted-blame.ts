/**
 * In a letter about something that went wrong, the failing put on someone or something other
 * than "we". Three shapes, each read by its grammar rather than listed phrase by phrase:
 * - a member of staff explained by their kind: "the doctor who saw you was a locum", "the GP who
 *   filed it was an agency GP", "she was new to the ward", "the nurse was unfamiliar with our
 *   systems";
 * - a failure in the passive done "by" one person in a junior or named role: "the referral was
 *   not marked as urgent by the secretary", "the result was misread by the radiologist";
 * - the cause laid on a thing: "this was due to the prescription chart being difficult to read",
 *   "this was caused by an outdated address on a legacy system", "due to short staffing".
 * A team, "we" or "our staff" as the doer is owning it, and is left alone.
 */
import { failurePassives } from './agentless-passive.js';
import { formFilter, joined, signal, word, type LetterCheck, type LetterContext, type LetterHit } from './context.js';

/** One person at work, as a sentence's subject: "the doctor who saw you", "the GP", "she". */
const STAFF = new Set([
  'doctor', 'gp', 'nurse', 'midwife', 'radiologist', 'radiographer', 'sonographer', 'surgeon', 'consultant', 'registrar',
  'clinician', 'secretary', 'receptionist', 'pharmacist', 'practitioner', 'administrator', 'clerk', 'porter', 'paramedic',
  'physiotherapist', 'therapist', 'anaesthetist', 'anesthetist', 'technician', 'assistant', 'hca', 'colleague', 'locum',
  'staff', 'member', 'individual', 'worker', 'carer', 'health visitor', 'coordinator', 'co-ordinator', 'manager', 'sister',
  'she', 'he',
]);
/** Kinds of staff given as the reason: "was a locum", "was an agency nurse", "was new". */
const KINDS = new Set(['locum', 'agency', 'bank', 'temporary', 'trainee', 'student', 'junior', 'inexperienced', 'relief', 'newly', 'new', 'unfamiliar']);
/** "was covering two areas", "was covering for a colleague": one person stretched, as the reason. */
const STRETCHED = new Set(['two', 'three', 'several', 'both', 'another', 'other', 'for', 'more', 'extra', 'additional']);
/** Words that make a "you" just before the verb an object: "the doctor who saw you was a locum". */
const OBJECT_BEFORE = new Set(['saw', 'see', 'seen', 'treated', 'examined', 'assessed', 'told', 'called', 'phoned', 'rang', 'visited', 'met', 'reviewed', 'after', 'for', 'to', 'with', 'gave', 'helped', 'discharged', 'on', 'about']);
/** How far back the staff subject may be: "the doctor who saw you on 3 May was a locum". */
const SUBJECT_REACH = 12;

/** One person as the doer after "by": "by the secretary", "by a junior doctor". */
const ONE_PERSON = new Set([
  'secretary', 'receptionist', 'administrator', 'clerk', 'porter', 'locum', 'student', 'trainee', 'agency', 'bank', 'individual',
  'doctor', 'gp', 'nurse', 'midwife', 'radiologist', 'radiographer', 'pharmacist', 'registrar', 'consultant', 'surgeon', 'colleague',
  'member', 'junior', 'anaesthetist', 'sonographer', 'technician', 'assistant', 'hca', 'clinician',
]);
/** Words between "by" and the person that leave them one person: "by the on-call secretary". */
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'that', 'this', 'our', 'on-call', 'duty', 'ward', 'practice', 'new', 'covering']);

/** Links that give a cause: "due to", "caused by", "because of", "owing to", "down to", "the result of". */
const CAUSE_HEADS = new Map<string, string>([
  ['due', 'to'], ['owing', 'to'], ['caused', 'by'], ['because', 'of'], ['down', 'to'], ['result', 'of'], ['attributable', 'to'], ['attributed', 'to'],
]);
/** Things and circumstances a cause is laid on. */
const THINGS = new Set([
  'system', 'systems', 'software', 'computer', 'it', 'chart', 'charts', 'form', 'forms', 'handwriting', 'address', 'addresses',
  'process', 'processes', 'pressures', 'demand', 'demands', 'staffing', 'shortage', 'shortages', 'workload', 'workloads', 'volume',
  'volumes', 'emergency', 'emergencies', 'circumstances', 'glitch', 'technical', 'administrative', 'capacity', 'sickness', 'weather',
  'strike', 'strikes', 'backlog', 'backlogs', 'changeover', 'migration', 'upgrade', 'equipment', 'machine', 'printer', 'label',
  'labelling', 'layout', 'pathway', 'resources', 'vacancies', 'absence', 'absences', 'courier', 'post', 'postal', 'database',
  'template', 'paperwork', 'illegible', 'unclear', 'legacy', 'outdated', 'unforeseen', 'unprecedented', 'exceptional', 'busy',
  'busier', 'shortfall', 'interface', 'portal', 'records', 'record', 'transfer', 'fax',
]);
/** Before the link in its sentence, one of these says it explains a failing: "this was due to". */
const FAILING = new Set([
  'this', 'which', 'delay', 'delays', 'delayed', 'error', 'errors', 'mistake', 'mistakes', 'problem', 'failure', 'incident',
  'wait', 'unattended', 'late', 'missed', 'lost', 'not', 'never', 'cancelled', 'canceled', 'postponed', 'occurred', 'happened',
  'unable', 'unavailable', 'covering', 'oversight', 'omission', 'sent', 'wrong', 'incorrect', 'incorrectly', 'inadvertently',
]);
/** The writer owning the cause: "due to a mistake we made", "because of us". */
const OWNERS = new Set(['we', 'i', 'us', 'me', 'our', 'my', 'ourselves', 'myself']);
/** What "our" owns in a cause: "due to our error". */
const OWN_FAILINGS = new Set(['error', 'errors', 'mistake', 'mistakes', 'failure', 'failures', 'oversight', 'fault', 'failings', 'omission']);
const CAUSE_REACH = 8;
const FAILING_REACH = 10;

/** "was a locum", "were agency staff", "was new to the ward", "was covering two areas" at be-verb i, with a staff subject before it. */
function kindAt(ctx: LetterContext, i: number): LetterHit | null {
  let j = i + 1;
  if (!joined(ctx, j)) return null;
  if (word(ctx, j) === 'a' || word(ctx, j) === 'an' || word(ctx, j) === 'not') j++;
  if (!joined(ctx, j)) return null;
  const w = word(ctx, j);
  let end = -1;
  if (w === 'newly' && joined(ctx, j + 1)) end = j + 1;
  else if (KINDS.has(w) && w !== 'new' && w !== 'unfamiliar') end = j;
  // "was from an agency", "was from the bank".
  else if (w === 'from' && ['agency', 'bank'].includes(word(ctx, j + 2)) && ['an', 'the', 'a'].includes(word(ctx, j + 1)) && joined(ctx, j + 2)) end = j + 2;
  // "new" only as a kind of staff: "new to the ward", "a new member of staff", "newly qualified".
  else if (w === 'new' && ['to', 'member', 'starter', 'recruit', 'doctor', 'nurse', 'midwife', 'in'].includes(word(ctx, j + 1)) && joined(ctx, j + 1)) end = j + 1;
  else if ((w === 'unfamiliar' || (w === 'familiar' && word(ctx, j - 1) === 'not')) && word(ctx, j + 1) === 'with' && joined(ctx, j + 1)) end = j + 1;
  else if (w === 'covering' && STRETCHED.has(word(ctx, j + 1)) && joined(ctx, j + 1)) end = j + 1;
  if (end < 0) return null;
  for (let k = i - 1; k >= 0 && k >= i - SUBJECT_REACH; k--) {
    const s = word(ctx, k);
    // "you were new to the area", "we were short": the reader or the writer is the subject. A "you"
    // further back is an object ("the nurse looking after you that night was from an agency").
    if ((s === 'you' || s === 'we' || s === 'i') && k === i - 1 && !OBJECT_BEFORE.has(word(ctx, k - 1))) return null;
    if (STAFF.has(s)) return { start: ctx.tokens.start[i], end: ctx.tokens.end[end], suggestions: [] };
    if (!joined(ctx, k)) return null;
  }
  return null;
}

/** "due to the chart being difficult to read" at link head i: the hit, or null. */
function causeAt(ctx: LetterContext, i: number): LetterHit | null {
  const second = CAUSE_HEADS.get(word(ctx, i));
  if (!second || word(ctx, i + 1) !== second || !joined(ctx, i + 1)) return null;
  // "as a result of", "the result of": "result" needs its article.
  let start = i;
  if (word(ctx, i) === 'result') {
    const before = word(ctx, i - 1);
    if (before !== 'a' && before !== 'the' && before !== 'direct') return null;
    start = i - 1;
  }
  let failing = false;
  for (let k = i - 1; k >= 0 && k >= i - FAILING_REACH && !failing; k--) {
    failing = FAILING.has(word(ctx, k)) || word(ctx, k).endsWith("n't");
    if (!joined(ctx, k)) break;
  }
  if (!failing) return null;
  for (let k = i + 2; k < i + 2 + CAUSE_REACH && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (OWNERS.has(w) && w !== 'our') return null;
    // "due to our error", "because of my mistake": owned.
    if ((w === 'our' || w === 'my') && OWN_FAILINGS.has(word(ctx, k + 1))) return null;
    if (!THINGS.has(w)) continue;
    // "the IT system" but not "it" the pronoun: "it" counts only in capitals.
    if (w === 'it' && ctx.text.slice(ctx.tokens.start[k], ctx.tokens.end[k]) !== 'IT') continue;
    // "due to a mistake we made in our system" owns it.
    for (let m = k + 1; m < k + 4 && joined(ctx, m); m++) if (OWNERS.has(word(ctx, m)) && word(ctx, m) !== 'our') return null;
    // "an outdated address", "the legacy system": the finding runs to the end of the thing's name.
    let end = k;
    while (joined(ctx, end + 1) && THINGS.has(word(ctx, end + 1)) && word(ctx, end + 1) !== 'it') end++;
    return { start: ctx.tokens.start[start], end: ctx.tokens.end[end], suggestions: [] };
  }
  return null;
}

/** "by the secretary": the person's token after the "by" at `by`, or -1. */
function onePersonAfter(ctx: LetterContext, by: number): number {
  for (let k = by + 1; k < by + 4 && joined(ctx, k); k++) {
    const w = word(ctx, k);
    if (ONE_PERSON.has(w)) return k;
    if (!DETERMINERS.has(w) && !w.startsWith('on-')) return -1;
  }
  return -1;
}

export const checkShiftedBlame: LetterCheck = (ctx) => {
  if (ctx.audience === 'clinician' || signal(ctx, 'went-wrong').length === 0) return [];
  const { tokens } = ctx;
  const hits: LetterHit[] = [];
  const starts = formFilter(ctx, 'shifted-blame', (w) => w === 'was' || w === 'were' || w === 'is' || CAUSE_HEADS.has(w));
  for (let i = 1; i < tokens.length; i++) {
    if (!starts(i)) continue;
    const w = word(ctx, i);
    const hit = w === 'was' || w === 'were' || w === 'is' ? kindAt(ctx, i) : CAUSE_HEADS.has(w) ? causeAt(ctx, i) : null;
    if (hit) hits.push(hit);
  }
  for (const p of failurePassives(ctx)) {
    if (p.agent < 0 || word(ctx, p.agent) !== 'by') continue;
    const person = onePersonAfter(ctx, p.agent);
    // "member" is one person only as "a member of staff": "by a member of the public" is not us.
    if (person < 0 || (word(ctx, person) === 'member' && word(ctx, person + 2) !== 'staff' && word(ctx, person + 2) !== 'the')) continue;
    hits.push({ start: p.start, end: tokens.end[person], suggestions: [] });
  }
  return hits.sort((a, b) => a.start - b.start);
};
