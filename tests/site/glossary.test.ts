/** The glossary: one entry per concept, its other forms inside it, grouped by first letter. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../compiler/load-content.js';
import { glossaryConcepts, glossaryEntries } from '../../site/pages/glossary.js';
import { REAL_CONTENT } from './helpers.js';

const content = loadContent(REAL_CONTENT, { verifyExamples: false });
const concepts = glossaryConcepts(content.rules);
const find = (term: string) => concepts.filter((c) => c.term === term || c.variants.includes(term));

describe('glossary concepts', () => {
  it('lists "administer" once, with its other forms inside', () => {
    const [entry, ...others] = find('administered');
    expect(others).toEqual([]);
    expect(entry.term).toBe('administer');
    expect(entry.variants).toEqual(expect.arrayContaining(['administered', 'administering', 'administers']));
    expect(entry.plain).toEqual(['give']);
  });

  it('gathers the fractions of weeks into one entry, not one per number', () => {
    const weeks = find('6/52');
    expect(weeks).toHaveLength(1);
    expect(weeks[0].variants).toEqual(expect.arrayContaining(['2/52', '36/52']));
    expect(find('2/7')[0]).not.toBe(weeks[0]);
  });

  it('keeps a British and a US spelling of a word together', () => {
    expect(find('hematologist')).toEqual(find('haematologist'));
  });

  it('has far fewer entries than wordings, and every wording in one entry', () => {
    const entries = glossaryEntries(content.rules);
    expect(concepts.length).toBeLessThan(entries.length * 0.85);
    const listed = concepts.flatMap((c) => [c.term, ...c.variants]).sort();
    expect(listed).toEqual(entries.map((e) => e.term).sort());
  });

  it('never merges words from two different rules', () => {
    const ruleOf = new Map(glossaryEntries(content.rules).map((e) => [e.term, e.rule.id]));
    for (const c of concepts) {
      const rules = new Set([c.term, ...c.variants].map((t) => ruleOf.get(t)));
      expect(rules.size, c.term).toBe(1);
    }
  });
});
