/**
 * The options page's "Set by your organisation" list names readers as the audience choices do
 * ("Parent of a child patient"), not by the policy's setting ids ("parent"), which a clinician
 * never typed. Renders the real PolicySummary into a linkedom document.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { PolicySummary } from '../../extension/pages/options/PolicySummary.js';
import type { PolicyView } from '../../extension/protocol/messages.js';

function shown(policy: PolicyView): string {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root') as unknown as HTMLElement;
  (globalThis as { document?: unknown }).document = document; // preact renders into the global document
  try {
    render(h(PolicySummary, { policy, warnings: [] }), root);
    return [...root.querySelectorAll('li')].map((li) => li.textContent).join('\n');
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
}

const policy: PolicyView = { lockedRules: [], lockedLenses: [], siteAudiences: {}, excludedSites: [], customPhrases: 0, packs: [] };

describe('the organisation policy summary', () => {
  it('names the starting audience in words', () => {
    expect(shown({ ...policy, defaultAudience: 'parent' })).toBe('Starting audience: Parent of a child patient (set by your organisation)');
  });

  it('names each site\'s audience in words', () => {
    expect(shown({ ...policy, siteAudiences: { 'portal.example.nhs.uk': 'clinician', 'mail.example': 'carer' } })).toBe(
      'Audience by site: portal.example.nhs.uk: Clinician (a colleague), mail.example: Carer (set by your organisation)',
    );
  });
});
