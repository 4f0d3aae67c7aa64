/**
 * The options page's search finds a rule pack's rule by the words it flags, as it finds a
 * built-in rule ("pack rules look and behave like built-in rules"). Before, the search knew only
 * the built-in phrasings: "Westmoor Hospitals NHS Trust" found nothing. search-ruleset.ts is run
 * with the background stubbed: it answers with the real ruleset and the packs in force.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { realRuleset } from './real-ruleset.js';
import { PACK } from './pack-fixture.js';

const background = vi.hoisted(() => ({ packs: [] as unknown[], asked: [] as string[] }));
vi.mock('../../extension/pages/background-client.js', () => ({
  ask: async (msg: { type: string }) => {
    background.asked.push(msg.type);
    if (msg.type === 'ui:get-ruleset') return realRuleset();
    if (msg.type === 'ui:get-packs') return background.packs;
    return undefined;
  },
}));
const search = await import('../../extension/pages/options/search-ruleset.js');

const ready = () => vi.waitFor(() => expect(search.phraseSearchReady.value).toBe(true));
const PACK_RULE = `${PACK.name as string}/iapt-renamed`;

describe('the options search and rule packs', () => {
  beforeEach(() => {
    background.asked = [];
  });

  it('finds a pack rule by the words it flags, and a built-in rule still', async () => {
    background.packs = [PACK];
    search.loadPhraseSearch();
    await ready();
    expect([...search.rulesFlagging('We have referred you to the IAPT service.')]).toContain(PACK_RULE);
    expect([...search.rulesFlagging('take one tablet nocte')]).toContain('nocte-mane');
  });

  it('after a pack is removed (or another imported), asks again and searches the packs now in force', async () => {
    background.packs = [];
    search.packsChanged();
    search.loadPhraseSearch();
    await ready();
    expect([...search.rulesFlagging('We have referred you to the IAPT service.')]).not.toContain(PACK_RULE);
    expect(background.asked).toContain('ui:get-packs');
  });
});
