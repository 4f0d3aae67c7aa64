import { describe, expect, it } from 'vitest';
import { phraseKey, rankRecurringMisses, type CorpusMisses } from '../../scripts/recurring-misses.js';

/** A letter from text with ⟪marks⟫, as the corpora write them. */
function letter(marked: string): CorpusMisses['letters'][number] {
  const marks: Array<{ start: number; end: number }> = [];
  let text = '';
  for (const part of marked.split(/(⟪[^⟫]*⟫)/)) {
    if (part.startsWith('⟪')) {
      marks.push({ start: text.length, end: text.length + part.length - 2 });
      text += part.slice(1, -1);
    } else text += part;
  }
  return { text, marks };
}

describe('recurring misses', () => {
  it('ranks a phrase two writers missed above one a single writer missed many times', () => {
    const ranked = rankRecurringMisses([
      { name: 'a', misses: [{ lens: 'clarity', phrase: 'Qmax' }, { lens: 'clarity', phrase: 'flexi' }, { lens: 'clarity', phrase: 'flexi' }], letters: [letter('Your ⟪Qmax⟫ was low. ⟪flexi⟫ then ⟪flexi⟫.')] },
      { name: 'b', misses: [{ lens: 'clarity', phrase: 'qmax' }], letters: [letter('The ⟪qmax⟫ is 9.')] },
    ]);
    expect(ranked.map((r) => [r.phrase, r.corpora, r.marked])).toEqual([
      ['qmax', 2, 2],
      ['flexi', 1, 2],
    ]);
  });

  it('counts where a writer left the phrase plain, so a term some writers judge known shows its risk', () => {
    const [miss] = rankRecurringMisses([
      { name: 'a', misses: [{ lens: 'clarity', phrase: 'fully  sensitive' }], letters: [letter('The bug was ⟪fully sensitive⟫.'), letter('I am fully sensitive to your concerns. Fully\nsensitive, yes.')] },
    ]);
    expect(miss).toMatchObject({ phrase: 'fully sensitive', marked: 1, plain: 2 });
  });

  it('leaves out phrases missed in fewer corpora than asked, and keeps every lens a writer gave', () => {
    const corpora: CorpusMisses[] = [
      { name: 'a', misses: [{ lens: 'respect', phrase: 'claims' }, { lens: 'clarity', phrase: 'PI-RADS' }], letters: [] },
      { name: 'b', misses: [{ lens: 'candour', phrase: 'Claims' }], letters: [] },
    ];
    const ranked = rankRecurringMisses(corpora, 2);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ phrase: 'claims', corpora: 2, lenses: ['candour', 'respect'] });
    expect(phraseKey('  PI-RADS 4 ')).toBe('pi-rads 4');
  });
});
