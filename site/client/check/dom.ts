/** Two small DOM helpers for the check page's modules: build an element, find one by id. */

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Text only screen readers hear (a comma between parts a sighted reader tells apart by layout). */
export const hidden = (text: string): HTMLSpanElement => el('span', { className: 'nhsuk-u-visually-hidden' }, text);
