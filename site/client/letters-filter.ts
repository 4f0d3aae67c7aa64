/** Filters the example letters gallery by lens and letter type, without reloading. */
function init(): void {
  const form = document.getElementById('letter-filter') as HTMLFormElement | null;
  if (!form) return;
  const lens = form.elements.namedItem('lens') as HTMLSelectElement;
  const type = form.elements.namedItem('type') as HTMLSelectElement;
  const count = document.getElementById('letter-count')!;
  const apply = () => {
    let shown = 0;
    for (const li of document.querySelectorAll<HTMLLIElement>('#letter-list > li')) {
      const ok = (!lens.value || li.dataset.lenses!.split(' ').includes(lens.value)) && (!type.value || li.dataset.type === type.value);
      li.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `${shown} letter${shown === 1 ? '' : 's'}`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}

init();
export {};
