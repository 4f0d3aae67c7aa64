/**
 * The JSON schema Chrome and Edge use to show and validate the managed policy (storage.managed).
 * readPolicy() in policy.ts checks the same fields again at run time, each value on its own,
 * because a browser that does not validate (Firefox, or an older schema) must not get an invalid
 * value through; a pack is read with readPack as an imported one is. The pack's fields are all
 * described, so that no browser drops a field it was not told about.
 */
import { AUDIENCES, CONSTITUTION_VALUES, LENSES, SEVERITIES } from '../../engine/index.js';

const strings = { type: 'array', items: { type: 'string' } } as const;
const byAudience = { type: 'object', properties: Object.fromEntries(AUDIENCES.map((a) => [a, strings])) } as const;

/** A rule pack as `values-lens pack build` writes it (docs/packs.md, "The pack file"). */
const PACK = {
  type: 'object',
  properties: {
    format: { type: 'string' },
    formatVersion: { type: 'integer' },
    name: { type: 'string' },
    version: { type: 'string' },
    organisation: { type: 'string' },
    description: { type: 'string' },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          lens: { type: 'string', enum: [...LENSES] },
          severity: { type: 'string', enum: [...SEVERITIES] },
          audiences: { type: 'array', items: { type: 'string', enum: [...AUDIENCES] } },
          values: { type: 'array', items: { type: 'string', enum: [...CONSTITUTION_VALUES] } },
          message: { type: 'string' },
          suggestions: strings,
          suggestionsFor: byAudience,
          explanation: {
            type: 'array',
            items: { type: 'object', properties: { type: { type: 'string', enum: ['heading', 'paragraph', 'list'] }, text: { type: 'string' }, items: strings } },
          },
          sources: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' }, url: { type: 'string' } } } },
          related: strings,
        },
      },
    },
    phrases: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rule: { type: 'integer' },
          phrasing: { type: 'string' },
          caseSensitive: { type: 'boolean' },
          suggest: strings,
          suggestFor: byAudience,
          role: { type: 'string', enum: ['exception', 'unless'] },
        },
      },
    },
  },
} as const;

export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    defaultAudience: { title: 'Default audience', description: 'Who letters are written to, until the clinician changes it.', type: 'string', enum: [...AUDIENCES] },
    readingAgeTarget: { title: 'Reading age target', description: 'Reading age (years) letters should not exceed.', type: 'integer', minimum: 5, maximum: 25 },
    disabledLenses: { title: 'Lenses off by default', type: 'array', items: { type: 'string', enum: [...LENSES] } },
    lockedRules: { title: 'Rules that stay on', description: 'Rule ids clinicians cannot turn off.', type: 'array', items: { type: 'string' } },
    lockedLenses: { title: 'Lenses that stay on', description: 'Lenses clinicians cannot turn off.', type: 'array', items: { type: 'string', enum: [...LENSES] } },
    severityThreshold: {
      title: 'Severity threshold (locked)',
      description: 'The least severe findings shown: error shows only errors, warning errors and warnings, advice everything. Clinicians cannot change it.',
      type: 'string',
      enum: [...SEVERITIES],
    },
    siteAudiences: {
      title: 'Audience by site',
      description: 'Host name -> audience; a listed domain covers its subdomains (the most specific wins).',
      type: 'object',
      additionalProperties: { type: 'string', enum: [...AUDIENCES] },
    },
    allowedSites: { title: 'Sites where it runs', description: 'Host names; a listed domain covers its subdomains. Absent: every site.', type: 'array', items: { type: 'string' } },
    excludedSites: { title: 'Sites where it never runs', description: 'Host names; a listed domain covers its subdomains.', type: 'array', items: { type: 'string' } },
    customPhrases: {
      title: 'Organisation phrases',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          phrase: { type: 'string' },
          suggestion: { type: 'string' },
          lens: { type: 'string', enum: [...LENSES] },
          explanation: { type: 'string' },
        },
      },
    },
    packs: { title: 'Rule packs', description: 'Pack files as values-lens pack build writes them, inline.', type: 'array', items: PACK },
    falseAlarmAddress: { title: 'False-alarm reports', description: 'The e-mail address clinicians send false-alarm reports to.', type: 'string' },
  },
} as const;
