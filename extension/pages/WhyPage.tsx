/**
 * why.html#<pack>/<rule>: a pack rule's "Why?", from the pack as the background holds it (imported
 * or pushed by policy). Pack rules have no page in the bundled guidance, so this shows the pack's
 * own explanation, suggestions, related rules and sources. Offline: nothing is fetched. The pack's
 * text is shown with text nodes only (Preact escapes it), never parsed as markup.
 */
import { signal } from '@preact/signals';
import { SEVERITY_LABEL, type PackBlock } from '../../engine/index.js';
import { LensLabel } from '../../components/LensLabel.js';
import type { PackRuleView } from '../protocol/messages.js';
import { ask, guidanceHref } from './background-client.js';
import { PageFrame } from './PageFrame.js';

type Shown = { id: string; view: PackRuleView } | { id: string; error: string } | null;
const shown = signal<Shown>(null);

export async function showRuleFromHash(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  try {
    const reply = await ask<PackRuleView | { error: string }>({ type: 'ui:get-pack-rule', id });
    shown.value = reply && 'error' in reply ? { id, error: reply.error } : { id, view: reply };
  } catch (e) {
    shown.value = { id, error: String(e) };
  }
  const s = shown.value;
  document.title = s && 'view' in s && s.view ? `Why? ${s.view.rule.title} – Values Lens` : 'Why? – Values Lens';
}

function Block({ block }: { block: PackBlock }) {
  if (block.type === 'heading') return <h2>{block.text}</h2>;
  if (block.type === 'paragraph') return <p>{block.text}</p>;
  return <ul>{block.items.map((t) => <li>{t}</li>)}</ul>;
}

/** A related rule: another pack rule opens here, a built-in one its bundled guidance page. */
function relatedHref(id: string): string {
  return id.includes('/') ? `#${id}` : guidanceHref(`rules/${id}.html`);
}

export function WhyPage() {
  const s = shown.value;
  if (!s) return <PageFrame><p>Loading…</p></PageFrame>;
  if ('error' in s || !s.view) {
    return (
      <PageFrame>
        <h1>Rule not found</h1>
        <p>No rule pack in use has the rule “{s.id}”. Its pack may have been removed on the options page, or by your organisation.</p>
        {'error' in s && <p class="muted">Details: {s.error}</p>}
      </PageFrame>
    );
  }
  const { pack, rule, managed } = s.view;
  return (
    <PageFrame>
      <p class="muted">
        A rule from {pack.organisation}: pack {pack.name} {pack.version}
        {managed ? ', set by your organisation' : ', imported on the options page'}.
      </p>
      <h1>{rule.title}</h1>
      <p>
        <LensLabel lens={rule.lens} /> lens. {SEVERITY_LABEL[rule.severity]} ({rule.severity}).
      </p>
      <p><strong>{rule.message}</strong></p>
      {rule.suggestions.length > 0 && (
        <p>Try: {rule.suggestions.map((t, i) => <>{i > 0 && ', '}<q>{t === '' ? '(leave it out)' : t}</q></>)}</p>
      )}
      {rule.explanation.map((b) => <Block block={b} />)}
      {rule.related.length > 0 && (
        <>
          <h2>Related rules</h2>
          <ul>{rule.related.map((id) => <li><a href={relatedHref(id)}>{id}</a></li>)}</ul>
        </>
      )}
      {rule.sources.length > 0 && (
        <>
          <h2>Sources</h2>
          <ul>{rule.sources.map((src) => <li>{src.title}: <span class="muted">{src.url}</span></li>)}</ul>
        </>
      )}
      {pack.description && <p class="muted">About this pack: {pack.description}</p>}
    </PageFrame>
  );
}
