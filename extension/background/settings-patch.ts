/**
 * A change to settings, as the fields that changed rather than a whole new Settings object. The
 * store keeps changes it could not save (storage faults) and replays them on the stored settings
 * when storage works again: a whole object would overwrite settings the options page never saw
 * (it showed defaults while the database was unreadable); a patch changes only what the
 * clinician changed. Two options pages saving at once no longer undo each other either.
 */
import { LENSES, type Audience, type Lens, type Severity } from '../../engine/index.js';
import type { Settings } from '../protocol/settings-shapes.js';

export interface SettingsPatch {
  lenses?: Partial<Record<Lens, boolean>>;
  audience?: Audience;
  readingAgeTarget?: number;
  severityThreshold?: Severity;
  /** Rule ids switched off (added to disabledRules). */
  rulesOff?: string[];
  /** Rule ids switched back on (removed from disabledRules). */
  rulesOn?: string[];
}

/** What changed from `before` to `after`; empty when nothing did. */
export function diffSettings(before: Settings, after: Settings): SettingsPatch {
  const patch: SettingsPatch = {};
  const lenses = Object.fromEntries(LENSES.filter((l) => before.lenses[l] !== after.lenses[l]).map((l) => [l, after.lenses[l]]));
  if (Object.keys(lenses).length) patch.lenses = lenses;
  if (before.audience !== after.audience) patch.audience = after.audience;
  if (before.readingAgeTarget !== after.readingAgeTarget) patch.readingAgeTarget = after.readingAgeTarget;
  if (before.severityThreshold !== after.severityThreshold) patch.severityThreshold = after.severityThreshold;
  const off = after.disabledRules.filter((r) => !before.disabledRules.includes(r));
  const on = before.disabledRules.filter((r) => !after.disabledRules.includes(r));
  if (off.length) patch.rulesOff = off;
  if (on.length) patch.rulesOn = on;
  return patch;
}

export function isEmptyPatch(p: SettingsPatch): boolean {
  return Object.keys(p).length === 0;
}

/** `settings` with the patch applied (a new object; `settings` is left alone). */
export function applySettingsPatch(settings: Settings, p: SettingsPatch): Settings {
  const on = new Set(p.rulesOn ?? []);
  const disabled = settings.disabledRules.filter((r) => !on.has(r));
  for (const r of p.rulesOff ?? []) if (!disabled.includes(r)) disabled.push(r);
  return {
    lenses: { ...settings.lenses, ...p.lenses },
    disabledRules: disabled,
    audience: p.audience ?? settings.audience,
    readingAgeTarget: p.readingAgeTarget ?? settings.readingAgeTarget,
    severityThreshold: p.severityThreshold ?? settings.severityThreshold,
  };
}
