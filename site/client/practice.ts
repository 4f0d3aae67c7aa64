/**
 * "Spot the problem": turns each passage into words the learner can mark (one tab stop; arrow keys
 * move between words, Space or Enter marks), checks the marks against what the guidance says, and
 * keeps a score for this tab only: nothing is stored or sent.
 */
interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function init(): void {
  const root = document.getElementById('practice');
  const scoreLine = document.getElementById('practice-score');
  if (!root || !scoreLine) return;
  const items = [...root.querySelectorAll<HTMLElement>('.vl-practice__item')];
  const total = { found: 0, targets: 0, extra: 0, done: 0 };

  const showScore = () => {
    scoreLine.hidden = false;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    scoreLine.textContent = `Your score: problems found ${total.found} of ${total.targets}, in ${plural(total.done, 'passage')}${total.extra ? `; ${plural(total.extra, 'word')} marked that the guidance would keep` : ''}.`;
  };

  const show = (index: number, focus: boolean) => {
    items.forEach((item, i) => (item.hidden = i !== index));
    if (focus) items[index].querySelector<HTMLElement>('.vl-word[tabindex="0"]')?.focus();
  };

  items.forEach((item, index) => {
    const textEl = item.querySelector<HTMLElement>('.vl-practice__text')!;
    const answer = item.querySelector<HTMLDetailsElement>('.vl-practice__answer')!;
    const text = textEl.dataset.text ?? '';
    const targets: Span[] = [...answer.querySelectorAll<HTMLElement>('[data-start]')].map((li) => ({ start: Number(li.dataset.start), end: Number(li.dataset.end) }));
    const title = item.querySelector('h2')?.textContent ?? 'Passage';

    // The passage as words, each a toggle button; spaces stay as text so it reads as before.
    const group = document.createElement('p');
    group.className = 'vl-practice__text vl-practice__text--live';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', `${title}: select the words you would change`);
    const words: Array<{ el: HTMLButtonElement; span: Span }> = [];
    let at = 0;
    for (const m of text.matchAll(/\S+/g)) {
      group.append(text.slice(at, m.index));
      const el = document.createElement('button');
      el.type = 'button';
      el.className = 'vl-word';
      el.textContent = m[0];
      el.tabIndex = words.length === 0 ? 0 : -1;
      el.setAttribute('aria-pressed', 'false');
      group.append(el);
      words.push({ el, span: { start: m.index!, end: m.index! + m[0].length } });
      at = m.index! + m[0].length;
    }
    textEl.replaceWith(group);
    answer.hidden = true;

    let checked = false;
    const moveTo = (i: number) => {
      const next = words[Math.max(0, Math.min(words.length - 1, i))].el;
      words.forEach((w) => (w.el.tabIndex = w.el === next ? 0 : -1));
      next.focus();
    };
    group.addEventListener('click', (e) => {
      const el = (e.target as HTMLElement).closest<HTMLButtonElement>('.vl-word');
      if (!el || checked) return;
      el.setAttribute('aria-pressed', String(el.getAttribute('aria-pressed') !== 'true'));
      moveTo(words.findIndex((w) => w.el === el));
    });
    group.addEventListener('keydown', (e) => {
      const i = words.findIndex((w) => w.el === e.target);
      if (i < 0) return;
      const to: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: words.length - 1 };
      if (!(e.key in to)) return;
      e.preventDefault();
      moveTo(to[e.key]);
    });

    const actions = document.createElement('div');
    actions.className = 'vl-practice__actions';
    const check = Object.assign(document.createElement('button'), { type: 'button', className: 'nhsuk-button', textContent: 'Check my answer' });
    const next = Object.assign(document.createElement('button'), { type: 'button', className: 'nhsuk-button nhsuk-button--secondary', textContent: index + 1 < items.length ? 'Next passage' : 'Start again from the first passage', hidden: true });
    const feedback = document.createElement('div');
    feedback.className = 'vl-practice__feedback';
    feedback.tabIndex = -1;
    feedback.hidden = true;
    actions.append(check, next);
    group.after(feedback, answer, actions);

    check.addEventListener('click', () => {
      checked = true;
      const marked = words.filter((w) => w.el.getAttribute('aria-pressed') === 'true');
      // A problem counts as found when any of its words is marked.
      const foundTargets = targets.filter((t) => marked.some((w) => overlaps(w.span, t)));
      const found = foundTargets.length;
      const extra = marked.filter((w) => !targets.some((t) => overlaps(w.span, t)));
      for (const w of words) {
        const target = targets.some((t) => overlaps(w.span, t));
        const wasFound = foundTargets.some((t) => overlaps(w.span, t));
        w.el.classList.toggle('vl-word--found', wasFound);
        w.el.classList.toggle('vl-word--missed', target && !wasFound);
        w.el.classList.toggle('vl-word--extra', !target && marked.includes(w));
        w.el.setAttribute('aria-disabled', 'true');
      }
      total.found += found;
      total.targets += targets.length;
      total.extra += extra.length;
      total.done += 1;
      const heading = targets.length === 0
        ? (marked.length ? 'This one had nothing to change.' : 'Right: nothing to change here.')
        : `You found ${found} of ${targets.length}.`;
      const keep = extra.length ? ` You marked ${extra.map((w) => `"${w.el.textContent}"`).join(', ')}, which the guidance would keep.` : '';
      const legend = 'In the passage, a solid underline is a problem you found, a dashed underline one you missed, and a line through a word you marked that the guidance would keep.';
      feedback.replaceChildren(
        Object.assign(document.createElement('p'), { className: 'vl-practice__result', textContent: heading + keep }),
        Object.assign(document.createElement('p'), { className: 'vl-practice__legend', textContent: legend }),
      );
      feedback.hidden = false;
      answer.hidden = false;
      answer.open = true;
      check.hidden = true;
      next.hidden = false;
      showScore();
      feedback.focus();
    });
    next.addEventListener('click', () => show(index + 1 < items.length ? index + 1 : 0, true));
  });
  root.classList.add('vl-practice--live');
  show(0, false);
}

init();
export {};
