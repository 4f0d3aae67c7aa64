/**
 * The check page: the same engine as the extension and the CLI, bundled with the ruleset. The
 * letter is marked where it is typed (check/letter-marks.ts), and the findings are listed beside it
 * in text order (check/findings-list.ts). The text lives only in the textarea and this page's
 * memory: nothing is stored and nothing is sent. So does a trust's rule pack, when one is chosen
 * (check/pack-picker.ts): its rules are checked beside the built-in ones.
 */
import { AUDIENCE_NOTES } from '../../engine/audience-notes.js';
import { createChecker, planFix } from '../../engine/index.js';
import { withPacks, type PackFile, type RulesetWithPacks } from '../../engine/pack/index.js';
import type { Audience, CompiledRuleset, Finding } from '../../engine/types.js';
import ruleset from 'virtual:ruleset';
import { wireCopyLetter } from './check/copy-letter.js';
import { showCaretFinding } from './check/caret-finding.js';
import { byId } from './check/dom.js';
import { FindingFilters } from './check/filters.js';
import { FindingsList } from './check/findings-list.js';
import { FixHistory, replaceThroughEditing } from './check/fix-edits.js';
import { wireFindingKeys } from './check/finding-keys.js';
import { LetterMarks } from './check/letter-marks.js';
import { PackPicker } from './check/pack-picker.js';
import { findingAt, nextFinding, sameFinding } from './check/finding-order.js';
import { renderSummary } from './check/summary.js';

const builtIn = ruleset as CompiledRuleset;
/** Wide enough for the letter and the findings side by side (the stylesheet's breakpoint). */
const SIDE_BY_SIDE = '(min-width: 61.875em)';

const plural = (n: number) => `${n} finding${n === 1 ? '' : 's'}`;

class CheckPage {
  readonly textarea = byId<HTMLTextAreaElement>('letter-text');
  private readonly audience = byId<HTMLSelectElement>('audience');
  private readonly status = byId('check-status');
  private readonly undoButton = byId<HTMLButtonElement>('undo-fix');
  readonly marks = new LetterMarks(this.textarea, byId('letter-backdrop'));
  private readonly list = new FindingsList(byId<HTMLOListElement>('findings'), {
    toggle: (n) => this.toggle(n),
    apply: (n, i) => this.apply(n, i),
    packRule: (id) => this.packRule(id),
  });
  private checker = createChecker(builtIn);
  /** The trust pack behind a rule id, for its "Why?" (none for built-in rules, or with no pack). */
  private packRule: RulesetWithPacks['packRule'] = () => undefined;
  private readonly filters = new FindingFilters(byId('finding-filters'), () => this.refilter());
  private readonly history = new FixHistory();
  findings: Finding[] = [];
  /** Indices of the findings the filters let through, in text order. */
  shown: number[] = [];
  open = -1;
  private checkedText: string | null = null;
  /** After the first check, the letter is checked again as it changes. */
  everChecked = false;

  /** Checks the letter and redraws everything; false if there was nothing to check. */
  check(): boolean {
    const text = this.textarea.value;
    if (!text.trim()) {
      byId('findings-tools').hidden = true;
      byId('check-results').hidden = true;
      this.list.render([], [], -1);
      this.marks.paint(text, [], -1);
      this.checkedText = null;
      this.say('Paste or type a letter first.');
      return false;
    }
    const { findings, summary } = this.checker.analyse(text, { audience: this.audience.value as Audience });
    const hadFocus = byId('findings').contains(document.activeElement);
    const before = this.findings;
    this.findings = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
    this.open = sameFinding(before, this.open, this.findings);
    this.checkedText = text;
    this.everChecked = true;
    showCaretFinding(byId('caret-finding'), undefined, () => {});
    this.redraw();
    renderSummary(summary, findings.length);
    byId('findings-tools').hidden = false;
    byId('check-results').hidden = false;
    this.undoButton.hidden = !this.history.last(text);
    // A re-check while typing must not leave focus on a button it just replaced.
    if (hadFocus) (this.list.button(this.open) ?? byId('findings-heading')).focus();
    return true;
  }

  /**
   * Checks with the built-in rules and a trust's pack (null: the built-in rules only), and checks
   * the letter again if it was checked. withPacks throws a PackError for packs that cannot be used.
   */
  usePack(pack: PackFile | null): void {
    const merged = withPacks(builtIn, pack ? [pack] : []);
    this.checker = createChecker(merged.ruleset);
    this.packRule = merged.packRule;
    if (this.everChecked) this.check();
  }

  /** A re-check is due: the marks no longer fit the text. */
  get stale(): boolean {
    return this.checkedText !== this.textarea.value;
  }

  private redraw(): void {
    this.shown = this.findings.flatMap((f, n) => (this.filters.shows(f) ? [n] : []));
    if (!this.shown.includes(this.open)) this.open = -1;
    this.paintMarks();
    this.list.render(this.findings, this.shown, this.open);
    this.filters.count(this.findings);
    const total = this.findings.length;
    this.say(this.shown.length === total ? (total ? `${plural(total)}.` : 'No findings.') : `Showing ${this.shown.length} of ${plural(total)}.`);
  }

  private paintMarks(): void {
    if (this.stale) return;
    const marks = this.shown.map((n) => this.findings[n]);
    this.marks.paint(this.textarea.value, marks, this.shown.indexOf(this.open));
  }

  private refilter(): void {
    if (this.checkedText !== null) this.redraw();
  }

  say(message: string): void {
    this.status.textContent = message;
  }

  /**
   * Opens the n-th finding: its card, its mark, and (unless told not to) its words selected in the
   * letter. Callers check first if the letter has changed: `n` indexes the findings they saw.
   */
  openFinding(n: number, { focus = false, select = true } = {}): void {
    const was = this.open;
    this.open = n;
    this.list.setOpen(was, n);
    this.marks.setActive(this.shown.indexOf(n));
    const f = this.findings[n];
    if (!f) return;
    // Selected but not focused: Escape, or a click in the letter, lands on these words.
    if (select && f.end > f.start) this.textarea.setSelectionRange(f.start, f.end);
    if (matchMedia(SIDE_BY_SIDE).matches) this.marks.reveal(this.shown.indexOf(n));
    if (focus) this.list.button(n)?.focus();
  }

  private toggle(n: number): void {
    if (this.open === n) {
      this.list.setOpen(n, -1);
      this.open = -1;
      this.marks.setActive(-1);
    } else this.openFinding(n);
  }

  /** Applies a suggestion, then opens the next finding and puts focus on it. */
  private apply(n: number, i: number): void {
    const f = this.findings[n];
    const plan = planFix(this.textarea.value, f, i);
    if (plan.kind === 'unchanged') return this.say(`Nothing to change in “${f.actual}”.`);
    if (plan.kind === 'stale') {
      this.check();
      this.goOn(f.start, 'The letter has changed since this check, so nothing was changed. The findings are updated.');
      return;
    }
    replaceThroughEditing(this.textarea, plan.edit.start, plan.edit.end, plan.edit.insert);
    this.history.record({ after: this.textarea.value, start: f.start, actual: f.actual });
    this.open = -1;
    this.check();
    this.goOn(plan.edit.start + plan.edit.insert.length, `Changed “${f.actual}” to “${plan.replacement || '(deleted)'}”.`);
  }

  /** After a fix: focus on the next finding from `at` (wrapping), never back at the top of the page. */
  private goOn(at: number, said: string): void {
    const next = nextFinding(this.findings, this.shown, at);
    const left = this.shown.length ? `${plural(this.shown.length)} left.` : 'No findings left.';
    if (next < 0) {
      byId('findings-heading').focus();
      return this.say(`${said} ${left}`);
    }
    this.openFinding(next, { focus: true });
    this.say(`${said} ${left}${this.findings[next].start < at ? ' Back to the first.' : ''}`);
  }

  undo(): void {
    const fix = this.history.undo(this.textarea);
    this.check();
    if (!fix) return this.say('Nothing was undone: the letter has changed since that fix. Press Ctrl+Z in the letter to undo typing.');
    const back = this.findings.findIndex((f) => f.start === fix.start && f.actual === fix.actual);
    if (back >= 0 && this.shown.includes(back)) this.openFinding(back, { focus: true });
    else byId('findings-heading').focus();
    this.say(`Undone: “${fix.actual}” is back.`);
  }

  backToLetter(): void {
    const f = this.findings[this.open];
    this.textarea.focus();
    if (!f || this.stale || f.end <= f.start) return;
    this.textarea.setSelectionRange(f.start, f.end);
    this.marks.reveal(this.shown.indexOf(this.open));
  }

  /** A click in the letter on marked words opens their finding, leaving the caret where it is. */
  openAtCaret(): void {
    const { selectionStart: at, selectionEnd } = this.textarea;
    if (this.stale || at !== selectionEnd) return;
    const n = findingAt(this.findings, this.shown, at);
    if (n >= 0 && n !== this.open) this.openFinding(n, { select: false });
    showCaretFinding(byId('caret-finding'), this.findings[n], () => this.openFinding(n, { focus: true, select: false }));
  }
}

function init(): void {
  const form = document.getElementById('check-form');
  if (!form) return;
  const page = new CheckPage();
  byId('findings-panel').hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault(); // the form has nowhere to go (method="dialog", unnamed controls): belt and braces
    if (page.check()) byId('findings-heading').focus();
  });
  // A pasted letter is checked straight away; after the first check, the letter is checked again
  // as it changes. Only if nothing has checked it since: a fix checks at once, and a second check
  // would talk over what the fix announced.
  let timer = 0;
  page.textarea.addEventListener('input', (e) => {
    page.marks.stale();
    showCaretFinding(byId('caret-finding'), undefined, () => {}); // it named a finding of the old text
    const pasted = (e as InputEvent).inputType === 'insertFromPaste' || (e as InputEvent).inputType === 'insertFromDrop';
    if (!page.everChecked && !pasted) return;
    clearTimeout(timer);
    timer = window.setTimeout(() => page.stale && page.check(), 300);
  });
  page.textarea.addEventListener('click', () => page.openAtCaret());
  byId('audience').addEventListener('change', () => {
    // What this reader changes (engine/audience-notes.ts), read with the choice by screen readers.
    byId('audience-hint').textContent = AUDIENCE_NOTES[byId<HTMLSelectElement>('audience').value as Audience];
    if (page.everChecked) page.check();
  });
  byId('undo-fix').addEventListener('click', () => page.undo());
  wireCopyLetter(byId<HTMLButtonElement>('copy-letter'), page.textarea, byId('copy-status'));
  wireFindingKeys(page);
  new PackPicker((pack) => page.usePack(pack));
}

init();
