/**
 * The top of the side panel: what the whole letter looks like before any single finding, so
 * reading age and the checklists are never thousands of pixels down below the findings (issue 13).
 */
import { CANDOUR_LABEL, LENSES, type CandourElement, type Lens, type LetterSummary as Summary } from '../../../engine/index.js';
import { LENS_LOOK } from '../../../engine/index.js';

export function countsInWords(counts: Record<Lens, number>): string {
  const total = LENSES.reduce((n, l) => n + counts[l], 0);
  if (total === 0) return 'No findings.';
  const parts = LENSES.filter((l) => counts[l] > 0).map((l) => `${counts[l]} ${LENS_LOOK[l].label.toLowerCase()}`);
  return `${total} finding${total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

export function LetterSummary({ summary, counts, readingAgeTarget }: { summary: Summary | null; counts: Record<Lens, number>; readingAgeTarget: number }) {
  // The candour checklist has its own section: left in, it would be the only item of an
  // otherwise empty "Letter checklist".
  const letterChecklist = summary?.checklist.filter((c) => c.kind === 'letter') ?? [];
  const r = summary?.readability;
  return (
    <>
      <h2>Summary</h2>
      <p>{countsInWords(counts)}</p>
      {r && (
        <>
          <p>
            Reading age <strong>{r.readingAge}</strong> (target {readingAgeTarget} or under)
            {r.readingAge > readingAgeTarget ? ': harder than the target.' : ': within the target.'}
          </p>
          <p class="muted">
            {r.words} words in {r.sentences} sentences; average {r.averageSentenceWords} words; longest {r.longestSentenceWords} words.
          </p>
        </>
      )}
      {summary?.candour.applies && (
        <div class="checklist">
          <h2>Candour checklist</h2>
          <p class="muted">This letter is about something that went wrong. It should:</p>
          <ul class="lens-list">
            {(Object.keys(CANDOUR_LABEL) as CandourElement[]).map((k) => (
              <li>
                {summary.candour.present.includes(k) ? '✓ Done: ' : '✗ Missing: '}
                {CANDOUR_LABEL[k]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {letterChecklist.length > 0 && (
        <div class="checklist">
          <h2>Letter checklist</h2>
          <p class="muted">Nothing here is wrong in the text; the letter is missing:</p>
          <ul class="lens-list">
            {letterChecklist.map((c) => (
              <li>✗ {c.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
