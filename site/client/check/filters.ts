/**
 * Filters by lens and by severity: checkboxes (no `name`: nothing here is ever submitted), each
 * with its count. A finding shows, in the letter and in the list, when both its lens and its
 * severity are ticked. The choice lasts while the page is open and is not stored.
 */
import { LENSES, type Finding, type Lens, type Severity } from '../../../engine/types.js';
import { LENS_LABEL, SEVERITY_LABEL } from '../../lib/labels.js';
import { el } from './dom.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'advice'];

export class FindingFilters {
  private readonly off = new Set<Lens | Severity>();
  private readonly boxes = new Map<Lens | Severity, { input: HTMLInputElement; count: HTMLSpanElement }>();

  constructor(container: HTMLElement, onChange: () => void) {
    const group = (legend: string, keys: ReadonlyArray<Lens | Severity>, label: (k: never) => string) =>
      el('fieldset', { className: 'vl-filter-set' }, el('legend', {}, legend),
        ...keys.map((k) => {
          const input = el('input', { type: 'checkbox', checked: true, id: `filter-${k}` });
          const count = el('span', { className: 'vl-filter-count' });
          input.addEventListener('change', () => {
            if (input.checked) this.off.delete(k);
            else this.off.add(k);
            onChange();
          });
          this.boxes.set(k, { input, count });
          return el('div', { className: 'vl-filter-item' }, input, el('label', { htmlFor: input.id }, label(k as never), ' ', count));
        }));
    container.replaceChildren(group('Lens', LENSES, (k: Lens) => LENS_LABEL[k]), group('Severity', SEVERITIES, (k: Severity) => SEVERITY_LABEL[k]));
  }

  shows(f: Pick<Finding, 'lens' | 'severity'>): boolean {
    return !this.off.has(f.lens) && !this.off.has(f.severity);
  }

  /** Shows how many findings each box covers, in brackets ("Candour (2)"). */
  count(findings: readonly Finding[]): void {
    for (const [k, { count }] of this.boxes) count.textContent = `(${findings.filter((f) => f.lens === k || f.severity === k).length})`;
  }
}
