/**
 * Everyday words used in their medical sense, which a list of medical words cannot hold without
 * flagging them everywhere: "his appendix had perforated", "an SFA occlusion", "look for
 * displacement", "at high risk of aspiration", "it is sensitive to nitrofurantoin", "your
 * presentations to ED", "your smear result was inadequate", "managed conservatively", "wean by
 * 5mg a week". A word counts only where its context makes the medical sense sure:
 * - a damage word ("perforated", "occlusion", "erosions", "displacement", "consolidation") with a
 *   medical word or a clinical short form near it in its sentence ("SFA occlusion", "periarticular
 *   erosions"; not "the erosion of trust", "a perforated edge");
 * - a process word in its clinical pattern: "present(ed) to ED / A&E / hospital", "presentation(s)"
 *   after "your" or before "to ED", "sensitive / resistant to" a medicine's name, "sensitivities",
 *   "inadequate" beside a sample or a response, "observations" as measurements, "escalate to" a
 *   treatment, "wean / taper" with a dose or a medicine, "conservative(ly)" with managed or
 *   management, "increased / reduced tone", "both bases", "involved / clear margins", "blood film".
 * Each candidate reads a bounded stretch of text or at most eight tokens either side, so the work
 * stays linear; most words are not candidates and cost one Set lookup.
 */
import type { LetterContext, LetterHit } from './context.js';
import { LAY_SAFE_KIND } from '../medical/index.js';
import type { WordClasses } from './words.js';

/** Damage words: medical only with a medical word close by. */
const DAMAGE = new Set([
  'perforated', 'perforation', 'perforations', 'perforate', 'perforates', 'displaced', 'displacement', 'aspiration', 'aspirated',
  'occlusion', 'occlusions', 'occluded', 'erosion', 'erosions', 'erosive', 'consolidation', 'reconstitution', 'compromise',
  'compromised', 'collapse', 'insult', 'infiltrate', 'infiltration', 'extrusion', 'impaction',
]);
/** Damage words that are everyday too often to count even beside a medical word, unless a clinical adjective precedes. */
const NEEDS_CLINICAL_BEFORE = new Set(['collapse', 'insult', 'compromise', 'compromised']);

/** Process words, each with the pattern that makes it clinical (read on the text around it). */
const PATTERNS: Record<string, { before?: RegExp; after?: RegExp }> = {
  present: { after: /^\s+(?:to|at)\s+(?:the\s+|your\s+(?:nearest\s+|local\s+)?|a\s+|an\s+)?(?:ED|A&E|AE|emergency|hospital|urgent|UTC|walk-in|casualty|GP|surgery|triage)\b/i },
  presented: { after: /^\s+(?:to|at)\s+(?:the\s+|your\s+|a\s+|an\s+)?(?:ED|A&E|AE|emergency|hospital|urgent|UTC|walk-in|casualty|GP|surgery|triage)\b/i },
  presents: { after: /^\s+(?:to|at)\s+(?:the\s+|your\s+|a\s+|an\s+)?(?:ED|A&E|AE|emergency|hospital|urgent|UTC|walk-in|casualty|GP|surgery|triage)\b/i },
  presenting: { after: /^\s+(?:to|at)\s+(?:the\s+|your\s+|a\s+|an\s+)?(?:ED|A&E|AE|emergency|hospital|urgent|UTC|walk-in|casualty|GP|surgery|triage)\b/i },
  presentation: { before: /\b(?:your|his|her|their|the|this|clinical|recent|latest|initial|combined|atypical|typical)\s+$/i, after: /^\s+(?:to|at)\s+(?:the\s+)?(?:ED|A&E|emergency|hospital)\b|^\s+(?:is|was)\s+(?:felt|thought|consistent|typical|in\s+keeping|suggestive|not\s+typical|atypical)\b|^\s+(?:changes?|changed|suggests?|fits?)\b|^\s*\(/i },
  presentations: { after: /^\s+(?:to|at)\s+(?:the\s+)?(?:ED|A&E|emergency|hospital|the\s+emergency)\b|^\s+(?:are|were|have)\b/i },
  sensitive: { after: /^\s+to\s+(?:[a-z-]+(?:cillin|mycin|micin|floxacin|oxacin|azole|cycline|furantoin|prim|sporin|penem|clav|amide|mide|idine|conazole|fungin)|co-amoxiclav|trimethoprim|nitrofurantoin|antibiotics?)\b/i },
  resistant: { after: /^\s+to\s+(?:[a-z-]+(?:cillin|mycin|micin|floxacin|oxacin|azole|cycline|furantoin|prim|sporin|penem|clav|amide|mide|idine|conazole|fungin)|co-amoxiclav|trimethoprim|nitrofurantoin|antibiotics?)\b/i },
  sensitivities: { before: /\b(?:per|the|its|culture|and|with|on)\s+$/i },
  inadequate: { before: /\b(?:sample|smear|specimen|result|test)\s+(?:(?:is|was|were|not|reported|as|been)\s+){0,4}$/i, after: /^\s+(?:sample|smear|specimen|response)\b/i },
  observations: { before: /\b(?:baseline|routine|regular|hourly|set\s+of|nursing|vital)\s+$/i, after: /^\s+(?:were|was|are|showed|show|remained|stable|normal|every|hourly|repeated|chart|taken|recorded|at)\b/i },
  escalate: { after: /^\s+(?:to|your|his|her|the)\s+(?:[a-z-]+\s+){0,2}(?:therapy|treatment|biologics?|care|dose|anti-[A-Za-z]+|ICU|HDU|ITU|[a-z]+(?:mab|nib|cept))\b/i },
  escalated: { after: /^\s+(?:to|your|his|her|the)\s+(?:[a-z-]+\s+){0,2}(?:therapy|treatment|biologics?|care|dose|anti-[A-Za-z]+|ICU|HDU|ITU|[a-z]+(?:mab|nib|cept))\b/i },
  escalation: { after: /^\s+(?:to|of|in)\s+(?:[a-z-]+\s+){0,2}(?:therapy|treatment|biologics?|care|dose|ICU|HDU|ITU)\b/i, before: /\b(?:trigger(?:ed)?|ceiling\s+of|no|for)\s+$/i },
  wean: { after: /^\s+(?:[a-z]+\s+){0,2}(?:by|over)\s+\d/i },
  weaned: { after: /^\s+(?:by|off|down|over|from|successfully)\b/i },
  weaning: { after: /^\s+(?:by|off|down|over|dose|regime|course|plan)\b/i },
  taper: { after: /^\s+(?:[a-z]+\s+){0,2}(?:by|over)\s+\d|^\s+(?:off|down|the\s+dose|[A-Z]{2,})\b/ },
  tapering: { after: /^\s+(?:by|off|down|over|dose|course|regime)\b/i },
  conservatively: { before: /\b(?:managed|treated|manage|treat)\s+(?:[a-z]+\s+){0,3}$/i },
  conservative: { after: /^\s+(?:management|treatment|measures|care|approach)\b/i },
  tone: { before: /\b(?:increased|reduced|raised|muscle|muscular|decreased|abnormal|limb)\s+$/i, after: /^\s+in\s+(?:the|his|her|your|both|lower|upper)\s+(?:[a-z]+\s+)?(?:limbs?|legs?|arms?)\b/i },
  bases: { before: /\b(?:both|the|lung|right|left)\s+$/i, after: /^(?!\s+(?:of|for|on)\b)/ },
  margins: { before: /\b(?:involved|clear|close|positive|negative|resection|surgical|excision|the)\s+$/i, after: /^\s+(?:were|are|was|is)\s+(?:clear|involved|close)\b|^\s*(?:clear|involved)\b/i },
  film: { before: /(?:\bblood|\bchest|\bplain)\s+$|^$|\n\s*$/i, after: /^\s*:|^\s+(?:showed|shows|confirmed|confirms|was|is)\b/i },
};
/** Words whose pattern needs both sides to agree (a before-cue and an after-cue), not either. */
const BOTH_SIDES = new Set(['bases', 'film', 'presentation']);
/** Words whose pattern is not enough alone: a medical word must be near too ("crepitations at both bases"). */
const NEEDS_MEDICAL = new Set(['bases', 'film']);

/** Adjectives that make a general damage word clinical: "respiratory compromise", "bowel obstruction". */
const CLINICAL_BEFORE = /\b(?:respiratory|airway|nerve\s+root|neurovascular|vascular|cardiac|haemodynamic|circulatory|bowel|airway|lung|lobar|hypoxic|ischaemic|renal|biliary|urinary|gastric|intestinal|small\s+bowel|large\s+bowel|outlet)\s+$/i;

/**
 * Word classes from the medical-words rule's params (content/rules/medical-words.md), built once per
 * checker (words.ts): medical-sense-body, parts of the body that make a damage word medical ("his
 * appendix had perforated", "a displaced wrist fracture"); medical-sense-lay-short, short forms in
 * capitals that are everyday ("NHS", "PDF"), not a sign of a clinical sentence; medical-sense-near,
 * everyday words that, like the damage words, are medical with a medical word near them in their
 * sentence: scan words ("hyperintense signal", "rim enhancement", "low attenuation"), surgical
 * words ("removal of hardware", "the posterior portal", "revision arthroplasty") and examination
 * words ("antalgic gait", "copious irrigation", "well demarcated lesion").
 */
function senseWords(w: WordClasses): { body: ReadonlySet<string>; layShort: ReadonlySet<string>; near: ReadonlySet<string> } {
  return { body: w.set('medical-sense-body'), layShort: w.set('medical-sense-lay-short'), near: w.set('medical-sense-near') };
}

const SHORTHAND = /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/;
const REACH = 8;
const WINDOW = 48;

function word(ctx: LetterContext, i: number): string {
  return ctx.text.slice(ctx.tokens.start[i], ctx.tokens.end[i]);
}

/**
 * Whether a medical word (listed or built from medical parts) or a clinical short form is within REACH tokens in i's sentence.
 * Words are read by their normal form (no string built per word); the word as written only where its
 * case counts: shorthand starts with a capital, and a word's class depends on its case only for the
 * form of an acronym (MedicalVocabulary.caseMatters). A placeholder's normal form is not its text, so
 * it is read as written.
 */
function medicalNearby(ctx: LetterContext, i: number): boolean {
  const vocabulary = ctx.medical?.vocabulary;
  const W = ctx.words.compiled(senseWords);
  const { text, tokens } = ctx;
  for (const dir of [-1, 1]) {
    for (let k = i + dir, n = 0; k >= 0 && k < tokens.length && n < REACH; k += dir, n++) {
      const a = dir < 0 ? k : k - 1;
      if (sentenceBreakBetween(text, tokens.end[a], tokens.start[a + 1])) break;
      const c0 = text.charCodeAt(tokens.start[k]);
      if (c0 >= 65 && c0 <= 90) {
        const w = word(ctx, k);
        if (SHORTHAND.test(w) && !W.layShort.has(w)) return true;
      }
      const placeholder = tokens.isPlaceholder(k);
      // (body words and DAMAGE hold no apostrophe: the normal form is the word in lower case.)
      const norm = placeholder ? word(ctx, k).toLowerCase() : tokens.norm(k);
      if (W.body.has(norm)) return true;
      if (!vocabulary || tokens.end[k] - tokens.start[k] < 5 || DAMAGE.has(norm)) continue;
      const c = vocabulary.classifyWord(placeholder || vocabulary.caseMatters(norm) ? word(ctx, k) : norm);
      if (c.kind === 'word-parts' || (c.kind === 'listed' && c.term?.kind !== LAY_SAFE_KIND)) return true;
    }
  }
  return false;
}

/** /[.!?\n]/.test(text.slice(from, to)) without the slice: whether a sentence ends or a line breaks between two words. */
function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}

/** The medical-sense word at token i, or null. `norm` is its lower-case form. */
export function medicalSenseHit(ctx: LetterContext, i: number, norm: string): LetterHit | null {
  const { text, tokens } = ctx;
  const start = tokens.start[i];
  const end = tokens.end[i];
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  if (DAMAGE.has(norm) || ctx.words.compiled(senseWords).near.has(norm)) {
    if (NEEDS_CLINICAL_BEFORE.has(norm) ? !CLINICAL_BEFORE.test(before) : !medicalNearby(ctx, i)) return null;
  } else {
    const p = PATTERNS[norm];
    if (!p) return null;
    const b = p.before ? p.before.test(before) : false;
    const a = p.after ? p.after.test(after) : false;
    if (BOTH_SIDES.has(norm) ? !(b && a) : !(b || a)) return null;
    // "bases" and "film" also need the medical context the pattern alone cannot give.
    if (NEEDS_MEDICAL.has(norm) && !medicalNearby(ctx, i)) return null;
    // "managed conservatively" says it alone; "managed the budget conservatively" does not.
    if (norm === 'conservatively' && !/(?:managed|treated|manage|treat)\s+$/i.test(before) && !medicalNearby(ctx, i)) return null;
  }
  const actual = text.slice(start, end);
  return {
    start,
    end,
    message: `"${actual}" has a medical meaning here that many people will not know. Say what it means in everyday words.`,
    suggestions: [`${actual} ([what it means here, in everyday words])`],
  };
}

/** Whether a lower-case word form is one this check reads at all (a Set lookup or two per word). */
export function isMedicalSenseCandidate(ctx: LetterContext, norm: string): boolean {
  return CANDIDATES.has(norm) || ctx.words.compiled(senseWords).near.has(norm);
}
// One Set for both: a property lookup on PATTERNS by a word that is not a key was the slower half, on every word of the letter.
const CANDIDATES = new Set([...DAMAGE, ...Object.keys(PATTERNS)]);
