/** What the letter-level checks read (checks/context.ts): the text once tokenised, split and scanned. */
import type { Audience } from './types.js';
import type { TokenList } from './token-list.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { LetterContext, Span } from './checks/context.js';
import type { MedicalTerms } from './medical/terms.js';
import type { WordClasses } from './checks/words.js';

/** Sentences are split on first use: check() needs them only for the rules that read them. */
export class Letter implements LetterContext {
  private split: Sentence[] | undefined;

  constructor(
    readonly text: string,
    readonly tokens: TokenList,
    readonly audience: Audience,
    readonly signals: ReadonlyMap<string, readonly Span[]>,
    private readonly medicalTerms: () => MedicalTerms | null,
    readonly words: WordClasses,
  ) {}

  get medical(): MedicalTerms | null {
    return this.medicalTerms();
  }

  get sentences(): Sentence[] {
    return (this.split ??= splitSentences(this.text, this.tokens));
  }
}
