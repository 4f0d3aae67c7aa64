/**
 * The findings by lens, each lens under its own heading. A rule that fires once is one button that
 * shows the place in the page; a rule that fires more often is a disclosure ("Abbreviation: 6
 * places") that opens to a button for each place, so every place stays one click (or Tab and
 * Enter) away without 25 clarity entries pushing everything else down.
 */
import { signal } from '@preact/signals';
import { LENS_LOOK } from '../../../engine/index.js';
import { LensLabel } from '../../../components/LensLabel.js';
import type { ReportFinding } from '../../protocol/messages.js';
import type { LensGroup, RuleGroup } from './group-findings.js';

/** Which rules' lists are open, by rule id: kept while the report refreshes as the letter changes. */
const open = signal<ReadonlySet<string>>(new Set());

function toggle(ruleId: string): void {
  const next = new Set(open.value);
  if (!next.delete(ruleId)) next.add(ruleId);
  open.value = next;
}

/** Shuts every list (a new tab's report, or a test starting afresh). */
export function closeAllGroups(): void {
  open.value = new Set();
}

type Reveal = (f: ReportFinding) => void;

/** `place` ("2 of 6") tells apart places whose words are the same ("nocte", "nocte", "nocte"). */
function Place({ f, colour, withTitle, place, onReveal }: { f: ReportFinding; colour: string; withTitle: boolean; place?: string; onReveal: Reveal }) {
  return (
    <button type="button" class="finding" style={{ borderLeftColor: colour }} onClick={() => onReveal(f)}>
      {withTitle && <strong>{f.title}: </strong>}
      {place && <span class="muted">{place}: </span>}
      <q>{f.actual}</q>
      {withTitle && (
        <>
          <br />
          <span class="muted">{f.message}</span>
        </>
      )}
    </button>
  );
}

function Rule({ group, colour, onReveal }: { group: RuleGroup; colour: string; onReveal: Reveal }) {
  if (group.places.length === 1) return <Place f={group.places[0]} colour={colour} withTitle onReveal={onReveal} />;
  const expanded = open.value.has(group.ruleId);
  const listId = `places-${group.ruleId.replace(/[^a-z0-9-]/gi, '_')}`;
  return (
    <div class="rule-group" style={{ borderLeftColor: colour }}>
      <button type="button" class="group-toggle" aria-expanded={expanded} aria-controls={listId} onClick={() => toggle(group.ruleId)}>
        <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
        <strong>{group.title}</strong>: {group.places.length} places
      </button>
      <p class="muted group-message">{group.places[0].message}</p>
      <ul id={listId} class="lens-list places" hidden={!expanded}>
        {expanded &&
          group.places.map((f, i) => (
            <li>
              <Place f={f} colour={colour} withTitle={false} place={`${i + 1} of ${group.places.length}`} onReveal={onReveal} />
            </li>
          ))}
      </ul>
    </div>
  );
}

export function FindingGroups({ groups, onReveal }: { groups: LensGroup[]; onReveal: Reveal }) {
  return (
    <>
      {groups.map(({ lens, count, rules }) => (
        <section aria-label={`${LENS_LOOK[lens].label} findings`}>
          <h3>
            <LensLabel lens={lens} /> ({count})
          </h3>
          {rules.map((g) => (
            <Rule group={g} colour={LENS_LOOK[lens].colour} onReveal={onReveal} />
          ))}
        </section>
      ))}
    </>
  );
}
