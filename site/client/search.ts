/** The search page: matches every word of the query against the index built at build time. */
import type { SearchEntry } from '../pages/search.js';

declare global {
  interface Window {
    VL_SEARCH?: SearchEntry[];
  }
}

const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’]/g, "'");

/** Entries matching every word, best first: title hits before summary hits before other words. */
export function search(index: readonly SearchEntry[], query: string): SearchEntry[] {
  const words = norm(query).split(/[^a-z0-9']+/).filter(Boolean);
  if (!words.length) return [];
  const scored: Array<{ e: SearchEntry; score: number }> = [];
  for (const e of index) {
    const t = norm(e.t), d = norm(e.d), w = norm(e.w);
    let score = 0;
    for (const word of words) {
      const s = t.includes(word) ? 3 : w.includes(word) ? 2 : d.includes(word) ? 1 : 0;
      if (!s) { score = 0; break; }
      score += s;
    }
    if (score) scored.push({ e, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.e.t.localeCompare(b.e.t)).map((s) => s.e);
}

function show(query: string): void {
  const list = document.getElementById('search-results')!;
  const status = document.getElementById('search-status')!;
  const found = search(window.VL_SEARCH ?? [], query);
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
  status.textContent = query.trim() ? `${found.length} result${found.length === 1 ? '' : 's'} for “${query.trim()}”` : '';
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
