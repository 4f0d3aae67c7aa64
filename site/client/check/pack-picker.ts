/**
 * "Use your trust's rule pack": a file input inside a drop zone. A good file becomes the pack in
 * use (named, with a button to remove it); a bad one gets the reader's problems, each naming the
 * field, and the pack in use (if any) stays. The pack is held in this page's memory only: nothing
 * is stored, nothing goes into the address, nothing is sent.
 */
import type { PackFile } from '../../../engine/pack/index.js';
import { byId, el } from './dom.js';
import { readPackFile } from './pack-file.js';

const MAX_SHOWN_PROBLEMS = 20;

export class PackPicker {
  private readonly group = byId('pack-group');
  private readonly input = byId<HTMLInputElement>('pack-file');
  private readonly drop = byId('pack-drop');
  private readonly error = byId('pack-error');
  private readonly inUse = byId('pack-in-use');
  private readonly status = byId('pack-status');
  /** Whether a drag holds files: only those are taken, and only they are kept from opening as a page. */
  private static carriesFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

  constructor(private readonly use: (pack: PackFile | null) => void) {
    this.group.hidden = false;
    this.input.addEventListener('change', () => {
      const file = this.input.files?.[0];
      if (file) void this.load(file);
    });
    this.drop.addEventListener('dragover', (e) => {
      if (!PackPicker.carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
      this.drop.classList.add('vl-drop--over');
    });
    this.drop.addEventListener('dragleave', () => this.drop.classList.remove('vl-drop--over'));
    this.drop.addEventListener('drop', (e) => {
      this.drop.classList.remove('vl-drop--over');
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void this.load(file);
    });
    // A file dropped anywhere else would make the browser open it in place of this page, and the
    // letter would be lost: such drops do nothing (text dragged into the letter still works).
    for (const type of ['dragover', 'drop'] as const) {
      window.addEventListener(type, (e) => {
        if (PackPicker.carriesFiles(e) && !this.drop.contains(e.target as Node)) e.preventDefault();
      });
    }
    byId('pack-remove').addEventListener('click', () => this.remove());
  }

  private async load(file: File): Promise<void> {
    const read = await readPackFile(file);
    if (!read.ok) return this.showProblems(file.name, read.problems);
    this.clearProblems();
    const { pack } = read;
    try {
      this.use(pack);
    } catch (e) {
      // withPacks refuses what readPack let through only for several packs at once; kept as a problem all the same.
      return this.showProblems(file.name, [e instanceof Error ? e.message : String(e)]);
    }
    const rules = `${pack.rules.length} rule${pack.rules.length === 1 ? '' : 's'}`;
    this.status.textContent = `Using the rule pack “${pack.name}” ${pack.version} from ${pack.organisation} (${rules}). Its findings are listed with the others.`;
    this.inUse.hidden = false;
  }

  private remove(): void {
    this.use(null);
    this.input.value = '';
    this.inUse.hidden = true;
    this.clearProblems();
    this.status.textContent = '';
    byId('pack-removed').textContent = 'Rule pack removed: the letter is checked with the built-in rules only.';
    this.input.focus();
  }

  private showProblems(fileName: string, problems: string[]): void {
    const shown = problems.slice(0, MAX_SHOWN_PROBLEMS);
    this.group.classList.add('nhsuk-form-group--error');
    this.input.setAttribute('aria-describedby', 'pack-file-hint pack-error');
    this.error.replaceChildren(
      el('span', { className: 'nhsuk-u-visually-hidden' }, 'Error: '),
      `“${fileName}” cannot be used as a rule pack${this.inUse.hidden ? '' : ' (the pack in use stays)'}:`,
      el('ul', {}, ...shown.map((p) => el('li', {}, p))),
    );
    this.error.hidden = false;
  }

  private clearProblems(): void {
    this.group.classList.remove('nhsuk-form-group--error');
    this.input.setAttribute('aria-describedby', 'pack-file-hint');
    this.error.replaceChildren();
    this.error.hidden = true;
    byId('pack-removed').textContent = '';
  }
}
