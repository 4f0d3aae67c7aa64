/**
 * One rule's switch. A rule the organisation locked is shown on and cannot be changed; a rule
 * whose lens is off is shown off and cannot be changed until the lens is back on.
 */
import type { Settings, RuleList } from '../../protocol/settings-shapes.js';
import { LensLabel } from '../../../components/LensLabel.js';
import { save } from './options-state.js';

type Rule = RuleList['rules'][number];

export function ruleIsOn(r: Rule, settings: Settings, locked: ReadonlySet<string>): boolean {
  return locked.has(r.id) || (settings.lenses[r.lens] && !settings.disabledRules.includes(r.id));
}

export function RuleToggle({ rule, settings, locked, idPrefix, showLens = false }: { rule: Rule; settings: Settings; locked: ReadonlySet<string>; idPrefix: string; showLens?: boolean }) {
  const id = `${idPrefix}-${rule.id}`;
  const isLocked = locked.has(rule.id);
  const lensOff = !settings.lenses[rule.lens];
  const toggle = (on: boolean) =>
    save({ ...settings, disabledRules: on ? settings.disabledRules.filter((r) => r !== rule.id) : [...settings.disabledRules, rule.id] }, `“${rule.title}” ${on ? 'on' : 'off'}`);
  return (
    <div class="nhsuk-checkboxes__item">
      <input class="nhsuk-checkboxes__input" id={id} type="checkbox" data-rule={rule.id}
        checked={ruleIsOn(rule, settings, locked)} disabled={isLocked || lensOff}
        onChange={(e) => toggle((e.target as HTMLInputElement).checked)} />
      <label class="nhsuk-label nhsuk-checkboxes__label" for={id}>
        {rule.title}
        {showLens && <> <span class="vl-lens-name">(<LensLabel lens={rule.lens} />)</span></>}
        {isLocked && <span class="vl-muted"> (kept on by your organisation)</span>}
        {!isLocked && lensOff && showLens && <span class="vl-muted"> (its lens is off)</span>}
      </label>
    </div>
  );
}
