/**
 * Whether a letter explains a term where it uses it: the guidance asks for a medical word or an
 * abbreviation to be explained on first use, and once it is, using it again is fine. Recognised:
 * - an explanation in brackets after it: "atrial fibrillation (an irregular heartbeat)";
 * - the term in brackets after the explanation: "an irregular heartbeat (atrial fibrillation)",
 *   or after a placeholder for one ("[what it stands for] (COPD)", as the card's fix writes);
 * - a name given: "a test called eGFR", "known as", "named";
 * - an explanation after it: "COPD, which is...", "HbA1c means...", "eGFR is a blood test",
 *   "COPD stands for", "anti-inflammatory painkillers such as ibuprofen",
 *   "warfarin, a blood-thinning medicine", "dyspnoea, or breathlessness", "angina - a pain...";
 * - the next sentence explaining it: "You have COPD. This is a long-term lung condition."
 * A comma and "a" after a sentence's opening clause starts the main clause, not an explanation:
 * "After the cystoscopy, a nurse will call you" leaves "cystoscopy" unexplained.
 * Each test reads a bounded stretch of text beside the term, so the work per term is constant.
 */
import type { LetterContext } from './context.js';
import { LAY_SAFE_KIND } from '../medical/index.js';

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
const BRACKET_AFTER = /^\s*\(\s*[^\s)]/;
/**
 * "T2DM (2015)", "Lap chole (09/05)", "cholecystitis (Feb 2026)", "FEV1 0.98L (41% predicted)":
 * a date or a figure explains nothing.
 */
const NUMBERS_ONLY =
  /^\s*\(\s*(?:(?:since|from|in|on|until|last|first|diagnosed|dx)\s+)?(?:[\d.,/:%\s-]+(?:predicted|years?|yrs)?|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{0,4})\s*\)/i;
/**
 * "high-grade dyskaryosis (moderate)", "effusion (left)": a grade, a side or a result in brackets
 * says which or how much, not what the term means.
 */
const GRADE_ONLY =
  /^\s*\(\s*(?:mild|moderate|severe|marked|minimal|small|large|left|right|both|bilateral|unilateral|positive|negative|normal|abnormal|high|low|raised|reduced|stable|confirmed|suspected|possible|probable|provisional|resolved|improving|worsening|acute|chronic|recurrent|new|old|active|inactive|partial|complete|grade\s*\w+|stage\s*\w+)\s*\)/i;
/**
 * "IOP (GAT)": a short form in brackets after another short form names a method, not an
 * explanation; so does one after a unit ("21 mmHg (GAT)", "32 kPa (FeNO)").
 */
const SHORT_FORM_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z]*)\s*\(\s*$/u;
const EXPLANATION_AFTER =
  /^(?:\s*,?\s*(?:which|that)\s+(?:is|are|means|mean|was|were|shows|show|measures|measure|tells|checks|check)\b|\s+(?:means|meaning|stands for|is short for|is when|is where|are when|is an?|are an?|such as|like)\b|\s*,\s*(?:a|an|or|also called|also known as|meaning)\s|\s*,\s*the\s+(?:[a-z-]+\s+){1,3}(?:that|which|who)\s|\s+[-\u2013\u2014]\s+(?:a|an|the|when|where|which|this|it|your)\b|\s*:\s*(?:a|an|this|it)\b)/i;
const NEXT_SENTENCE_EXPLAINS = /^\s*(?:\([^()\n]{0,40}\)\s*)?[.!]\s+(?:this|that|it|these|they)\s+(?:is|are|means|mean|happens|was)\b/i;
/**
 * The term in brackets after the plain words: "an irregular heartbeat (atrial fibrillation)", "the
 * scan of your heart (an echocardiogram, which uses sound waves)", and each word of a name there
 * that the vocabulary reads word by word: "pain below your kneecap (patellar tendinopathy)".
 */
const NAME_IN_BRACKETS_BEFORE = /[\p{L}\p{N}\]]\s*\(\s*(?:(?:an?|the)\s+)?$/iu;
const TERM_IN_BRACKETS_AFTER = /^\s*(?:\)|,[^()\n]*\))/;
/**
 * A name of two or three lower-case words in brackets after words ("kneecap (patellar
 * tendinopathy)"): each of its words sits in brackets beside the others. Not a bracket that holds
 * a number, a short form or a word such as "not" or "off" ("(not anticoagulated)", "(off PPI 2
 * weeks)"): that is a note, not a name.
 */
const NAME_WORDS_BEFORE = /\p{L}\s*\(\s*(?:[a-z'-]+\s+){1,2}$/u;
const NAME_WORDS_AFTER = /^(?:\s+[a-z'-]+){1,2}\s*\)/;
const NAME_WORDS_NOT = /\b(?:not|no|off|on|until|with|without|for|to|after|before|and|or|if|as|at|in|of|by|from|since)\b/;
const TEST_NOUN_AFTER = /^\s+(?:blood\s+|urine\s+)?(?:test|scan|level|result|score|reading)s?(?=\s*\()/i;
const ARTICLE_AT_END = /(?:an?|the)\s+$/i;
/**
 * "EBL 1100ml (PPH)", "dapagliflozin 10mg od (SGLT2i)": a short form in brackets after a figure
 * or a dose names nothing the words before it say.
 */
const FIGURE_BEFORE = /\d[\d.,]*\s*(?:[A-Za-z\u00b5%/]{1,6}(?:\s+(?:od|bd|tds|qds|on|om|nocte|mane|prn|stat))?)?\s*\(\s*$/;
/** "is an alternative", "is a good option": the term's place in the plan, not its meaning. */
const ROLE_NOT_MEANING =
  /^\s+(?:is|are)\s+(?:an?|the)\s+(?:(?:good|better|best|reasonable|possible|safe|small|rare|common|further|other|next|first|second|third)\s+)?(?:alternative|option|possibility|choice|risk|chance|step|priority|consideration)s?\b/i;
// One word may come between: "a common type of epilepsy called juvenile myoclonic epilepsy"; not
// a word that makes "called" a phone call or a summons ("you will be called for POA").
const NAMED_BEFORE =
  /(?:\bcalled|\bnamed|\bknown as|\bterm|\bword)\s*(?:the\s+)?(?:(?!(?:for|to|by|on|in|at|about|back|you|us|me|him|her|them|your|his|their|and|or)\s)[a-z]+\s+)?["'\u2018\u201c]?\s*$/i;

/**
 * Whether a bracket starting in `after` (the characters after a term) explains it: words, not a
 * short form alone, a date, a grade or a note ("29 mmHg (higher than normal)", not "22 mmHg (GAT)").
 */
export function bracketExplains(after: string): boolean {
  return BRACKET_AFTER.test(after) && !ABBREVIATION_ONLY.test(after) && !NUMBERS_ONLY.test(after) && !GRADE_ONLY.test(after) && !NOTE_IN_BRACKETS.test(after);
}

export function explainedAt(ctx: LetterContext, firstToken: number, lastTokenExclusive: number): boolean {
  const { text, tokens } = ctx;
  const start = tokens.start[firstToken];
  const end = tokens.end[lastTokenExclusive - 1];
  // "Your PSA blood test (a test that...)": the bracket after the test's name explains the term.
  const after = text.slice(end, end + WINDOW).replace(TEST_NOUN_AFTER, '');
  const before = text.slice(Math.max(0, start - WINDOW), start);
  if (bracketExplains(after) && !jargonInBrackets(ctx, after)) return true;
  if (TERM_IN_BRACKETS_AFTER.test(after) && NAME_IN_BRACKETS_BEFORE.test(before) && !SHORT_FORM_BEFORE.test(before.replace(ARTICLE_AT_END, '')) && !FIGURE_BEFORE.test(before)) return true;
  if (/^[a-z'-]+$/.test(text.slice(start, end)) && inBracketedName(before, after)) return true;
  if (NAMED_BEFORE.test(before)) return true;
  if (NEXT_SENTENCE_EXPLAINS.test(after)) return true;
  if (!EXPLANATION_AFTER.test(after)) return false;
  // "SLT is an alternative if drops are not tolerated": says what it is for, not what it is.
  if (ROLE_NOT_MEANING.test(after)) return false;
  // "the sigmoid colon, which was reported as...": what was done to it, not what it is.
  if (WHAT_WAS_DONE.test(after)) return false;
  // "After your cystoscopy, a nurse will call": the comma ends an opening clause, and what follows
  // is the main clause, not an explanation.
  return !(COMMA_ARTICLE.test(after) && OPENING_CLAUSE.test(clauseStart(before, start <= WINDOW)));
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

const WHAT_WAS_DONE =
  /^\s*,?\s*(?:which|that)\s+(?:is|are|was|were)\s+(?:then\s+|also\s+|not\s+)?(?:reported|performed|closed|done|carried|sent|seen|given|taken|found|noted|arranged|booked|requested|discussed|reviewed|removed|treated|repaired|confirmed|shown|missed|delayed|cancelled|started|stopped)\b/i;
const COMMA_ARTICLE = /^\s*,\s*(?:a|an)\s/i;
const OPENING_CLAUSE = /^\s*(?:after|before|when|once|if|following|during|since|while|whilst|although|because|until|as|on|at|for|with|without|despite|by)\b/i;

/** The part of `before` from the start of its sentence; '' when the sentence began before the window. */
function clauseStart(before: string, windowHoldsTextStart: boolean): string {
  let k = before.length - 1;
  while (k >= 0 && !SENTENCE_END.test(before[k])) k--;
  return k < 0 && !windowHoldsTextStart ? '' : before.slice(k + 1);
}
const SENTENCE_END = /[.!?:\n]/;
