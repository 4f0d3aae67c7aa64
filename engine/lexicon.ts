/**
 * Every distinct word form (normal form: lower case, curly apostrophes straightened) in the
 * letters one checker has checked, numbered, with its normal form as a string. The tokenizer gives
 * each token its form number, so the checks that need a token's normal form (the medical words,
 * readability, passives) read one string built the first time the form was met, instead of
 * slicing and lower-casing every token of the letter on every check: the extension checks the same
 * letter on every pause in typing, and those strings were a quarter of analyse() and much of its
 * garbage. Checks may also remember an answer per form (memo()), such as a word's syllables.
 *
 * Each form also carries its word number in the phrase vocabulary, so the tokenizer looks each
 * word up once, here, and reaches the phrase vocabulary only for a form it has not met.
 *
 * Held in memory only, as the checker's other caches are; a checker starts a new lexicon when it
 * grows past LEXICON_LIMIT forms (see Checker.run), so a huge or hostile text cannot keep memory.
 */
import { normaliseToken } from './normalise.js';
import { Vocabulary } from './vocabulary.js';

/** Forms kept between checks. A 20,000-word letter has a few thousand; past this a checker starts afresh. */
export const LEXICON_LIMIT = 16384;

export class Lexicon {
  private readonly forms = new Vocabulary();
  /** Per form: its word number in the phrase vocabulary, or -1. */
  private phraseWord = new Int32Array(256);
  private readonly memos = new Map<string, Uint8Array>();
  /** The phrase vocabulary's size when the forms' word numbers were looked up (see sync()). */
  private phrasesSize: number;

  constructor(readonly phrases: Vocabulary) {
    this.phrasesSize = phrases.size;
  }

  /** Forms known. */
  get size(): number {
    return this.forms.size;
  }

  /** The normal form of form f. */
  norm(f: number): string {
    return this.forms.words[f];
  }

  /** Form f's word number in the phrase vocabulary, or -1. */
  phraseWordOf(f: number): number {
    return this.phraseWord[f];
  }

  /**
   * Called before each tokenising pass. Word numbers are looked up when a form is first met; a word
   * added to the phrase vocabulary since (no checker does that today) would be missed, so a
   * changed vocabulary starts the forms afresh.
   */
  sync(): void {
    if (this.phrases.size !== this.phrasesSize) {
      this.phrasesSize = this.phrases.size;
      this.phraseWord.fill(-1);
      for (let f = 0; f < this.forms.size; f++) this.phraseWord[f] = this.phrases.idOf(this.forms.words[f]);
    }
  }

  /** The form of the ASCII token text[start, end) (see Vocabulary.idOfAscii for p0 and p1), added if new. */
  formOfAscii(text: string, start: number, end: number, p0: number, p1: number): number {
    const f = this.forms.idOfAscii(text, start, end, p0, p1);
    return f >= 0 ? f : this.add(normaliseToken(text.slice(start, end)));
  }

  /** The form of an already-normalised word, added if new. */
  formOf(norm: string): number {
    const f = this.forms.idOf(norm);
    return f >= 0 ? f : this.add(norm);
  }

  /**
   * A byte per form for a check to remember an answer in (0: not worked out yet), under a name of
   * its own. Valid for the forms known now: call it after tokenising, not before.
   */
  memo(name: string): Uint8Array {
    let bytes = this.memos.get(name);
    if (!bytes || bytes.length < this.forms.size) {
      const bigger = new Uint8Array(Math.max(256, 2 * this.forms.size));
      if (bytes) bigger.set(bytes);
      this.memos.set(name, (bytes = bigger));
    }
    return bytes;
  }

  private add(norm: string): number {
    const f = this.forms.add(norm);
    if (f === this.phraseWord.length) {
      const bigger = new Int32Array(2 * f);
      bigger.set(this.phraseWord);
      this.phraseWord = bigger;
    }
    this.phraseWord[f] = this.phrases.idOf(norm);
    return f;
  }
}
