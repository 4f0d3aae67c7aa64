/**
 * Rule packs in the background: reading an imported pack file (never trusting the options page:
 * readPack checks it again here), what the options page lists, what the why.html page shows, and
 * the policy as the options page shows it. Pure functions; settings-service.ts stores and serves.
 */
import { MAX_PACKS, PackError, packRuleId, readPack, type PackFile } from '../../engine/index.js';
import type { PackRuleView, PackSummary, PolicyView } from '../protocol/messages.js';
import type { ManagedPolicy } from './policy.js';

export type PackImport = { ok: true; pack: PackFile; message: string } | { ok: false; error: string; problems?: string[] };

/** Reads a pack file the clinician chose, and says why it cannot be used, in the pack's own words. */
export function importPack(json: string, policy: ManagedPolicy | null, imported: PackFile[]): PackImport {
  let pack: PackFile;
  try {
    pack = readPack(json);
  } catch (e) {
    const problems = e instanceof PackError ? [...e.problems] : [String(e)];
    return { ok: false, error: `That file was not imported: ${problems.length === 1 ? problems[0] : `${problems.length} problems`}.`, problems };
  }
  if (policy?.packs?.some((p) => p.name === pack.name)) {
    return { ok: false, error: `That file was not imported: your organisation already provides the pack "${pack.name}", and its copy is the one used.` };
  }
  const before = imported.find((p) => p.name === pack.name);
  const count = (policy?.packs?.length ?? 0) + imported.filter((p) => p.name !== pack.name).length + 1;
  if (count > MAX_PACKS) return { ok: false, error: `That file was not imported: at most ${MAX_PACKS} packs can be used at once. Remove one first.` };
  const rules = `${pack.rules.length} ${pack.rules.length === 1 ? 'rule' : 'rules'}`;
  const message = before
    ? `Replaced ${pack.name} ${before.version} with ${pack.version} (${rules}).`
    : `Imported ${pack.name} ${pack.version} from ${pack.organisation} (${rules}).`;
  return { ok: true, pack, message };
}

/** The policy's packs first (managed), then the clinician's imports. */
export function packSummaries(policy: ManagedPolicy | null, imported: Array<{ pack: PackFile; importedAt: number }>): PackSummary[] {
  const managed = new Set((policy?.packs ?? []).map((p) => p.name));
  const info = (p: PackFile) => ({
    name: p.name,
    version: p.version,
    organisation: p.organisation,
    description: p.description,
    rules: p.rules.length,
    ruleList: p.rules.map((r) => ({ id: packRuleId(p.name, r.id), title: r.title, lens: r.lens })),
  });
  return [
    ...(policy?.packs ?? []).map((p): PackSummary => ({ ...info(p), managed: true })),
    ...imported.map(({ pack, importedAt }): PackSummary => ({
      ...info(pack),
      managed: false,
      importedAt,
      ...(managed.has(pack.name) ? { replacedByPolicy: true } : {}),
    })),
  ];
}

/** One pack rule for why.html, from the packs in force (the policy's copy of a pack wins). */
export function packRuleView(id: string, policy: ManagedPolicy | null, packs: PackFile[]): PackRuleView {
  for (const p of packs) {
    const rule = p.rules.find((r) => packRuleId(p.name, r.id) === id);
    if (rule) {
      return {
        pack: { name: p.name, version: p.version, organisation: p.organisation, description: p.description },
        rule,
        managed: !!policy?.packs?.includes(p),
      };
    }
  }
  return null;
}

/** What the policy sets, for the options page (PolicySummary.tsx). */
export function policyView(policy: ManagedPolicy | null): PolicyView | null {
  if (!policy) return null;
  const d = policy.defaults ?? {};
  const view: PolicyView = {
    lockedRules: policy.lockedRules ?? [],
    lockedLenses: policy.lockedLenses ?? [],
    siteAudiences: policy.siteAudiences ?? {},
    excludedSites: policy.excludedSites ?? [],
    customPhrases: policy.customPhrases?.length ?? 0,
    packs: (policy.packs ?? []).map((p) => p.name),
  };
  if (d.audience) view.defaultAudience = d.audience;
  if (d.readingAgeTarget !== undefined) view.readingAgeTarget = d.readingAgeTarget;
  if (d.lenses) view.disabledLenses = (Object.keys(d.lenses) as Array<keyof typeof d.lenses>).filter((l) => !d.lenses![l]);
  if (policy.severityThreshold) view.severityThreshold = policy.severityThreshold;
  if (policy.allowedSites) view.allowedSites = policy.allowedSites;
  if (policy.falseAlarmAddress) view.falseAlarmAddress = policy.falseAlarmAddress;
  return view;
}
