/**
 * The in-page side of the side panel and popup: the focused field's findings and letter summary
 * (`report`), and their requests (`answer`): reveal a finding, change the audience, new settings.
 * Findings stay in memory; the report goes only to the extension's own pages.
 */
import { atOrAboveSeverity, type Audience, type LetterSummary } from '../../engine/index.js';
import type { FieldReport, ToContent } from '../protocol/messages.js';
import { isContentConfig, type ContentConfig } from '../protocol/settings-shapes.js';
import type { CardController } from './card-controller.js';
import type { PageState } from './page-state.js';
import type { RulesetSource } from './ruleset-source.js';

export interface ReportDeps {
  state: PageState;
  rules: RulesetSource;
  card: CardController;
  host: string;
  applyConfig(config: ContentConfig): void;
  /** The top frame's only: the frame from another origin that has the clinician's last field (0: none, the field is ours). */
  focusedFrame?: number;
}

export function report({ state, rules, host }: ReportDeps): FieldReport {
  const s = state.current;
  const cfg = state.config;
  const audience = s?.audience ?? cfg?.audience ?? 'patient';
  const checker = rules.checker();
  const full = s && cfg?.enabled && checker ? checker.analyse(s.text, { audience, disabledRules: cfg.disabledRules }).summary : null;
  const summary = full && belowThresholdLeftOut(full, cfg!.severityThreshold);
  return {
    host,
    enabled: cfg?.enabled ?? false,
    hasField: !!s,
    audience,
    readingAgeTarget: cfg?.readingAgeTarget ?? 11,
    counts: s ? s.counts() : { candour: 0, compassion: 0, respect: 0, clarity: 0 },
    findings: (s?.findings ?? []).map((f, index) => ({
      index,
      ruleId: f.ruleId,
      lens: f.lens,
      severity: f.severity,
      actual: f.actual,
      message: f.message,
      suggestions: f.suggestions,
      title: checker?.ruleById(f.ruleId)?.title ?? f.ruleId,
    })),
    summary,
  };
}

/** The letter checklist keeps to the severity threshold as the findings do (check-loop.ts), so the panel never lists what the page hides. */
function belowThresholdLeftOut(summary: LetterSummary, threshold: ContentConfig['severityThreshold']): LetterSummary {
  return { ...summary, checklist: summary.checklist.filter((c) => atOrAboveSeverity(c.severity, threshold)) };
}

/** Answers a page:* message from the background, side panel or popup. */
export function answer(msg: ToContent, deps: ReportDeps): unknown {
  const { state, card } = deps;
  switch (msg.type) {
    case 'page:config':
      if (!isContentConfig(msg.config)) return false;
      deps.applyConfig(msg.config);
      return true;
    case 'page:get-host':
      return { host: deps.host };
    case 'page:get-report':
      return deps.focusedFrame ? { ...report(deps), focusedFrame: deps.focusedFrame } : report(deps);
    case 'page:reveal': {
      const s = state.current;
      const f = s?.findings[msg.index];
      if (!s || !f) return false;
      s.field.select(f.start, f.end);
      s.field.element.scrollIntoView({ block: 'nearest' });
      card.open(s, msg.index, false);
      return true;
    }
    case 'page:set-audience':
      if (state.current) {
        state.current.audience = msg.audience as Audience;
        state.current.checkNow();
      }
      return true;
  }
}
