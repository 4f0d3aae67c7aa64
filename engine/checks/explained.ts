/**
 * Whether a letter explains a term where it uses it: the guidance asks for a medical word or an
 * abbreviation to be explained on first use, and once it is, using it again is fine. Recognised:
 * - an explanation in brackets after it: "atrial fibrillation (an irregular heartbeat)";
 * - the term in brackets after the explanation: "an irregular heartbeat (atrial fibrillation)",
 *   or after a placeholder for one ("[what it stands for] (COPD)", as the card's fix writes);
 * - a name given: "a test called eGFR", "known as", "named";
 * - an explanation after it: "COPD, which is...", "HbA1c means...", "eGFR is a blood test",
 *   "the fibula, the thinner bone on the outer side" (explained-head-nouns), "a CPAP machine, which
 *   stands for..." (a test or machine noun between),
 *   "COPD stands for", "anti-inflammatory painkillers such as ibuprofen",
 *   "warfarin, a blood-thinning medicine", "dyspnoea, or breathlessness", "angina - a pain...";
 * - the next sentence explaining it: "You have COPD. This is a long-term lung condition."
 * A comma and "a" after a sentence's opening clause starts the main clause, not an explanation:
 * "After the cystoscopy, a nurse will call you" leaves "cystoscopy" unexplained.
 * Each test reads a bounded stretch of text beside the term, so the work per term is constant.
 */
import type { LetterContext } from './context.js';
import { LAY_SAFE_KIND } from '../medical/index.js';
import type { WordClasses } from './words.js';

const WINDOW = 48;

/**
 * "(COPD)" after a long form names the abbreviation; it does not explain the long form. Nor does a
 * result in shorthand: "rhabdo (CK 4200)", "anaemia (Hb 84)".
 */
const ABBREVIATION_ONLY = /^\s*\(\s*[A-Za-z]*[A-Z][A-Za-z0-9&]*(?:\s*[<>=:]?\s*\d[\d.,/]*\s*[A-Za-z/%]{0,6})?\s*\)/;
/**
 * A bracket that opens with a figure, an example, or a short form or name followed by more words
 * says how much, what kind or where it came from, not what the term means: "peripheral neuropathy
 * (10g monofilament 0/10)", "EBRT (60Gy in 20 fractions)", "DBT (12 month waiting list)",
 * "emollient (e.g. Epaderm)", "childbearing potential (MHRA guidance)", "a biologic (PASI 10 and
 * DLQI 10)", "cirrhosis (Child-Pugh A6, MELD 10)".
 */
const NOTE_IN_BRACKETS = /^\s*\(\s*(?:\d|e\.?g\b|for example\b|[A-Z][A-Za-z0-9&]*[A-Z0-9]\b|[A-Z][a-z]+-[A-Z][a-z]+\b)/;
/**
 * A bracket that opens with a word or two and then a number, a "#" or "No." says where to look or
 * how much, not what the term means: "effusion (series #105, image 45)", "(image 12 of 40)",
 * "(see report ref 24/0917)", "(measuring 3 cm)". Plain words that start with an article or a
 * possessive stay an explanation, even with a figure later: "(a build-up of fluid, about 2 cm)" (articles, "your", "it").
 */
const REFERENCE_IN_BRACKETS = /^\s*\((?!\s*(?:an?|the|your|it)\b)\s*[A-Za-z.:]{1,12}(?:\s+[A-Za-z.:]{1,12}){0,2}\s*[#:]?\s*\d/i;
const BRACKET_AFTER = /^\s*\(\s*[^\s)]/;

/**
 * The patterns built from the word classes in unexplained-abbreviation.md's params (words.ts), once per checker:
 * - numbersOnly: "T2DM (2015)", "Lap chole (09/05)", "cholecystitis (Feb 2026)", "FEV1 0.98L (41%
 *   predicted)": a date or a figure explains nothing (explained-date-words, month-names);
 * - gradeOnly: "high-grade dyskaryosis (moderate)", "effusion (left)": a grade, a side or a result
 *   in brackets says which or how much, not what the term means (bracket-grades);
 * - explanationAfter: "COPD, which is...", "HbA1c means...", "such as", "HbA1c, the blood test that
 *   shows..." (explaining-verbs, explaining-links);
 * - figureBefore: "EBL 1100ml (PPH)", "dapagliflozin 10mg od (SGLT2i)": a short form in brackets
 *   after a figure or a dose names nothing the words before it say (dose-frequencies);
 * - roleNotMeaning: "is an alternative", "is a good option": the term's place in the plan, not its
 *   meaning (role-adjectives, role-nouns);
 * - whatWasDone: "the sigmoid colon, which was reported as...": what was done to it
 *   (done-participles);
 * - openingClause: "After your cystoscopy, a nurse will call" (opening-clause-words).
 */
function explainedPatterns(w: WordClasses) {
  const any = (name: string) => w.alternation(name);
  return {
    numbersOnly: new RegExp(
      String.raw`^\s*\(\s*(?:${any('explained-date-words')}\s+)?(?:[\d.,/:%\s-]+(?:predicted|years?|yrs)?|(?:\d{1,2}\s+)?${any('month-names')}[a-z]*\.?\s*\d{0,4})\s*\)`,
      'i',
    ),
    gradeOnly: new RegExp(String.raw`^\s*\(\s*(?:${any('bracket-grades')}|grade\s*\w+|stage\s*\w+)\s*\)`, 'i'),
    explanationAfter: new RegExp(
      String.raw`^(?:\s*,?\s*(?:which|that)\s+${any('explaining-verbs')}\b|\s+${any('explaining-links')}\b|\s*,\s*(?:a|an|or|also called|also known as|meaning)\s|\s*,\s*the\s+(?:[a-z-]+\s+){1,3}(?:that|which|who)\s|\s*,\s*the\s+(?:[a-z-]+\s+){0,2}${any('explained-head-nouns')}\b|\s+[-\u2013\u2014]\s+(?:a|an|the|when|where|which|this|it|your)\b|\s*:\s*(?:a|an|this|it)\b)`,
      'i',
    ),
    figureBefore: new RegExp(String.raw`\d[\d.,]*\s*(?:[A-Za-z\u00b5%/]{1,6}(?:\s+${any('dose-frequencies')})?)?\s*\(\s*$`),
    roleNotMeaning: new RegExp(String.raw`^\s+(?:is|are)\s+(?:an?|the)\s+(?:${any('role-adjectives')}\s+)?${any('role-nouns')}s?\b`, 'i'),
    whatWasDone: new RegExp(String.raw`^\s*,?\s*(?:which|that)\s+(?:is|are|was|were)\s+(?:then\s+|also\s+|not\s+)?${any('done-participles')}\b`, 'i'),
    openingClause: new RegExp(String.raw`^\s*${any('opening-clause-words')}\b`, 'i'),
  };
}
/**
 * "IOP (GAT)": a short form in brackets after another short form names a method, not an
 * explanation; so does one after a unit ("21 mmHg (GAT)", "32 kPa (FeNO)").
 */
const SHORT_FORM_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z]*)\s*\(\s*$/u;
const NEXT_SENTENCE_EXPLAINS = /^\s*(?:\([^()\n]{0,40}\)\s*)?[.!]\s+(?:this|that|it|these|they)\s+(?:(?:is|are|was)\s+(?:an?|the|when|where|how|what|short|used|caused)\b|means|mean|happens)\b/i;
/**
 * The term in brackets after the plain words: "an irregular heartbeat (atrial fibrillation)", "the
 * scan of your heart (an echocardiogram, which uses sound waves)", and each word of a name there
 * that the vocabulary reads word by word: "pain below your kneecap (patellar tendinopathy)".
 */
const NAME_IN_BRACKETS_BEFORE = /[\p{L}\p{N}\]]\s*\(\s*(?:(?:an?|the)\s+)?$/iu;
// A test's noun may follow it there: "(LDL cholesterol)", "(the FIT test)".
const TERM_IN_BRACKETS_AFTER = /^(?:\s+(?:test|level|cholesterol))?\s*(?:\)|,[^()\n]*\))/;
/** The term after plain words and ", or" in its bracket: "(human papillomavirus, or HPV)"; not a choice, "(paracetamol or NSAID)". */
const OR_NAME_BEFORE = /\(\s*[a-z][a-z' -]*,\s+or\s+$/;
/**
 * A name of two or three lower-case words in brackets after words ("kneecap (patellar
 * tendinopathy)"): each of its words sits in brackets beside the others. Not a bracket that holds
 * a number, a short form or a word such as "not" or "off" ("(not anticoagulated)", "(off PPI 2
 * weeks)"): that is a note, not a name.
 */
const NAME_WORDS_BEFORE = /\p{L}\s*\(\s*(?:[a-z'-]+\s+){1,2}$/u;
const NAME_WORDS_AFTER = /^(?:\s+[a-z'-]+){1,2}\s*\)/;
const NAME_WORDS_NOT = /\b(?:not|no|off|on|until|with|without|for|to|after|before|and|or|if|as|at|in|of|by|from|since)\b/;
/**
 * A test or device noun after the term, passed over before the explanation is looked for: "HbA1c
 * test (a blood test ...)", "a CPAP machine, which ...", "a CPAP machine. This is a small pump ...".
 * Only "This is a" describes it: "a CPAP mask. It is the usual treatment" says what it is for.
 */
const TEST_NOUN_AFTER = /^\s+(?:blood\s+|urine\s+)?(?:test|scan|level|result|score|reading|machine|device|mask|pump|monitor|clinic)s?(?=\s*\(|\s*,\s*(?:which|that)\s|[.!]\s+this\s+is\s+an?\s)/i;
const ARTICLE_AT_END = /(?:an?|the)\s+$/i;
// One word may come between: "a common type of epilepsy called juvenile myoclonic epilepsy"; not
// a word that makes "called" a phone call or a summons ("you will be called for POA").
const NAMED_BEFORE =
  /(?:\bcalled|\bnamed|\bknown as|(?<![\w-])term|(?<![\w-])word)\s*(?:the\s+)?(?:(?!(?:for|to|by|on|in|at|about|back|you|us|me|him|her|them|your|his|their|and|or)\s)[a-z]+\s+)?["'\u2018\u201c]?\s*$/i;

/**
 * Whether a bracket starting in `after` (the characters after a term) explains it: words, not a
 * short form alone, a date, a grade or a note ("29 mmHg (higher than normal)", not "22 mmHg (GAT)").
 */
export function bracketExplains(ctx: LetterContext, after: string): boolean {
  if (!BRACKET_AFTER.test(after) || ABBREVIATION_ONLY.test(after)) return false;
  const P = ctx.words.compiled(explainedPatterns);
  return !P.numbersOnly.test(after) && !P.gradeOnly.test(after) && !NOTE_IN_BRACKETS.test(after) && !REFERENCE_IN_BRACKETS.test(after);
}

export function explainedAt(ctx: LetterContext, firstToken: number, lastTokenExclusive: number): boolean {
  const { text, tokens } = ctx;
  const start = tokens.start[firstToken];
  const end = tokens.end[lastTokenExclusive - 1];
  // "Your PSA blood test (a test that...)": the bracket after the test's name explains the term, and
  // so do "a CPAP machine, which stands for..." and "the colposcopy clinic (a closer look at the cervix)".
  const after = text.slice(end, end + WINDOW).replace(TEST_NOUN_AFTER, '');
  const before = text.slice(Math.max(0, start - WINDOW), start);
  if (bracketExplains(ctx, after) && !jargonInBrackets(ctx, after)) return true;
  const P = ctx.words.compiled(explainedPatterns);
  if (TERM_IN_BRACKETS_AFTER.test(after) && NAME_IN_BRACKETS_BEFORE.test(before) && !SHORT_FORM_BEFORE.test(before.replace(ARTICLE_AT_END, '')) && !P.figureBefore.test(before)) return true;
  if (/^[a-z'-]+$/.test(text.slice(start, end)) && inBracketedName(before, after)) return true;
  if (OR_NAME_BEFORE.test(before) && /^\s*\)/.test(after)) return true;
  if (NAMED_BEFORE.test(before)) return true;
  if (NEXT_SENTENCE_EXPLAINS.test(after)) return true;
  if (!P.explanationAfter.test(after)) return false;
  // "SLT is an alternative if drops are not tolerated": says what it is for, not what it is.
  if (P.roleNotMeaning.test(after)) return false;
  // "the sigmoid colon, which was reported as...": what was done to it, not what it is.
  if (P.whatWasDone.test(after)) return false;
  // "After your cystoscopy, a nurse will call": the comma ends an opening clause, and what follows
  // is the main clause, not an explanation. The opening clause is the stretch after the last comma
  // before the term: "On 19 November, before your ankle ORIF, a nerve block was ..." is one, and
  // "As we discussed, your brother has cystic fibrosis, an inherited condition ..." explains it.
  const clause = clauseStart(before, start <= WINDOW);
  return !(COMMA_ARTICLE.test(after) && P.openingClause.test(clause.slice(clause.lastIndexOf(',') + 1)));
}

/**
 * "TACS (ischaemic)", "NSCLC (adenocarcinoma)", "TMD (myofascial)": a bracket that holds one
 * medical word names a kind in more jargon; it explains nothing to the reader. Two or more words
 * ("AF (atrial fibrillation)") are left as an explanation: the words inside are flagged on their own.
 */
const ONE_WORD_IN_BRACKETS = /^\s*\(\s*([A-Za-z][a-z-]{3,})\s*\)/;
function jargonInBrackets(ctx: LetterContext, after: string): boolean {
  const one = ONE_WORD_IN_BRACKETS.exec(after);
  const vocabulary = ctx.medical?.vocabulary;
  if (!one || !vocabulary) return false;
  const c = vocabulary.classifyWord(one[1]);
  return c.kind === 'word-parts' || (c.kind === 'listed' && c.term?.kind !== LAY_SAFE_KIND);
}

function inBracketedName(before: string, after: string): boolean {
  const b = NAME_WORDS_BEFORE.exec(before);
  const a = b ? NAME_WORDS_AFTER.exec(after) : /^\s*\)/.test(after) ? null : NAME_WORDS_AFTER.exec(after);
  if (!b && !a) return false;
  const open = before.lastIndexOf('(');
  if (open < 0 || !/\p{L}\s*$/u.test(before.slice(0, open))) return false;
  const inside = before.slice(open + 1) + ' ' + (a ? a[0] : after.slice(0, after.indexOf(')') + 1));
  if (!/^[a-z' ()-]*$/.test(inside.replace(/\s+/g, ' ')) || !inside.includes(')')) return false;
  return !NAME_WORDS_NOT.test(inside);
}

const COMMA_ARTICLE = /^\s*,\s*(?:a|an|the)\s/i;

/** The part of `before` from the start of its sentence; '' when the sentence began before the window. */
function clauseStart(before: string, windowHoldsTextStart: boolean): string {
  let k = before.length - 1;
  while (k >= 0 && !SENTENCE_END.test(before[k])) k--;
  return k < 0 && !windowHoldsTextStart ? '' : before.slice(k + 1);
}
const SENTENCE_END = /[.!?:\n]/;

/**
 * The stricter test for the short forms and shorthand of phrase rules ("ECG", "eGFR", "bd"): only
 * an explanation a reader cannot miss counts: a bracket of plain words after the term, "called"
 * before it, or "means" / "stands for" after it. The looser signs explainedAt also reads (a term in
 * brackets after words, "which are ...", ", a ...", the next sentence) misread dose notes, lists
 * and asides on the spent corpora: "10mg od (SGLT2i)", "monthly (FBC, U&E, LFT)", "A&E
 * attendance (SOB)"; 30 marks were lost for 5 clean-letter findings.
 */
export function plainlyExplainedAt(ctx: LetterContext, firstToken: number, lastTokenExclusive: number): boolean {
  const start = ctx.tokens.start[firstToken];
  const end = ctx.tokens.end[lastTokenExclusive - 1];
  const after = ctx.text.slice(end, end + WINDOW).replace(TEST_NOUN_AFTER, '');
  const before = ctx.text.slice(Math.max(0, start - WINDOW), start);
  return (
    (bracketExplains(ctx, after) && !jargonInBrackets(ctx, after) && !DOSE_BEFORE.test(before) && !ASIDE_IN_BRACKETS.test(after) && !/^\d/.test(ctx.text.slice(start, end))) ||
    MEANS_AFTER.test(after) ||
    NAMED_BEFORE.test(before) ||
    namedInBrackets(ctx, firstToken, before, after)
  );
}
// "how well your kidneys filter (the eGFR)", "poo test (the FIT test)", "block blood vessels (LDL
// cholesterol)": the short form named in brackets after plain words, with "the" before it (in the
// bracket or the phrase itself) or a test's noun after it. A bare one is not: "A&E attendance
// (SOB)" is an aside.
const NAMED_IN_BRACKETS_BEFORE = /[a-z]\s*\(\s*(the\s+)?$/;
const TEST_NOUN_CLOSES = /^\s+(?:test|level|cholesterol)\s*\)/i;
function namedInBrackets(ctx: LetterContext, firstToken: number, before: string, after: string): boolean {
  const named = NAMED_IN_BRACKETS_BEFORE.exec(before);
  return !!named && (!!named[1] || ctx.tokens.norm(firstToken) === 'the' || TEST_NOUN_CLOSES.test(after));
}
// "10mg od (weight-banded)": a bracket after a dose is a note on the medicine, not on "od".
// So is one after notation: "2/12 (intensive phase)", "3/7 (CrCl checked)".
const DOSE_BEFORE = /\d\s*[a-z]{0,8}\s+$/i;
// "AF (not anticoagulated)", "TFTs (he is on levothyroxine)", "positive (urine NAAT)", "lesion (a
// suspected BCC)": an aside, or more shorthand, is not a meaning.
const ASIDE_IN_BRACKETS = /^\s*\((?:\s*(?:not|no|off|on|stopped|he|she|they|we|patient)\b|[^()\n]*\b[A-Z]{2,}\b[^()\n]*\))/;
const MEANS_AFTER = /^\s*,?\s*(?:which\s+)?(?:means|stands for|is short for)\b/i;
