/**
 * Every regex the engine runs over a letter, and why its work is linear in the text. The step
 * count of linear-time.test.ts cannot see inside a regex, and a regex that backtracks (\d+ run
 * from every digit, [\w.+-]+ from every letter) once took seconds on a page of digits. So a new
 * or changed regex fails this test until it is listed here with its reason, or replaced by a
 * counted scan (as those two were: engine/checks/percentages.ts, contact-scan.ts).
 *
 * A reason is one of: it reads one character, or a bounded stretch (a token, a gap, 2,000
 * characters); or every attempt, from each position, reads a bounded number of characters; or
 * its runs cannot overlap from one attempt to the next. Regexes are found with the TypeScript
 * parser: literals, and `new RegExp(...)` (listed by file, with `new RegExp` as their text); and
 * the patterns a rule file gives a check (medical-words.md's "senses", listed as written there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');

/** Engine files that never see a letter's text during a check. */
const NOT_ON_THE_CHECK_PATH: Record<string, string> = {
  'engine/apply.ts': 'runs once when a suggestion is applied, not on each check',
  'engine/patterns.ts': 'expands rule patterns when the ruleset is built',
  'engine/checks/words.ts': "escapes the rule files' word lists, once per checker, never a letter",
};

const PER_CHARACTER = 'tests one character';
const PER_TOKEN = 'runs on one token or word';

const INVENTORY: Record<string, string> = {
  'engine/chars.ts /^[\\p{L}\\p{N}\\p{M}]$/u': PER_CHARACTER,
  'engine/checks/agentless-passive.ts /^sustained an? fall$/i': 'runs on one found passive (a few words), anchored at both ends',
  'engine/checks/agentless-passive.ts /^ha(?:s|d|ve)$/': `${PER_TOKEN}; anchored, one attempt ("there has/had/have been a delay")`,
  'engine/chars.ts /^[\\p{L}\\p{N}]$/u': PER_CHARACTER,
  'engine/chars.ts /^\\s$/': PER_CHARACTER,
  'engine/checks/abbreviations.ts /\\d/': PER_TOKEN,
  'engine/normalise.ts /\\u2019/g': PER_TOKEN,
  'engine/readability.ts /\\p{L}/u': PER_TOKEN,
  'engine/readability.ts /[./@]/': PER_TOKEN,
  'engine/sentences.ts /\\n[ \\t]*(?:[-*\\u2022\\u2013]|\\d{1,2}[.)])[ \\t]+$/': 'runs on the gap between two words (gaps never overlap); only its one line break can start a match',
  'engine/sentences.ts /(?:^|\\n)[ \\t]*$/': 'runs on the 8 characters before a token',
  'engine/sentences.ts /^\\p{L}$/u': PER_TOKEN,
  'engine/sentences.ts /[^a-z]/g': PER_TOKEN,
  'engine/sentences.ts /(?:[^laeiouy]es|ed|[^laeiouy]e)$/': `${PER_TOKEN}; each attempt reads at most 3 characters`,
  'engine/sentences.ts /^y/': PER_TOKEN,
  'engine/sentences.ts /[aeiouy]{1,2}/g': PER_TOKEN,
  'engine/text-spans.ts /\\{\\{[^{}\\n]{1,80}\\}\\}|\\[[^[\\]\\n]{1,80}\\]|<<[^<>\\n]{1,80}>>|\\u00ab[^\\u00ab\\u00bb\\n]{1,80}\\u00bb/g':
    'each attempt reads at most 84 characters, and stops at the next opening bracket of its kind',
  'engine/checks/block-capitals.ts /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/': `${PER_TOKEN}; anchored, one attempt (abbreviations.ts reads it too)`,
  'engine/checks/block-capitals.ts /\\p{Lu}/u': PER_TOKEN,
  'engine/checks/block-capitals.ts /\\p{Ll}/u': PER_TOKEN,
  'engine/checks/block-capitals.ts /\\d/': PER_TOKEN,
  'engine/checks/block-capitals.ts /\\p{L}{2,}|^[A-Z]$/u': `${PER_TOKEN}; the first attempt that reads two letters succeeds`,
  'engine/checks/block-capitals.ts /\\b(nhs|gp|a&e|ct|mri|uk|bsl|pals)\\b/g': 'runs on one run of capitals (runs never overlap); each attempt reads at most 5 characters',
  'engine/checks/context.ts /(?:\\+44\\s?|\\b0)\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b|\\b(?:111|999|18001)\\b/': 'each attempt reads at most 18 characters',
  'engine/checks/percentage-risk.ts /\\b(?:risks?|chances?|likelihood|likely|probability|odds)\\b/i': 'runs on one sentence (sentences never overlap); each attempt reads at most 12 characters',
  'engine/checks/percentage-risk.ts /per ?cent/i': 'each attempt reads at most 8 characters',
  'engine/checks/percentage-risk.ts /\\b\\d[\\d,]* in \\d[\\d,]* \\($/': 'runs on the 24 characters before a percentage, once per percentage',
  // Regexes a check builds from its rule file's word classes (engine/checks/words.ts): each is the
  // same shape as the literal it replaced, with an alternation of plain words where the literal
  // listed them (escaped, so a word adds no quantifier).
  'engine/checks/explained.ts new RegExp':
    'anchored, on the 48 characters after or before one term (terms never overlap); figureBefore runs after a bracket test has matched, and each attempt reads at most those 48',
  'engine/checks/clinical-notation.ts new RegExp': `${PER_TOKEN}; anchored, one attempt (road words beside "M5", job titles within seven tokens of "Band" and a number)`,
  'engine/checks/scale-levels.ts new RegExp': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/clinic-codes.ts new RegExp': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/dose-times.ts new RegExp': `${PER_TOKEN} (the unit before "ON"), or anchored on the 12 characters after a lower-case "on" or "om" after a dose`,
  'engine/checks/medical-sense.ts /(?:^|[^a-z])co-$/i': 'runs on the 4 characters before one candidate word (a medicine\'s name), once',
  'engine/checks/medical-sense.ts new RegExp':
    'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'engine/letterhead.ts /^(?=.*[a-z])(?:[^\\n:\\d.!?a-z]|(?<=[\\p{L}\'\\u2019])[a-z]|\\b(?:of|and|for|from|by|the|in|with|at|on|to|an?)\\b)+$/u': 'runs on the first line only, at most 120 characters',
  'engine/letterhead.ts /^\\s*(?:Dear|Hi|Hello)\\b/': 'anchored at the start of the text, one attempt',
  'engine/checks/greeting-name.ts new RegExp': 'reads the first 2,000 characters only, and its leading spaces never cross a line break',
  'engine/checks/third-person-name.ts new RegExp': 'the mention: an attempt reads a title, the spaces after it and then the surname (letters), where no other attempt can have its spaces',
  'engine/checks/third-person-name.ts /[.*+?^${}()|[\\]\\\\]/g': 'runs on the surname, from the first 2,000 characters',
  'engine/checks/abbreviations.ts /^[A-Z]{1,2}\\d[A-Z\\d]?$/': PER_TOKEN,
  'engine/checks/abbreviations.ts /^\\d[A-Z]{2}$/': PER_TOKEN,
  'engine/checks/abbreviations.ts /^[A-Z]{6,}$/': PER_TOKEN,
  'engine/checks/abbreviations.ts /^[A-Z][A-Z\'&-]*[A-Z]$/': PER_TOKEN,
  'engine/checks/abbreviations.ts /^[A-Z]{5,}$/': PER_TOKEN,
  'engine/checks/abbreviations.ts /\\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sister|Nurse)\\.?(?:\\s+[A-Z][\\p{L}\'\\u2019-]*)+(?:,\\s*[A-Z][A-Za-z0-9&]*)*,\\s*$/u': 'runs on at most 80 characters before a short form, on its own line',
  'engine/checks/abbreviations.ts /^box$/i': PER_TOKEN,
  'engine/checks/abbreviations.ts /^(?:MR|MRS|MS|DR|MISS|MX)$/': PER_TOKEN,
  'engine/checks/abbreviations.ts /^[A-Z]/': PER_TOKEN,
  'engine/checks/abbreviations.ts /(?:^|\\/)\\d+(?:\\/|$)/': `${PER_TOKEN} (at most 24 characters)`,
  'engine/checks/abbreviations.ts /[AEIOU]/': PER_TOKEN,
  'engine/checks/clinic-codes.ts /^\\d[\\d.]*(mmHg|kPa|dB|kHz|Hz|Gy|cGy|mSv|bpm|ppb)$/': `${PER_TOKEN} (at most 10 characters)`,
  'engine/checks/clinic-codes.ts /^\\d[\\d.,/]*$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^(?:[4-9]|[1-3]\\d|4[0-2])\\/40$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^[CTLS](?:[1-9]|1[0-2])\\/(?:[1-9]|1[0-2]|[CTLS][1-9]|[CTLS]1[0-2])$/': `${PER_TOKEN} (4 to 7 characters)`,
  'engine/checks/clinical-notation.ts /^[MUR][1-5]$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^[a-z]\\/[a-z]$/': `${PER_TOKEN} (three characters: "c/o", "r/v")`,
  'engine/checks/clinical-notation.ts /^ [A-Z][a-z]/': 'runs on the three characters after a found "c/o" (is a name next: "c/o Mrs Hart")',
  'engine/checks/clinical-notation.ts /^(?:weeks?|wks?|w|gestation)$/i': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^(?:at|by|from|until|of|since|before|after|to)$/i': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^\\d{1,2}$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^[0-5]$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /[\\p{L}\\p{N}]/u': PER_CHARACTER,
  'engine/checks/clinical-notation.ts /^[0-6]$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^\\s*=/': 'runs on the 3 characters after a number',
  'engine/checks/clinical-notation.ts /^\\s*$/': 'runs on the gap between two tokens (gaps never overlap), anchored at both ends',
  'engine/checks/clinical-notation.ts /^\\s+$/': 'runs on the gap between two tokens (gaps never overlap), anchored at both ends',
  'engine/checks/clinical-notation.ts /^(?:[2-9]|8[a-d])$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^band$/i': PER_TOKEN,
  'engine/checks/named-tests.ts /^(?:positive|negative|ve|test|sign|manoeuvre|maneuver)$/': PER_TOKEN,
  'engine/checks/named-tests.ts /^(?:positive|negative)$/': PER_TOKEN,
  'engine/checks/named-tests.ts /^(?:was|were|is|are)$/': PER_TOKEN,
  'engine/checks/named-tests.ts /^(?:the|a|an|your|his|her|their|our|my|this|that|its)$/': PER_TOKEN,
  'engine/checks/named-tests.ts /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sister|nurse|dear|sir|lady|lord)$/': PER_TOKEN,
  'engine/checks/named-tests.ts /^[A-Z][a-z\\u00e0-\\u00ff]+$/': PER_TOKEN,
  'engine/checks/clinic-codes.ts /^\\d{1,3}(?:yo|y\\/o)$/': PER_TOKEN,
  'engine/checks/clinic-codes.ts /\\D+$/': `${PER_TOKEN} (only on a word of digits and "yo")`,
  'engine/checks/clinic-codes.ts /^(?:[pcyr]?T(?:[0-4]|is|x)[a-d]?|[pcy]?N[0-3x][a-c]?|[pcy]?M[01x][a-c]?)$/': PER_TOKEN,
  'engine/checks/clinic-codes.ts /^[pcyr]?T\\d[a-d]?[pcy]?N\\d/': `${PER_TOKEN}; anchored, no repetition`,
  'engine/checks/dose-times.ts /\\d/': PER_TOKEN,
  'engine/checks/dose-times.ts /^\\d/': PER_TOKEN,
  "engine/checks/explained.ts /\\(\\s*[a-z][a-z' -]*,\\s+or\\s+$/": 'runs on the 48 characters before a term; an attempt starts only at a bracket and its runs cannot hold one',
  'engine/checks/explained.ts /(?:^|[^\\p{L}\\p{N}])(?:[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z]*)\\s*\\(\\s*$/u': 'runs on the 48 characters before a term',
  'engine/checks/side-letters.ts /^[A-Z][a-z\'\\u2019-]+$/': PER_TOKEN,
  'engine/checks/side-letters.ts /^\\d[\\d.,]*$/': PER_TOKEN,
  'engine/checks/side-letters.ts /[.!?\\n]/': 'runs on the gap between two words',
  'engine/checks/side-letters.ts /[\\n:,;>.]/': 'runs on the gap between two words',
  'engine/checks/explained.ts /^\\s*\\(\\s*[A-Za-z]*[A-Z][A-Za-z0-9&]*(?:\\s*[<>=:]?\\s*\\d[\\d.,/]*\\s*[A-Za-z/%]{0,6})?\\s*\\)/': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/clinical-notation.ts /^[CTLS](?:[1-9]|1[0-2])$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^[CTLS]?(?:[1-9]|1[0-2])$/': PER_TOKEN,
  'engine/checks/clinical-notation.ts /^[-\\u2013]$/': 'runs on the gap between two tokens, anchored at both ends',
  'engine/checks/explained.ts /^\\s*\\((?!\\s*(?:an?|the|your|it)\\b)\\s*[A-Za-z.:]{1,12}(?:\\s+[A-Za-z.:]{1,12}){0,2}\\s*[#:]?\\s*\\d/i':
    'anchored, on the 48 characters after a term; every run is bounded ({1,12} letters, at most three words)',
  'engine/checks/explained.ts /^\\s*\\(\\s*[^\\s)]/': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/explained.ts /(?:an?|the)\\s+$/i': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/explained.ts /^(?:\\s+(?:test|level|cholesterol))?\\s*(?:\\)|,[^()\\n]*\\))/': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/explained.ts /^\\s+(?:test|level|cholesterol)\\s*\\)/i': 'anchored at the start of the 48 characters after one term',
  'engine/checks/explained.ts /[a-z]\\s*\\(\\s*(the\\s+)?$/': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/explained.ts /[\\p{L}\\p{N}\\]]\\s*\\(\\s*(?:(?:an?|the)\\s+)?$/iu': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/explained.ts /^\\s*,\\s*(?:a|an|the)\\s/i': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/explained.ts /[.!?:\\n]/': PER_CHARACTER,
  'engine/checks/medical-words.ts /(?:ologist|ician|iatrist|ographer|apist)s?$/': PER_TOKEN,
  'engine/checks/explained.ts /^\\s*\\(\\s*(?:\\d|e\\.?g\\b|for example\\b|[A-Z][A-Za-z0-9&]*[A-Z0-9]\\b|[A-Z][a-z]+-[A-Z][a-z]+\\b)/': 'anchored, on the 48 characters after a term',
  'engine/checks/explained.ts /^\\s+(?:blood\\s+|urine\\s+)?(?:test|scan|level|result|score|reading|machine|device|mask|pump|monitor|clinic)s?(?=\\s*\\(|\\s*,\\s*(?:which|that)\\s|[.!]\\s+this\\s+is\\s+an?\\s)/i': 'anchored, on the 48 characters after a term',
  'engine/checks/medical-words.ts /\\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sister|Nurse)\\.?\\s+(?:[A-Z]\\.\\s*){0,3}$/': 'runs on the 24 characters before a capitalised word after a hard gap',
  'engine/checks/medical-words.ts /\\s(?:disease|syndrome|disorder|failure|dementia|epilepsy)$/': 'runs on one vocabulary headword (at most six words)',
  'engine/checks/medical-words.ts /^(?:a|an|the) /i': 'runs on one vocabulary wording, anchored',
  "engine/checks/explained.ts /^\\s*(?:\\([^()\\n]{0,40}\\)\\s*)?[.!]\\s+(?:this|that|it|these|they)\\s+(?:(?:is|are|was)\\s+(?:an?|the|when|where|how|what|short|used|caused)\\b|means|mean|happens)\\b/i": "runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)",
  "engine/checks/explained.ts /(?:\\bcalled|\\bnamed|\\bknown as|(?<![\\w-])term|(?<![\\w-])word)\\s*(?:the\\s+)?(?:(?!(?:for|to|by|on|in|at|about|back|you|us|me|him|her|them|your|his|their|and|or)\\s)[a-z]+\\s+)?[\"'\\u2018\\u201c]?\\s*$/i": "the optional word between is bounded (one word, a fixed lookahead of short words); runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)",
  "engine/checks/explained.ts /^\\d/": "anchored, reads the first character of the phrase found",
  "engine/checks/explained.ts /\\d\\s*[a-z]{0,8}\\s+$/i": "bounded letters between a figure and the end; runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)",
  "engine/checks/explained.ts /^\\s*\\((?:\\s*(?:not|no|off|on|stopped|he|she|they|we|patient)\\b|[^()\\n]*\\b[A-Z]{2,}\\b[^()\\n]*\\))/": "anchored at the bracket, which ends at the first bracket or line break; runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)",
  "engine/checks/explained.ts /^\\s*,?\\s*(?:which\\s+)?(?:means|stands for|is short for)\\b/i": "anchored, fixed words; runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)",
  'engine/checks/reader-in-header.ts new RegExp': 'the header label (header-labels words, fixed alternatives, anchored, one attempt) and the name-table fields (header-name-fields words, fixed alternatives, then one run of spaces and one of letters that only a field name starts) run on one line of the first 2,000 characters; built once per checker',
  'engine/checks/reader-in-header.ts /^[ \\t]*(cc|c\\.c\\.|copy to|copies to|copied to)[ \\t]+/i': 'runs on one line of the first 2,000 characters; anchored, one attempt',
  'engine/checks/reader-in-header.ts /^(?:the[ \\t]+)?patient\\b[ \\t]*[:,(–-]?[ \\t]*/i': 'runs on one copy line of the first 2,000 characters; anchored, fixed words',
  'engine/checks/reader-in-header.ts /[.,;][ \\t]+(?=(?:cc|c\\.c\\.|copy to|copied to)\\b)/gi': 'splits a copy line off the line before it in the first 2,000 characters; one punctuation mark, one run of spaces, then fixed words',
  'engine/checks/reader-in-header.ts /^[ \\t]*(?:Dear|Hello|Hi)[ \\t]+(\\S+)/': 'runs on one line of the first 2,000 characters; anchored, one attempt',
  'engine/checks/reader-in-header.ts /^\\p{Lu}$/u': `${PER_TOKEN}; anchored, one character`,
  'engine/checks/reader-in-header.ts /[ \\t]+/': 'splits one header line of the first 2,000 characters, 6 pieces at most; runs of spaces never overlap',
  'engine/checks/reader-in-header.ts /[.,;]$/': PER_TOKEN,
  "engine/checks/reader-in-header.ts /^\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*$/u": `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/reader-in-header.ts /[,.]$/': PER_TOKEN,
  "engine/checks/reader-in-header.ts /^\\p{Lu}(?:\\p{Lu}|['\u2019-]\\p{Lu})+$/u": `${PER_TOKEN}; anchored, one attempt, each step takes one or two characters`,
  "engine/checks/reader-in-header.ts /^[ \\t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Master)\\.?[ \\t]|\\p{Lu}[\\p{L}'\u2019-]+,)/u": 'runs on one line of the first 2,000 characters; anchored, one attempt (a title, or one word and its comma)',
  'engine/checks/reader-in-header.ts /^\\(|[.,;)]+$/g': `${PER_TOKEN}; a bracket at its start, a run at its end`,
  'engine/checks/reader-in-header.ts /\\b(?:NHS|DOB|D\\.O\\.B|MRN|CHI|Hosp(?:ital)? (?:No|number)|\\d{3} ?\\d{3} ?\\d{4})\\b|, ?\\d{1,3},/': 'runs on one line of the first 2,000 characters; fixed words or digits (or an age between commas), each attempt reads 14 characters at most',
  "engine/checks/reader-in-header.ts /(^|['\u2019-])(\\p{Ll})/gu": 'title-cases one header word; each attempt reads two characters',
  'engine/checks/third-person-name.ts /^[ \\t]\\p{Lu}\\p{Ll}/u': 'runs on the 3 characters after a mention; anchored, one attempt',
  "engine/checks/reader-pronoun.ts /^\\p{Lu}(?:\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?|['\u2019]\\p{Lu}\\p{Ll}+)(?:['\u2019-]\\p{Lu}?\\p{Ll}+)*$/u": `${PER_TOKEN}; anchored, one attempt, the two branches part at the second character, and each part starts at a capital or a mark the part before cannot read`,
  "engine/checks/third-person-name.ts /^([ \\t]+)(was|is|has|does|wasn't|isn't|hasn't|doesn't)(?![\\p{L}'])/u": 'runs on the 12 characters after a mention; anchored, one attempt',
  'engine/checks/third-person-name.ts /\\n[ \\t]*(?:cc|copy|copies)(?:[ \\t]+to)?[ \\t]*:?[ \\t]*$/i': 'runs on the 21 characters before a mention; only a line break starts an attempt',
  'engine/checks/abbreviations.ts /^\\d+$/': `${PER_TOKEN} (the part of a word after its capital)`,
  'engine/checks/abbreviations.ts /[a-z]/': PER_TOKEN,
  'engine/checks/clinic-codes.ts /^[A-TW-Z]\\d\\d\\.\\d{1,2}$/': PER_TOKEN,
  'engine/checks/clinic-codes.ts /^[x\\u00d7]\\d{1,3}(?:\\/(?:7|12|52))?$/': PER_TOKEN,
  "engine/checks/clinic-codes.ts /^[\\p{L}][\\p{L}'\\u2019-]*$/u": PER_TOKEN,
  'engine/checks/clinic-codes.ts /^\\d{1,3}$/': PER_TOKEN,
  'engine/checks/clinic-codes.ts /^ *$/': 'runs on the gap between two words, anchored (gaps never overlap; each is read at most twice)',
  'engine/checks/clinic-codes.ts /^% *$/': 'runs on the gap before "predicted", anchored',
  "engine/checks/explained.ts /\\p{L}\\s*\\(\\s*(?:[a-z'-]+\\s+){1,2}$/u": 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  "engine/checks/explained.ts /^(?:\\s+[a-z'-]+){1,2}\\s*\\)/": 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/explained.ts /\\b(?:not|no|off|on|until|with|without|for|to|after|before|and|or|if|as|at|in|of|by|from|since)\\b/': 'runs on the inside of one bracket beside a term (at most 96 characters)',
  "engine/checks/explained.ts /^[a-z'-]+$/": PER_TOKEN,
  'engine/checks/explained.ts /^\\s*\\)/': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'engine/checks/explained.ts /\\p{L}\\s*$/u': 'runs on the 48 characters before a term, anchored at their end; only the spaces before the end can start a second attempt',
  "engine/checks/explained.ts /^[a-z' ()-]*$/": 'runs on the inside of one bracket beside a term (at most 96 characters), anchored',
  'engine/checks/explained.ts /\\s+/g': 'runs on the inside of one bracket beside a term (at most 96 characters); runs of spaces never overlap',
  'engine/medical/vocabulary.ts /\\u2019/g': PER_TOKEN,
  'engine/checks/explained.ts /^\\s*\\(\\s*([A-Za-z][a-z-]{3,})\\s*\\)/': 'runs on the 48 characters beside one term (terms never overlap, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /$(?<!\\bto\\s+(?:help|treat|reduce|lower|prevent|control|thin|protect|ease|settle|relieve|manage|improve|slow|calm|clear|dampen|suppress)\\b[^.;:\\n]{0,60})(?<!\\b(?:(?:your|keep\\s+(?:taking|using|on)|continue(?:\\s+(?:taking|with|on))?|carry\\s+on\\s+(?:taking|with)|still\\s+(?:taking|on)|already\\s+(?:taking|on)|stop(?:ped)?(?:\\s+taking)?|restart(?:ed)?)(?:\\s+[a-z-]+\\s+and)?|replaces|instead\\s+of|tried|medicines?|tablets?|capsules?|injections?|drops?|inhalers?|creams?|patch(?:es)?|thinner|painkillers?|antibiotics?|steroids?|statins?|called|named|you\\s+(?:said|told\\s+(?:me|us)|explained)\\s+that)\\s*[,:(-]?\\s*)/i': 'a lookbehind anchored at the end of the 96 characters before one candidate word (a medicine\'s name); its alternatives are fixed words with bounded spaces, and one word between "keep taking" and "and"; the purpose before it ("to slow ...") is fixed words then at most 60 characters',
  'content/rules/medical-words.md senses /$(?<!\\bto\\s+(?:help|treat|reduce|lower|prevent|control|thin|protect|ease|settle|relieve|manage|improve|slow|calm|clear|dampen|suppress)\\b[^.;:\\n]{0,60})(?<!\\b(?:thinner|painkillers?|antibiotics?|steroids?|statins?|called|named)\\s*[,:(-]?\\s*)/i': 'a lookbehind anchored at the end of the 96 characters before one candidate word (a medicine\'s name with a dose in shorthand); its alternatives are fixed words with bounded spaces; the purpose before it ("to slow ...") is fixed words then at most 60 characters',
  'content/rules/medical-words.md senses /^(?!(?:[^.;\\n]|\\.\\d){0,60}?(?:\\bfor\\s+(?!\\d|a\\s+(?:week|month|year|day|few|further|couple)|another|now|the\\s+(?:next|time|moment|past|last|rest)|(?:one|two|three|four|five|six|several|some|many)\\b)|\\bto\\s+(?:help|treat|reduce|lower|prevent|control|thin|protect|stop|ease|settle|relieve|manage|improve|keep|bring|slow|calm|clear|dampen|suppress)\\b|:\\s+(?:an?|the)\\s|\\(\\s*(?:an?|the|to|for|which|this|it)\\s)|[^;\\n]{0,80}?[.:]\\s+(?:this|it|these|they)\\s+(?:is|are|was|will|should|helps?|slows?|lowers?|reduces?|protects?|thins?|stops?|prevents?|treats?|works?|keeps?|controls?|eases?|makes?|relaxes?|calms?|settles?|replaces?)\\b)/i': 'a lookahead anchored at the start of the 96 characters after one candidate word; its repeats are bounded (60 and 80 characters)',
  'content/rules/medical-words.md senses /\\b(?:Hb|haemoglobin|hemoglobin|anaemi[ac]|anemi[ac]|iron|kidneys?|renal|eGFR|CKD|dialysis)\\b[^.\\n]{0,60}$/i': 'runs on the 96 characters before one candidate word ("ESA"); each start tries one fixed word then at most 60 characters, so the work is bounded by the window',
  'content/rules/medical-words.md senses /^[^.\\n]{0,60}?\\b(?:Hb|haemoglobin|hemoglobin|anaemi[ac]|anemi[ac]|iron|kidneys?|renal|dialysis|injections?|TSAT|ferritin)\\b/i': 'anchored at the start of the 96 characters after one candidate word ("ESA"); a lazy repeat bounded at 60 characters, each followed by fixed words',
  'content/rules/medical-words.md senses /^\\s+(?:to|at)\\s+(?:the\\s+|your\\s+(?:nearest\\s+|local\\s+)?|a\\s+|an\\s+)?(?:ED|A&E|AE|emergency|hospital|urgent|UTC|walk-in|casualty|GP|surgery|triage)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:to|at)\\s+(?:the\\s+|your\\s+|a\\s+|an\\s+)?(?:ED|A&E|AE|emergency|hospital|urgent|UTC|walk-in|casualty|GP|surgery|triage)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:your|his|her|their|the|this|clinical|recent|latest|initial|combined|atypical|typical)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:to|at)\\s+(?:the\\s+)?(?:ED|A&E|emergency|hospital)\\b|^\\s+(?:is|was)\\s+(?:felt|thought|consistent|typical|in\\s+keeping|suggestive|not\\s+typical|atypical)\\b|^\\s+(?:changes?|changed|suggests?|fits?)\\b|^\\s*\\(/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:to|at)\\s+(?:the\\s+)?(?:ED|A&E|emergency|hospital|the\\s+emergency)\\b|^\\s+(?:are|were|have)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+to\\s+(?:[a-z-]+(?:cillin|mycin|micin|floxacin|oxacin|azole|cycline|furantoin|prim|sporin|penem|clav|amide|mide|idine|conazole|fungin)|co-amoxiclav|trimethoprim|nitrofurantoin|antibiotics?)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:per|the|its|culture|and|with|on)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:sample|smear|specimen|result|test)\\s+(?:(?:is|was|were|not|reported|as|been)\\s+){0,4}$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:sample|smear|specimen|response)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:baseline|routine|regular|hourly|set\\s+of|nursing|vital)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:were|was|are|showed|show|remained|stable|normal|every|hourly|repeated|chart|taken|recorded|at)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:to|your|his|her|the)\\s+(?:[a-z-]+\\s+){0,2}(?:therapy|treatment|biologics?|care|dose|anti-[A-Za-z]+|ICU|HDU|ITU|[a-z]+(?:mab|nib|cept))\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:to|of|in)\\s+(?:[a-z-]+\\s+){0,2}(?:therapy|treatment|biologics?|care|dose|ICU|HDU|ITU|anti-[A-Za-z]+|[a-z]+(?:mab|nib|cept))\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:trigger(?:ed)?|ceiling\\s+of|no|for)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:[a-z]+\\s+){0,2}(?:by|over)\\s+\\d/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:by|off|down|over|from|successfully)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:by|off|down|over|dose|regime|course|plan)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:[A-Za-z]+\\s+){0,2}(?:by|over)\\s+\\d|^\\s+of\\s+\\d|^\\s+(?:off|down|the\\s+dose|[A-Z]{2,})\\b/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\d\\s*-?\\s*h(?:ours?|rs?)?\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:performed|done)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:your|his|her|reduce|increase|skip|skipped|missed|miss)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^(?!\\s*(?:cell|cells|ganglia|layer|metabolic)\\b)/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s*:\\s*(?:C:?D|CDR|cup)/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:visuospatial|cognitive)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\binsert\\s+the\\s+$|\\b(?:closed|power|tulip)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+changed\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:looked|showed|appeared)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /(?:\\bdB|\\bthe|\\bwith|\\ban?)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s*\\d+\\s*°/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+\\d/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:\\d|tool\\b)/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+\\d\\.\\d/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /(?:[,:;]|\\band)\\s*$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+1[0-6]\\d\\b/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^:D\\b/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\d\\s+$/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:EIA|affect)\\s*:?\\s*$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+affect\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:convulsions|seizures|fits)\\s+or\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:our|the)\\s+waiting\\s+lists?\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+up\\s+to\\s+\\d/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:weakness|power|strength|MRC)\\s*[(:]?\\s*$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:at\\s+doorways|on\\s+turning|when\\s+turning|of\\s+gait)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+appointment\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bwith\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+off\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bon-$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+use\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\burgent\\s+suspected\\s+cancer\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bwindow\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bdigital\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bcore\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bmax\\s+core\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bfailure\\s+to\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bthen\\s+$/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:IOP\\s+(?:and|&)|repeat|progression\\s+on)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:and|&)\\s+(?:OCT|IOP)\\b/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s*:/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:x\\s*\\d|\\d+(?:\\s*-\\s*\\d+)?\\s+(?:times|doses))/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\bpain\\s+(?:is|was|seems|sounds)\\s+(?:(?:likely|probably|most\\s+likely)\\s+)?$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:(?:back|neck|low\\s+back|lower\\s+back|joint|knee|hip)\\s+)?pain\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:by|off|down|over|dose|course|regime)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:managed|treated|manage|treat)\\s+(?:[a-z]+\\s+){0,3}$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:management|treatment|measures|care|approach)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:increased|reduced|raised|muscle|muscular|decreased|abnormal|limb)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+in\\s+(?:the|his|her|your|both|lower|upper)\\s+(?:[a-z]+\\s+)?(?:limbs?|legs?|arms?)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:both|the|lung|right|left)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^(?!\\s+(?:of|for|on)\\b)/': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /\\b(?:involved|clear|close|positive|negative|resection|surgical|excision|the)\\s+$|\\d\\s*(?:mm|cm)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s+(?:were|are|was|is)\\s+(?:clear|involved|close)\\b|^\\s*(?:clear|involved)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /(?:\\bblood|\\bchest|\\bplain)\\s+$|^$|\\n\\s*$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'content/rules/medical-words.md senses /^\\s*:|^\\s+(?:showed|shows|confirmed|confirms|was|is)\\b/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'engine/checks/medical-sense.ts /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/': PER_TOKEN,
  'engine/checks/medical-sense.ts /(?:managed|treated|manage|treat)\\s+$/i': 'runs on the 48 characters beside one candidate word (a word is a candidate once, so each character is read by a bounded number of them)',
  'engine/checks/scale-levels.ts /^(?:\\d{1,2}[a-c]?|I{1,3}|IV|V|VI)$/': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /^(?:II|III|IV|V|VI)$/': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /^[A-E]$/': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /^(?:on|at|to|from)$/i': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /^(?:complaints?|process|procedure|appeals?)$/i': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /[.!?\\n]/': 'runs on the text between two of at most eight neighbouring tokens, read only beside a scale noun followed by a level',
  'engine/checks/scale-levels.ts /^(?:kidney|kidneys|renal|ckd|disease|cancer)$/i': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /^[A-Z][a-z]/': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /^[A-Z]/': `${PER_TOKEN}; anchored, one attempt`,
  'engine/checks/scale-levels.ts /^\\s*(?:,|\\n|$)/': 'runs on the 2 or 3 characters after a level, anchored',
  'engine/checks/scale-levels.ts /^\\s*[a-z]/': 'runs on the 2 or 3 characters after a level, anchored',
  'engine/checks/scale-levels.ts /^grade$/i': `${PER_TOKEN}; anchored, one attempt`,
};

function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? engineFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function regexesIn(path: string): string[] {
  const file = relative(repo, path);
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(`${file} ${node.getText()}`);
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') found.push(`${file} new RegExp`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The patterns rule files give a check (medical-words.md's "senses", written /like this/i), which run on the check path too. */
function ruleFilePatterns(): string[] {
  const dir = join(repo, 'content/rules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'));
      const senses = (front ? parseYaml(front[1]) : null)?.params?.senses as Record<string, { before?: string; after?: string }> | undefined;
      return Object.values(senses ?? {}).flatMap((e) => [e.before, e.after].filter((p) => p !== undefined).map((p) => `content/rules/${f} senses ${p}`));
    });
}

describe('regexes on the check path', () => {
  const found = new Set([
    ...engineFiles(join(repo, 'engine'))
      .filter((f) => !(relative(repo, f) in NOT_ON_THE_CHECK_PATH))
      .flatMap(regexesIn),
    ...ruleFilePatterns(),
  ]);

  it('are each listed with the reason their work is linear', () => {
    expect([...found].filter((r) => !(r in INVENTORY))).toEqual([]);
  });

  it('are all still there (the list holds no regex the engine has dropped)', () => {
    expect(Object.keys(INVENTORY).filter((r) => !found.has(r))).toEqual([]);
  });
});
