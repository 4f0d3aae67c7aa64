/**
 * Input shapes built to make the engine do more than linear work: each is a unit repeated (or a
 * run of one character) aimed at a regex that could backtrack or a loop that could rescan. Shared
 * by tests/engine/linear-time.test.ts (steps) and bench/run.ts (seconds per MB).
 *
 * The body is wrapped in a letter (HOSTILE_FRAME) whose greeting, apology, percentage and sign-off
 * switch on every letter-level check, so none of them is skipped for want of a trigger.
 */

export interface HostileShape {
  name: string;
  /** Why this shape: the code it aims at. */
  aim: string;
  /** A body of about `chars` characters. */
  body: (chars: number) => string;
}

const repeat = (unit: string) => (chars: number) => unit.repeat(Math.ceil(chars / unit.length));
const run = (prefix: string, unit: string, suffix: string) => (chars: number) => prefix + unit.repeat(Math.max(0, chars - prefix.length - suffix.length)) + suffix;

export const HOSTILE_FRAME = {
  before: 'Dear Mrs Khan,\n\nI am sorry that we made a mistake with your medicine. There is a 10% risk of harm.\n\n',
  after: '\n\nYours sincerely,\nDr Amina Rahman',
};

export function hostileLetter(shape: HostileShape, chars: number): string {
  return HOSTILE_FRAME.before + shape.body(chars) + HOSTILE_FRAME.after;
}

export const HOSTILE_SHAPES: HostileShape[] = [
  { name: 'digits, risk, %', aim: 'percentage regex: \\d+ retried from every digit of a run', body: run('', '1', ' risk %') },
  { name: 'risk, digits, no %', aim: 'percentage regex on a sentence with a risk word and no match', body: run('risk ', '1', 'x') },
  { name: 'risk, 1.2.3...', aim: 'percentage regex: decimal part', body: run('risk ', '1.', '%') },
  { name: '"1% " repeated', aim: 'percentage hits: one finding each', body: (n) => 'risk ' + repeat('1% ')(n) },
  { name: '"per cent" repeated', aim: 'percentage regex: "per ?cent"', body: (n) => 'risk ' + repeat('1 per cent ')(n) },
  { name: '"percent" with no number', aim: 'percentage gate and regex', body: (n) => 'risk ' + repeat('percent ')(n) },
  { name: 'letters then "@"', aim: 'email regex: [\\w.+-]+@ retried from every letter', body: run('', 'a', '@') },
  { name: '"a." then "@"', aim: 'email regex, with dots in the local part', body: run('', 'a.', '@') },
  { name: '"a@b.c" repeated', aim: 'overlapping addresses merged one splice at a time', body: repeat('a@b.c') },
  { name: '"a@b." repeated', aim: 'overlapping addresses', body: repeat('a@b.') },
  { name: '"a@" repeated', aim: 'address scan from every "@"', body: repeat('a@') },
  { name: '"@" repeated', aim: 'address scan from every "@"', body: repeat('@') },
  { name: '"www.a@b.c" repeated', aim: 'a web address and an e-mail address overlapping at every unit', body: repeat('www.a@b.c') },
  { name: '"www." repeated', aim: 'web addresses: a 300-character scan from every marker, overlapping spans', body: repeat('www.') },
  { name: '"www." in one long word', aim: 'tokenizer: a word scanned again after every address cut out of it', body: repeat('www.' + 'a'.repeat(299)) },
  { name: '"://" repeated', aim: 'web addresses from "://"', body: repeat('://') },
  { name: '"a://" repeated', aim: 'web addresses: letters before "://"', body: repeat('a://') },
  { name: 'letters then "://"', aim: 'web addresses: scan back over letters', body: run('', 'a', '://') },
  { name: '"[phone" repeated', aim: 'contact placeholder regex: two 40-character gaps around a keyword', body: repeat('[phone') },
  { name: '"[" + 38 + "phone" + 38', aim: 'contact placeholder regex: keyword in the middle, no closing bracket', body: repeat('[' + 'x'.repeat(38) + 'phone' + 'y'.repeat(38)) },
  { name: '"{{" repeated', aim: 'placeholder regex', body: repeat('{{') },
  { name: '"[" repeated', aim: 'placeholder regex', body: repeat('[') },
  { name: '"(" repeated', aim: 'hard gaps', body: repeat('(') },
  { name: 'dots', aim: 'gaps and sentence ends', body: repeat('.') },
  { name: 'one letter', aim: 'one huge token', body: repeat('a') },
  { name: 'newlines', aim: 'line breaks: sentences, greeting regex', body: repeat('\n') },
  { name: 'one-word paragraphs', aim: 'paragraph cache: a stretch, its key and its look-ups for every paragraph', body: repeat('a\n\n') },
  { name: 'spaces', aim: 'gaps', body: repeat(' ') },
  { name: 'CAPITALS words', aim: 'block capitals', body: repeat('ABC ') },
  { name: 'capital letters and dots', aim: 'block capitals and abbreviations', body: repeat('I. ') },
  { name: 'straight double quotes', aim: 'quote pairing', body: repeat('"') },
  { name: 'single quotes around words', aim: 'quote pairing: apostrophes', body: repeat("a 'b ") },
  { name: 'apostrophes in words', aim: 'tokenizer: joined words', body: repeat("it's ") },
  { name: 'long hyphenated words', aim: 'tokenizer and gaps', body: repeat('a'.repeat(50) + '-') },
  { name: '"+44 " repeated', aim: 'phone regex', body: repeat('+44 ') },
  { name: 'digits', aim: 'phone regex on a run of digits', body: repeat('0') },
  { name: '"Mrs Khan" repeated', aim: 'third-person mentions', body: repeat('Mrs Khan ') },
  { name: '"sorry that you failed to" repeated', aim: 'phrase matcher: wildcard walks', body: repeat('sorry that you failed to ') },
  { name: 'inch and foot marks', aim: 'quote pairing: inch marks look back over digits', body: repeat('5\'9" 5\' 11" "a 2" ') },
  { name: 'a capital and a stop before a sentence starter', aim: 'sentence ends after a single letter', body: repeat('Clinic B. If ') },
  { name: 'one-letter hyphenated words', aim: 'hyphenated words counted as one', body: repeat('a-') },
  { name: '"failed again" repeated', aim: 'phrase matcher: interjected adverbs passed over inside a phrase', body: repeat('you failed again again ') },
  { name: '"failed, a b," repeated', aim: 'phrase matcher and passives: asides between commas', body: repeat('was not, a b, failed, a b, ') },
  { name: '"e.g." repeated', aim: 'tokenizer: the last stop of dotted letters', body: repeat('e.g.') },
];
