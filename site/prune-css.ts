/**
 * Drops the NHS.UK frontend's rules that no page of the site can use. The site takes whole
 * components from nhsuk-frontend (header, card, button...) and the core's utility classes; most of
 * their variants never appear in our pages, yet every page loads the stylesheet, and it counts in
 * every page's 50 KB budget. A rule goes only when each of its selectors names an `nhsuk-` class
 * that is in no page and no script of the built site; our own classes and the element rules stay.
 *
 * Scripts that build a class name from a stem ("nhsuk-tag--" + colour) keep every class starting
 * with that stem: a name ending in `-` or `_` in a script is read as a stem.
 *
 * One pass over the CSS, one over the pages: linear in their size.
 */

const NHSUK_CLASS = /nhsuk-[A-Za-z0-9_-]+/g;

/** The `nhsuk-` class names, and stems of names, that the pages and scripts mention. */
export interface UsedClasses {
  names: Set<string>;
  stems: string[];
}

export function usedNhsukClasses(files: Iterable<[string, string | Buffer]>): UsedClasses {
  const names = new Set<string>();
  const stems = new Set<string>();
  for (const [path, data] of files) {
    if (!/\.(html|js)$/.test(path)) continue;
    for (const [name] of String(data).matchAll(NHSUK_CLASS)) {
      if (/[-_]$/.test(name)) stems.add(name);
      else names.add(name);
    }
  }
  return { names, stems: [...stems] };
}

function isUsed(name: string, used: UsedClasses): boolean {
  return used.names.has(name) || used.stems.some((s) => name.startsWith(s));
}

/**
 * A selector is kept unless an element must carry an `nhsuk-` class nothing uses to match it. What is
 * inside `:not(...)`, `:is(...)` and the other functional pseudo-classes is not required of the
 * element (or only one of a list is), so it is not read.
 */
function selectorUsed(selector: string, used: UsedClasses): boolean {
  for (const [m] of outsidePseudoArguments(selector).matchAll(/\.(nhsuk-[A-Za-z0-9_-]+)/g)) {
    if (!isUsed(m.slice(1), used)) return false;
  }
  return true;
}

/** The selector with the arguments of its functional pseudo-classes (`:not(.a)`) left out. */
function outsidePseudoArguments(selector: string): string {
  let out = '';
  let depth = 0;
  for (const c of selector) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** Splits a selector list at its top-level commas (not those inside `:not(a,b)` or strings). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '"' || c === "'") i = stringEnd(list, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(from, i));
      from = i + 1;
    }
  }
  out.push(list.slice(from));
  return out;
}

/** Past the string that starts at `i` (`css[i]` is a quote): the index of its closing quote. */
function stringEnd(css: string, i: number): number {
  const quote = css[i];
  for (let k = i + 1; k < css.length; k++) {
    if (css[k] === '\\') k++;
    else if (css[k] === quote) return k;
  }
  return css.length;
}

/** Index of the `}` that closes the block opened at `open` (`css[open]` is `{`), skipping strings. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") i = stringEnd(css, i);
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error(`prune-css: a block opened at ${open} is never closed`);
}

/** Index of the next `{` or `;` at the top level from `from`, skipping strings; -1 at the end. */
function nextBreak(css: string, from: number): number {
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") i = stringEnd(css, i);
    else if (c === '{' || c === ';') return i;
  }
  return -1;
}

/** At-rules whose block holds rules to prune; any other block (@font-face, @keyframes) is kept whole. */
const NESTING = /^@(media|supports|layer|container)\b/;

/** The stylesheet without the rules no page can use (minified input, as Sass's compressed style). */
export function pruneCss(css: string, used: UsedClasses): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const brk = nextBreak(css, i);
    if (brk < 0) {
      out += css.slice(i);
      break;
    }
    const head = css.slice(i, brk);
    if (css[brk] === ';') {
      out += head + ';'; // @charset, @import: kept
      i = brk + 1;
      continue;
    }
    const end = blockEnd(css, brk);
    const body = css.slice(brk + 1, end);
    const at = head.trimStart();
    if (NESTING.test(at)) {
      const inner = pruneCss(body, used);
      if (inner.trim()) out += `${head}{${inner}}`;
    } else if (at.startsWith('@')) {
      out += `${head}{${body}}`;
    } else {
      const kept = splitSelectors(head).filter((s) => selectorUsed(s, used));
      if (kept.length) out += `${kept.join(',')}{${body}}`;
    }
    i = end + 1;
  }
  return out;
}
