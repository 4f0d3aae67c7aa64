/** The search page: ranks the index built at build time (site/search/rank.ts) as you type. */
import { prepare, queryVariants, rank } from '../search/rank.js';
import type { SearchData, SearchEntry } from '../search/types.js';

declare global {
  interface Window {
    VL_SEARCH?: SearchData;
  }
}

const data: SearchData = window.VL_SEARCH ?? { entries: [], synonyms: {} };
const prepared = prepare(data.entries);

/** Entries for a query, best first. */
export function search(query: string): SearchEntry[] {
  return rank(prepared, query, data.synonyms);
}

function show(query: string): void {
  const list = document.getElementById('search-results')!;
  const status = document.getElementById('search-status')!;
  const found = search(query);
  list.replaceChildren(
    ...found.map((e) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = e.u;
      a.textContent = e.t;
      const kind = document.createElement('span');
      kind.className = 'vl-meta';
      kind.textContent = ` (${e.k})`;
      const p = document.createElement('p');
      p.className = 'nhsuk-body-s';
      p.textContent = e.d;
      li.append(a, kind, p);
      return li;
    }),
  );
  // Say which everyday phrases were read as the guidance's words, so a result without the words typed makes sense.
  const also = [...new Set(queryVariants(query, data.synonyms).slice(1).map((v) => v.label))];
  const count = `${found.length} result${found.length === 1 ? '' : 's'} for “${query.trim()}”`;
  status.textContent = query.trim() ? (also.length ? `${count}, also searching for: ${also.join(', ')}` : count) : '';
}

function init(): void {
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  if (!input) return;
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  show(q);
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => show(input.value), 150);
  });
  document.getElementById('search-page-form')!.addEventListener('submit', (ev) => {
    ev.preventDefault();
    show(input.value);
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
  });
}

init();
