/**
 * One lens: its switch, how many of its rules are on, and its rules behind a "Show rules" button
 * (collapsed by default: issue 13's 9,142 px page was every rule of every lens at once). A
 * disclosure button rather than <details>: the lens switch sits beside it, and a control inside
 * a <summary> is not reachable as its own control by every screen reader.
 */
import { useState } from 'preact/hooks';
import type { Lens } from '../../../engine/index.js';
import { LENS_LABEL } from '../../../engine/index.js';
import { LensLabel } from '../../../components/LensLabel.js';
import type { RuleList, Settings } from '../../protocol/settings-shapes.js';
import { save } from './options-state.js';
import { RuleToggle, ruleIsOn } from './RuleToggle.js';

export function LensGroup({ lens, rules, settings, locked, lensLocked = false }: { lens: Lens; rules: RuleList['rules']; settings: Settings; locked: ReadonlySet<string>; lensLocked?: boolean }) {
  const [open, setOpen] = useState(false);
  const on = rules.filter((r) => ruleIsOn(r, settings, locked)).length;
  const listId = `rules-${lens}`;
  return (
    <div class="vl-lens" data-lens={lens}>
      <div class="vl-lens__head">
        <div class="nhsuk-checkboxes__item">
          <input class="nhsuk-checkboxes__input" id={`lens-${lens}`} type="checkbox" checked={settings.lenses[lens]} disabled={lensLocked}
              aria-describedby={lensLocked ? `locked-${lens}` : undefined}
            onChange={(e) => {
              const value = (e.target as HTMLInputElement).checked;
              return save({ ...settings, lenses: { ...settings.lenses, [lens]: value } }, `${LENS_LABEL[lens]} lens ${value ? 'on' : 'off'}`);
            }} />
          <label class="nhsuk-label nhsuk-checkboxes__label" for={`lens-${lens}`}><LensLabel lens={lens} /> lens</label>
          {lensLocked && <p class="vl-muted" id={`locked-${lens}`}>Kept on by your organisation</p>}
        </div>
        <p class="vl-lens__count" id={`count-${lens}`}>{on} of {rules.length} rules on</p>
        <button type="button" class="vl-disclosure" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? 'Hide rules' : 'Show rules'}<span class="vl-visually-hidden"> of the {LENS_LABEL[lens]} lens</span>
        </button>
      </div>
      <div id={listId} class="nhsuk-checkboxes nhsuk-checkboxes--small vl-rule-columns" hidden={!open}>
        {open && rules.map((r) => <RuleToggle rule={r} settings={settings} locked={locked} idPrefix="rule" />)}
      </div>
    </div>
  );
}
