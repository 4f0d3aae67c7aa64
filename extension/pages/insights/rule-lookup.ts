/**
 * What the insights page knows of a counted rule id: its title and lens. Counts keep only ids, so
 * the page looks them up in every kind of rule a finding can come from: the built-in rules, the
 * rule packs (imported or pushed by the policy: "pack/rule" ids), and the phrases the clinician
 * added or the organisation pushed. An id found nowhere (a pack since removed) shows as itself,
 * with no lens.
 */
import { customRuleId } from '../../protocol/ids.js';
import type { CustomPhrase, RuleList } from '../../protocol/settings-shapes.js';
import type { PackSummary } from '../../protocol/messages.js';
import type { Lens } from '../../../engine/index.js';
import type { RuleLookup } from './insights-data.js';

type Phrase = Pick<CustomPhrase, 'phrase' | 'lens'>;

export interface KnownRules {
  ruleset: RuleList;
  /** The clinician's own phrases. */
  phrases: readonly Phrase[];
  /** The packs in force or imported (their rule lists). */
  packs: ReadonlyArray<Pick<PackSummary, 'ruleList'>>;
  /** The phrases the organisation's policy pushes. */
  policyPhrases: readonly Phrase[];
}

export function ruleLookup({ ruleset, phrases, packs, policyPhrases }: KnownRules): RuleLookup {
  const known = new Map<string, { title: string; lens: Lens | null }>();
  for (const r of [...ruleset.rules, ...packs.flatMap((p) => p.ruleList)]) known.set(r.id, { title: r.title, lens: r.lens });
  for (const p of [...policyPhrases, ...phrases]) known.set(customRuleId(p), { title: `Your organisation's phrase "${p.phrase}"`, lens: p.lens });
  return (id) => known.get(id) ?? { title: id, lens: null };
}
