import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markSegments, splitLines } from '../../extension/in-page/mirror-lines.js';

/** What each line shows: plain text as is, marked text as [mark:text]. */
function drawn(text: string, marks: Array<{ start: number; end: number }>): string[] {
  return splitLines(text, markSegments(marks)).map((l) =>
    l.runs.map((r) => (r.mark < 0 ? l.text.slice(r.start, r.end) : `[${r.mark}:${l.text.slice(r.start, r.end)}]`)).join(''),
  );
}

describe('the textarea mirror layout', () => {
  it('underlines a phrase inside a long sentence as the phrase, and the sentence around it', () => {
    const text = 'We note you failed to attend the clinic.';
    const sentence = { start: 0, end: text.length };
    const phrase = { start: text.indexOf('failed'), end: text.indexOf(' the') };
    expect(drawn(text, [sentence, phrase])).toEqual(['[0:We note you ][1:failed to attend][0: the clinic.]']);
  });

  it('cuts marks at line breaks and keeps empty lines, including a trailing one', () => {
    const text = 'Dear Sam\n\nyou failed\nto attend\n';
    const mark = { start: text.indexOf('failed'), end: text.indexOf('attend') + 6 };
    expect(drawn(text, [mark])).toEqual(['Dear Sam', '', 'you [0:failed]', '[0:to attend]', '']);
  });

  it('ignores empty marks and keeps text between marks', () => {
    expect(drawn('a b c', [{ start: 2, end: 2 }, { start: 0, end: 1 }, { start: 4, end: 5 }])).toEqual(['[1:a] b [2:c]']);
  });

  it('always reproduces the text exactly, line by line, whatever the marks', () => {
    const arb = fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'é') }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })), { maxLength: 8 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([text, marks]) => {
        const lines = splitLines(text, markSegments(marks));
        expect(lines.map((l) => l.text).join('\n')).toBe(text);
        for (const l of lines) {
          // Runs tile the line with no gap or overlap, and each marked run lies inside its mark.
          let pos = 0;
          for (const r of l.runs) {
            expect(r.start).toBe(pos);
            expect(r.end).toBeGreaterThan(r.start);
            if (r.mark >= 0) {
              expect(marks[r.mark].start).toBeLessThanOrEqual(l.offset + r.start);
              expect(marks[r.mark].end).toBeGreaterThanOrEqual(l.offset + r.end);
            }
            pos = r.end;
          }
          expect(pos).toBe(l.text.length);
        }
        // Every character inside some mark is drawn marked.
        const covered = (i: number) => marks.some((m) => m.start <= i && i < m.end);
        for (const l of lines)
          for (const r of l.runs) for (let i = l.offset + r.start; i < l.offset + r.end; i++) expect(r.mark >= 0).toBe(covered(i));
      }),
    );
  });
});
